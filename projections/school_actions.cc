#include "projections/school_actions.h"

#include <algorithm>
#include <boost/json.hpp>
#include <charconv>

#include "projections/archive.h"
#include "projections/json_support.h"
#include "projections/monthly_report.h"
#include "projections/roster.h"
#include "projections/view_support.h"

namespace homeward {
namespace json = boost::json;
namespace {

constexpr int kMinYear = 2000, kMaxYear = 2199;

SchoolTerm Spring(int year) {
  return {std::to_string(year) + "-spring", FirstDay({year, 2}), LastDay({year, 7})};
}
SchoolTerm Autumn(int year) {
  return {std::to_string(year) + "-autumn", FirstDay({year, 8}), LastDay({year + 1, 1})};
}

bool IsActionKind(ActivityKind kind) {
  return kind == ActivityKind::kFlagCeremony || kind == ActivityKind::kClassMeeting ||
         kind == ActivityKind::kForum;
}

// Whatever `key` of `map` names after the organization's prefix, for each entry of `org`.
template <class V, class Fn>
void EachOf(const KeyedMap<V>& map, std::string_view org, Fn&& fn) {
  const std::string prefix = OrgKey(org, "");
  for (const auto& [key, value] : map) {
    if (key.starts_with(prefix)) fn(value);
  }
}

}  // namespace

Result<SchoolTerm> ParseTerm(std::string_view text) {
  const auto dash = text.find('-');
  int year = 0;
  const std::string_view digits = text.substr(0, dash);
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), year);
  const bool four = digits.size() == 4 && error == std::errc() && end == digits.data() + 4;
  if (dash != std::string_view::npos && four && year >= kMinYear && year <= kMaxYear) {
    const std::string_view season = text.substr(dash + 1);
    if (season == "spring") return Spring(year);
    if (season == "autumn") return Autumn(year);
  }
  return Status(
      Code::kInvalidArgument,
      "'" + std::string(text) + "' is not a term: YYYY-spring or YYYY-autumn, 2000 to 2199", "",
      {{"field", "term"}});
}

SchoolTerm TermOf(Date day) {
  const YearMonth month = MonthOf(day);
  if (month.month == 1) return Autumn(month.year - 1);
  return month.month >= 8 ? Autumn(month.year) : Spring(month.year);
}

Result<std::vector<TermUnit>> TermUnits(const MonthlyReportState& state, std::string_view org,
                                        std::string_view unit_id) {
  if (!state.units.count(OrgKey(org, unit_id))) {
    return NotFound("there is no unit '" + std::string(unit_id) + "'");
  }
  std::vector<TermUnit> out;
  for (const std::string& id : UnitTree(state, org, unit_id)) {
    const auto u = state.units.find(OrgKey(org, id));
    if (u == state.units.end() || u->second.closed_at_us != 0) continue;
    out.push_back({id, u->second.name, std::string(u->second.Zone())});
  }
  return out;
}

std::vector<TermActivity> TermActivities(const RosterState& state, std::string_view org,
                                         std::int64_t now_us) {
  std::vector<TermActivity> out;
  EachOf(state.activities, org, [&](const RosterEntry& e) {
    const ActivityPlanned& plan = e.activity.plan;
    if (!IsActionKind(plan.kind) || e.activity.cancelled || plan.starts_at_us > now_us) return;
    out.push_back({plan.unit_id, plan.kind, plan.starts_at_us});
  });
  return out;
}

std::vector<TermChild> TermChildren(const ArchiveState& state, std::string_view org) {
  std::vector<TermChild> out;
  EachOf(state.children, org, [&](const ChildState& c) {
    if (!c.exists || c.left || c.erased) return;
    TermChild& child = out.emplace_back();
    child.unit_id = c.unit_id;
    child.card_approved = !c.approved_by.empty();
    for (const Contact& contact : c.contacts)
      child.contacts.emplace_back(contact.kind, contact.at_us);
  });
  return out;
}

json::value SchoolActions(const SchoolTerm& term, const std::vector<TermUnit>& units,
                          const std::vector<TermActivity>& activities,
                          const std::vector<TermChild>& children) {
  json::array rows;
  for (const TermUnit& unit : units) {
    const auto in_term = [&](std::int64_t at_us) {
      const Date day = DayIn(at_us, unit.zone);
      return day >= term.first && day <= term.last;
    };
    std::vector<Date> ceremonies;
    int meetings = 0, forums = 0;
    for (const TermActivity& a : activities) {
      if (a.unit_id != unit.unit_id || !in_term(a.starts_at_us)) continue;
      if (a.kind == ActivityKind::kFlagCeremony)
        ceremonies.push_back(DayIn(a.starts_at_us, unit.zone));
      meetings += a.kind == ActivityKind::kClassMeeting;
      forums += a.kind == ActivityKind::kForum;
    }
    std::sort(ceremonies.begin(), ceremonies.end());
    int pupils = 0, letters = 0, calls = 0, cards = 0;
    for (const TermChild& c : children) {
      if (c.unit_id != unit.unit_id) continue;
      ++pupils;
      const auto had = [&](ContactKind kind) {
        return std::any_of(c.contacts.begin(), c.contacts.end(),
                           [&](const auto& x) { return x.first == kind && in_term(x.second); });
      };
      letters += had(ContactKind::kLetter);
      calls += had(ContactKind::kPhoneCall);
      cards += c.card_approved;
    }
    json::array days;
    for (const Date day : ceremonies) days.emplace_back(FormatDate(day));
    const bool done = !ceremonies.empty() && meetings > 0 && forums > 0 && letters == pupils &&
                      calls == pupils && cards == pupils;
    rows.push_back(json::object{{"unit_id", unit.unit_id},
                                {"name", unit.name},
                                {"flag_ceremonies", std::move(days)},
                                {"class_meetings", meetings},
                                {"forums", forums},
                                {"children", pupils},
                                {"letters", letters},
                                {"calls", calls},
                                {"cards", cards},
                                {"done", done}});
  }
  return json::object{{"term", term.name},
                      {"from", FormatDate(term.first)},
                      {"to", FormatDate(term.last)},
                      {"units", std::move(rows)}};
}

}  // namespace homeward
