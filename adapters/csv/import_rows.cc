#include "adapters/csv/import_rows.h"

#include <algorithm>
#include <charconv>
#include <map>

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

std::string Trim(std::string_view s) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return std::string(s);
}

// "a;b；c、d" -> {"a", "b", "c", "d"}
std::vector<std::string> List(std::string_view text) {
  std::vector<std::string> out;
  std::string item;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    const bool end = i == text.size();
    std::size_t width = 0;
    if (!end && text[i] == ';') width = 1;
    if (!end && (text.substr(i, 3) == "；" || text.substr(i, 3) == "、")) width = 3;
    if (end || width > 0) {
      if (std::string t = Trim(item); !t.empty()) out.push_back(t);
      item.clear();
      if (width > 1) i += width - 1;
    } else {
      item += text[i];
    }
  }
  return out;
}

// The row's values by field.
class Values {
 public:
  Values(const std::vector<std::string>& fields, const Row& row) {
    for (std::size_t i = 0; i < fields.size() && i < row.fields.size(); ++i) {
      if (!fields[i].empty()) values_[fields[i]] = Trim(row.fields[i]);
    }
  }
  std::string Get(std::string_view field) const {
    auto it = values_.find(field);
    return it == values_.end() ? std::string() : it->second;
  }
  Status Date(std::string_view field, homeward::Date& out) const {
    const std::string text = Get(field);
    if (text.empty()) return Status::Ok();
    std::string iso = text;
    std::replace(iso.begin(), iso.end(), '/', '-');
    std::replace(iso.begin(), iso.end(), '.', '-');
    Result<homeward::Date> d = ParseDate(iso, field);
    if (!d.ok()) return Bad(field, "a date like 2016-04-12");
    out = *d;
    return Status::Ok();
  }
  template <class E>
  Status Enum(std::string_view field, E& out) const {
    const std::string text = Get(field);
    if (text.empty()) return Status::Ok();
    Result<E> e = ParseEnum<E>(text, field);
    if (!e.ok()) return Bad(field, "one of the values the field takes");
    out = *e;
    return Status::Ok();
  }
  Status Number(std::string_view field, std::uint32_t& out) const {
    const std::string text = Get(field);
    if (text.empty()) return Status::Ok();
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    if (ec != std::errc() || end != text.data() + text.size()) {
      return Bad(field, "a whole number");
    }
    return Status::Ok();
  }
  Status Flag(std::string_view field, bool& out) const {
    const std::string text = Get(field);
    if (text.empty()) return Status::Ok();
    if (text == "是" || text == "yes" || text == "true" || text == "1") {
      out = true;
    } else if (text == "否" || text == "no" || text == "false" || text == "0") {
      out = false;
    } else {
      return Bad(field, "是 or 否");
    }
    return Status::Ok();
  }
  // Names the column and what it needs, not the cell: a cell can be personal
  // data (a date of birth), and the line number finds it (docs/privacy.md).
  static Status Bad(std::string_view field, std::string_view want) {
    return InvalidArgument("column " + std::string(field) + " does not hold " + std::string(want));
  }

 private:
  std::map<std::string, std::string, std::less<>> values_;
};

