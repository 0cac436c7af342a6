// The header of an import file: which field each column fills.

#include <algorithm>
#include <map>

#include "adapters/csv/import_rows.h"

namespace homeward::csv {
namespace {

// Built-in Chinese headings for each field.
const std::map<std::string, std::string, std::less<>>& Headings() {
  static const std::map<std::string, std::string, std::less<>> headings = {
      {"编号", "id"},
      {"志愿者编号", "volunteer_id"},
      {"学生编号", "child_id"},
      {"单位", "unit_id"},
      {"所属单位", "unit_id"},
      {"姓名", "name"},
      {"性别", "sex"},
      {"民族", "ethnicity"},
      {"出生日期", "date_of_birth"},
      {"身份证号", "id_number"},
      {"身份证号码", "id_number"},
      {"户籍", "household_registration"},
      {"户籍所在地", "household_registration"},
      {"住址", "residence"},
      {"现住址", "residence"},
      {"居住区域", "residence_area"},
      {"联系电话", "contact"},
      {"技能", "skills"},
      {"服务类别", "service_categories"},
      {"志愿者类型", "kinds"},
      {"家庭人数", "family_members"},
      {"学校", "school"},
      {"班级", "class_name"},
      {"是否寄宿", "boarding"},
      {"就学状况", "schooling_status"},
      {"健康状况", "health"},
      {"残疾情况", "disability"},
      {"父亲姓名", "father_name"},
      {"父亲务工地", "father_work_city"},
      {"父亲电话", "father_phone"},
      {"母亲姓名", "mother_name"},
      {"母亲务工地", "mother_work_city"},
      {"母亲电话", "mother_phone"},
      {"监护人", "guardian_name"},
      {"监护人姓名", "guardian_name"},
      {"与监护人关系", "guardian_relation"},
      {"监护人电话", "guardian_phone"},
      {"监护人住址", "guardian_address"},
      {"监护状况", "guardianship_rating"},
      {"受助情况", "support_received"},
      {"班主任意见", "teacher_notes"},
  };
  return headings;
}

}  // namespace

Result<ImportKind> ParseImportKind(std::string_view text) {
  if (text == "volunteers") return ImportKind::kVolunteers;
  if (text == "children") return ImportKind::kChildren;
  return InvalidArgument("import '" + std::string(text) + "': volunteers or children");
}

const std::vector<std::string_view>& ImportFields(ImportKind kind) {
  static const std::vector<std::string_view> volunteers = {
      "volunteer_id", "unit_id",        "name",    "sex",    "date_of_birth",
      "id_number",    "residence_area", "contact", "skills", "service_categories",
      "kinds",        "family_members"};
  static const std::vector<std::string_view> children = {"child_id",
                                                         "unit_id",
                                                         "name",
                                                         "sex",
                                                         "ethnicity",
                                                         "date_of_birth",
                                                         "id_number",
                                                         "household_registration",
                                                         "residence",
                                                         "school",
                                                         "class_name",
                                                         "boarding",
                                                         "schooling_status",
                                                         "health",
                                                         "disability",
                                                         "father_name",
                                                         "father_work_city",
                                                         "father_phone",
                                                         "mother_name",
                                                         "mother_work_city",
                                                         "mother_phone",
                                                         "guardian_name",
                                                         "guardian_relation",
                                                         "guardian_phone",
                                                         "guardian_address",
                                                         "guardianship_rating",
                                                         "support_received",
                                                         "teacher_notes"};
  return kind == ImportKind::kVolunteers ? volunteers : children;
}

Result<std::vector<std::string>> MapHeader(ImportKind kind, const std::vector<std::string>& header,
                                           std::string_view mapping) {
  const auto& known = ImportFields(kind);
  const std::string id_field = kind == ImportKind::kVolunteers ? "volunteer_id" : "child_id";
  std::map<std::string, std::string, std::less<>> given;
  // "heading=field" pairs, comma-separated.
  for (std::size_t at = 0; at < mapping.size();) {
    std::size_t end = mapping.find(',', at);
    if (end == std::string_view::npos) end = mapping.size();
    const std::string pair = TrimSpace(mapping.substr(at, end - at));
    at = end + 1;
    if (pair.empty()) continue;
    const std::size_t eq = pair.find('=');
    if (eq == std::string::npos) {
      return InvalidArgument("mapping '" + pair + "' is not heading=field");
    }
    std::string field = TrimSpace(pair.substr(eq + 1));
    if (field == "id") field = id_field;
    if (std::find(known.begin(), known.end(), field) == known.end()) {
      return InvalidArgument("mapping '" + pair + "': no field '" + field + "'");
    }
    given[TrimSpace(pair.substr(0, eq))] = field;
  }
  std::vector<std::string> fields;
  for (const std::string& raw : header) {
    const std::string heading = TrimSpace(raw);
    std::string field;
    if (auto it = given.find(heading); it != given.end()) {
      field = it->second;
    } else if (std::find(known.begin(), known.end(), heading) != known.end()) {
      field = heading;
    } else if (auto h = Headings().find(heading); h != Headings().end()) {
      field = h->second == "id" ? id_field : h->second;
      if (std::find(known.begin(), known.end(), field) == known.end()) field.clear();
    }
    if (!field.empty() && std::find(fields.begin(), fields.end(), field) != fields.end()) {
      return InvalidArgument("two columns fill field '" + field + "' (the second is '" + heading +
                             "')");
    }
    fields.push_back(field);
  }
  for (const std::string& needed : {id_field, std::string("name")}) {
    if (std::find(fields.begin(), fields.end(), needed) == fields.end()) {
      return InvalidArgument("no column for field '" + needed +
                             "': name one in the header or map one with --map heading=" + needed);
    }
  }
  return fields;
}

}  // namespace homeward::csv
