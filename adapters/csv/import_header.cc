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

// The field a mapping names to leave its column out of the import.
constexpr std::string_view kLeaveOut = "-";

bool Known(const std::vector<std::string_view>& known, std::string_view field) {
  return std::find(known.begin(), known.end(), field) != known.end();
}

// "child_id (编号, 学生编号), unit_id (单位, 所属单位), name (姓名), ...": the
// fields of `kind` and the headings that fill them.
std::string KnownHeadings(ImportKind kind, const std::string& id_field) {
  std::string out;
  for (std::string_view field : ImportFields(kind)) {
    std::string headings;
    for (const auto& [heading, to] : Headings()) {
      if (to == field || (to == "id" && field == id_field)) {
        headings += (headings.empty() ? "" : ", ") + heading;
      }
    }
    out += (out.empty() ? "" : ", ") + std::string(field);
    if (!headings.empty()) out += " (" + headings + ")";
  }
  return out;
}

// Columns no field takes would be dropped without a word: the whole file is
// refused, naming them, what is understood, and how to map them.
Status UnknownColumns(ImportKind kind, const std::string& id_field,
                      const std::vector<std::string>& unknown) {
  std::string names;
  for (const std::string& heading : unknown) names += (names.empty() ? "'" : ", '") + heading + "'";
  const std::string known = KnownHeadings(kind, id_field);
  const std::string& first = unknown.front();
  return Status(Code::kInvalidArgument,
                std::string(unknown.size() == 1 ? "a column" : "columns") +
                    " the import does not know: " + names + "; nothing was written. Map " +
                    (unknown.size() == 1 ? "it" : "each") + " to a field with --map '" + first +
                    "=FIELD' or leave it out with --map '" + first + "=-'. The fields of " +
                    (kind == ImportKind::kVolunteers ? "volunteers" : "children") +
                    " (and their headings): " + known,
                "unknown_column",
                {{"unknown_columns", names},
                 {"fields", known},
                 {"map", "--map 'heading=field,...'; heading=- leaves a column out"}});
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
    if (field != kLeaveOut && !Known(known, field)) {
      return InvalidArgument("mapping '" + pair + "': no field '" + field +
                             "' (heading=- leaves a column out)");
    }
    given[TrimSpace(pair.substr(0, eq))] = field;
  }
  std::vector<std::string> fields, unknown;
  for (const std::string& raw : header) {
    const std::string heading = TrimSpace(raw);
    std::string field;
    bool left_out = heading.empty();  // no heading: ImportCsv checks its cells are empty
    if (auto it = given.find(heading); it != given.end()) {
      left_out = it->second == kLeaveOut;
      if (!left_out) field = it->second;
    } else if (Known(known, heading)) {
      field = heading;
    } else if (auto h = Headings().find(heading); h != Headings().end()) {
      field = h->second == "id" ? id_field : h->second;
      if (!Known(known, field)) field.clear();  // a heading of the other kind's files
    }
    if (field.empty() && !left_out) unknown.push_back(heading);
    if (!field.empty() && std::find(fields.begin(), fields.end(), field) != fields.end()) {
      return InvalidArgument("two columns fill field '" + field + "' (the second is '" + heading +
                             "')");
    }
    fields.push_back(field);
  }
  if (!unknown.empty() && unknown.size() == header.size()) {
    // No heading is one the import knows: the first row is most likely a
    // record, and its cells may be a child's personal data, so none is quoted.
    const std::string known = KnownHeadings(kind, id_field);
    return Status(Code::kInvalidArgument,
                  "the first row names no column the import knows, so it is not a header row "
                  "(the file needs one); nothing was written. The fields of " +
                      std::string(kind == ImportKind::kVolunteers ? "volunteers" : "children") +
                      " (and their headings): " + known,
                  "no_header", {{"fields", known}});
  }
  if (!unknown.empty()) return UnknownColumns(kind, id_field, unknown);
  for (const std::string& needed : {id_field, std::string("name")}) {
    if (std::find(fields.begin(), fields.end(), needed) == fields.end()) {
      return InvalidArgument("no column for field '" + needed +
                             "': name one in the header or map one with --map heading=" + needed);
    }
  }
  return fields;
}

}  // namespace homeward::csv