Result<std::pair<std::string, PeopleCommand>> Volunteer(const Values& v,
                                                        const ImportDefaults& defaults) {
  RegisterVolunteer c;
  c.volunteer_id = v.Get("volunteer_id");
  c.unit_id = v.Get("unit_id").empty() ? defaults.unit_id : v.Get("unit_id");
  VolunteerDetails& d = c.details;
  d.name = v.Get("name");
  d.id_number = v.Get("id_number");
  d.residence_area = v.Get("residence_area");
  d.contact = v.Get("contact");
  d.skills = List(v.Get("skills"));
  d.service_categories = List(v.Get("service_categories"));
  for (const std::string& kind : List(v.Get("kinds"))) {
    Result<VolunteerKind> k = ParseEnum<VolunteerKind>(kind, "kinds");
    if (!k.ok()) return InvalidArgument("column kinds: " + k.status().message());
    d.kinds.push_back(*k);
  }
  for (Status s : {v.Enum("sex", d.sex), v.Date("date_of_birth", d.date_of_birth),
                   v.Number("family_members", d.family_members)}) {
    if (!s.ok()) return s;
  }
  if (c.volunteer_id.empty()) return InvalidArgument("column volunteer_id is empty");
  if (d.name.empty()) return InvalidArgument("column name is empty");
  if (c.unit_id.empty()) return InvalidArgument("no unit: give a unit_id column or --unit");
  std::string id = c.volunteer_id;  // before the command takes c
  return std::pair{std::move(id), PeopleCommand(std::move(c))};
}

Result<std::pair<std::string, PeopleCommand>> Child(const Values& v,
                                                    const ImportDefaults& defaults) {
  RegisterChild c;
  c.child_id = v.Get("child_id");
  c.unit_id = v.Get("unit_id").empty() ? defaults.unit_id : v.Get("unit_id");
  c.filled_by = defaults.filled_by;
  ArchiveCard& card = c.card;
  card.name = v.Get("name");
  card.ethnicity = v.Get("ethnicity");
  card.id_number = v.Get("id_number");
  card.household_registration = v.Get("household_registration");
  card.residence = v.Get("residence");
  card.school = v.Get("school");
  card.class_name = v.Get("class_name");
  card.schooling_status = v.Get("schooling_status");
  card.health = v.Get("health");
  card.disability = v.Get("disability");
  card.father = Parent{v.Get("father_name"), v.Get("father_work_city"), v.Get("father_phone")};
  card.mother = Parent{v.Get("mother_name"), v.Get("mother_work_city"), v.Get("mother_phone")};
  card.guardian = Guardian{v.Get("guardian_name"), v.Get("guardian_relation"),
                           v.Get("guardian_phone"), v.Get("guardian_address")};
  card.support_received = v.Get("support_received");
  card.teacher_notes = v.Get("teacher_notes");
  for (Status s : {v.Enum("sex", card.sex), v.Date("date_of_birth", card.date_of_birth),
                   v.Flag("boarding", card.boarding),
                   v.Enum("guardianship_rating", card.guardianship_rating)}) {
    if (!s.ok()) return s;
  }
  if (c.child_id.empty()) return InvalidArgument("column child_id is empty");
  if (card.name.empty()) return InvalidArgument("column name is empty");
  if (c.unit_id.empty()) return InvalidArgument("no unit: give a unit_id column or --unit");
  std::string id = c.child_id;  // before the command takes c
  return std::pair{std::move(id), PeopleCommand(std::move(c))};
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
    const std::string pair = Trim(mapping.substr(at, end - at));
    at = end + 1;
    if (pair.empty()) continue;
    const std::size_t eq = pair.find('=');
    if (eq == std::string::npos) {
      return InvalidArgument("mapping '" + pair + "' is not heading=field");
    }
    std::string field = Trim(pair.substr(eq + 1));
    if (field == "id") field = id_field;
    if (std::find(known.begin(), known.end(), field) == known.end()) {
      return InvalidArgument("mapping '" + pair + "': no field '" + field + "'");
    }
    given[Trim(pair.substr(0, eq))] = field;
  }
  std::vector<std::string> fields;
  for (const std::string& raw : header) {
    const std::string heading = Trim(raw);
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

Result<std::pair<std::string, PeopleCommand>> RowCommand(ImportKind kind,
                                                         const std::vector<std::string>& fields,
                                                         const Row& row,
                                                         const ImportDefaults& defaults) {
  const Values values(fields, row);
  return kind == ImportKind::kVolunteers ? Volunteer(values, defaults) : Child(values, defaults);
}

}  // namespace homeward::csv
