#include "adapters/http/reader_mask.h"

#include <span>
#include <string_view>

#include "adapters/json/mask.h"

namespace homeward::http {
namespace {

constexpr std::string_view kFriendNames[] = {"friend_name"};
constexpr std::span<const std::string_view> kFriendName{kFriendNames};

}  // namespace

void MaskFor(const Account& reader, boost::json::value& doc) {
  switch (reader.role) {
    case AccountRole::kAuditor:
      // A grant shows children's personal fields; counseling notes are for
      // counselors only, granted or not.
      if (!reader.personal_data) jsonc::MaskPaths(doc, jsonc::ChildPersonalFields());
      jsonc::MaskPaths(doc, jsonc::CounselingNoteFields());
      break;
    case AccountRole::kVolunteer:
      jsonc::MaskPaths(doc, jsonc::PersonalContactFields());
      jsonc::MaskPaths(doc, jsonc::CounselingNoteFields());
      // A child's city friend is for those who run the library build.
      jsonc::MaskPaths(doc, kFriendName);
      break;
    case AccountRole::kCounselor:
      jsonc::MaskPaths(doc, jsonc::PersonalContactFields());
      break;
    case AccountRole::kAdmin:
    case AccountRole::kCoordinator:
      jsonc::MaskPaths(doc, jsonc::CounselingNoteFields());
      break;
  }
}

}  // namespace homeward::http
