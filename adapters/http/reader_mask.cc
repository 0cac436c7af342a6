#include "adapters/http/reader_mask.h"

#include "adapters/json/mask.h"

namespace homeward::http {

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
