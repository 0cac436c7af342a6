#include "adapters/http/reader_mask.h"

#include <span>
#include <string_view>

#include "adapters/json/mask.h"

namespace homeward::http {
namespace {

// What a volunteer never reads: a child's city friend, for those who run the
// library build, and the day's check-in code, which they must hear on the spot.
constexpr std::string_view kNotForVolunteerPaths[] = {"friend_name", "check_in.code"};
constexpr std::span<const std::string_view> kNotForVolunteers{kNotForVolunteerPaths};

}  // namespace

void MaskFor(const Account& reader, boost::json::value& doc, bool own) {
  switch (reader.role) {
    case AccountRole::kAuditor:
      // A grant shows children's personal fields; counseling notes are for
      // counselors only, granted or not.
      if (!reader.personal_data) jsonc::MaskPaths(doc, jsonc::ChildPersonalFields());
      jsonc::MaskPaths(doc, jsonc::CounselingNoteFields());
      break;
    case AccountRole::kVolunteer:
      if (!own) jsonc::MaskPaths(doc, jsonc::PersonalContactFields());
      jsonc::MaskPaths(doc, jsonc::CounselingNoteFields());
      jsonc::MaskPaths(doc, kNotForVolunteers);
      break;
    case AccountRole::kCounselor:
      if (!own) jsonc::MaskPaths(doc, jsonc::PersonalContactFields());
      jsonc::MaskPaths(doc, kNotForVolunteers);
      break;
    case AccountRole::kAdmin:
    case AccountRole::kCoordinator:
      jsonc::MaskPaths(doc, jsonc::CounselingNoteFields());
      break;
  }
}

}  // namespace homeward::http
