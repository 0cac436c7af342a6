#include "adapters/csv/import_rows.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <vector>

namespace homeward::csv {
namespace {

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
      if (std::string t = TrimSpace(item); !t.empty()) out.push_back(t);
      item.clear();
      if (width > 1) i += width - 1;
    } else {
      item += text[i];
    }
  }
  return out;
}

// A date as spreadsheets write it, "2016/4/12", "2016.04.12" or
// "2016年4月12日", in ISO 8601 ("2016-04-12"); anything else is returned as
// it is, for ParseDate to refuse.
std::string SpreadsheetDate(const std::string& text) {
  std::vector<std::string> parts(1);
  std::string_view last_separator;
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] >= '0' && text[i] <= '9') {
      parts.back() += text[i++];
      last_separator = {};
      continue;
    }
    std::string_view separator;
    for (std::string_view s : {"-", "/", ".", "年", "月", "日"}) {
      if (std::string_view(text).substr(i, s.size()) == s) separator = s;
    }
    if (separator.empty() || parts.back().empty()) return text;
    parts.emplace_back();
    last_separator = separator;
    i += separator.size();
  }
  if (last_separator == "日") parts.pop_back();  // "2016年4月12日"
  if (parts.size() != 3 || parts[0].size() != 4 || parts[1].empty() || parts[1].size() > 2 ||
      parts[2].empty() || parts[2].size() > 2) {
    return text;
  }
  const auto two = [](const std::string& digits) {
    return digits.size() == 1 ? "0" + digits : digits;
  };
  return parts[0] + "-" + two(parts[1]) + "-" + two(parts[2]);
}

// The row's values by field.
class Values {
 public:
  Values(const std::vector<std::string>& fields, const Row& row) {
    for (std::size_t i = 0; i < fields.size() && i < row.fields.size(); ++i) {
      if (!fields[i].empty()) values_[fields[i]] = TrimSpace(row.fields[i]);
    }
  }
  std::string Get(std::string_view field) const {
    auto it = values_.find(field);
    return it == values_.end() ? std::string() : it->second;
  }
  Status Date(std::string_view field, homeward::Date& out) const {
    const std::string text = Get(field);
    if (text.empty()) return Status::Ok();
    Result<homeward::Date> d = ParseDate(SpreadsheetDate(text), field);
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

Result<std::pair<std::string, PeopleCommand>> RowCommand(ImportKind kind,
                                                         const std::vector<std::string>& fields,
                                                         const Row& row,
                                                         const ImportDefaults& defaults) {
  const Values values(fields, row);
  return kind == ImportKind::kVolunteers ? Volunteer(values, defaults) : Child(values, defaults);
}

}  // namespace homeward::csv
