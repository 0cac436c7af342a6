#include "projections/school_actions.h"

#include <algorithm>
#include <boost/json.hpp>
#include <charconv>
#include <unordered_map>

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

TermWindow WindowOf(const SchoolTerm& term) {
  constexpr std::int64_t kDayUs = 86400LL * 1000000;
  return {(std::int64_t{term.first.days} - 1) * kDayUs,
          (std::int64_t{term.last.days} + 2) * kDayUs};
}

std::vector<TermActivity> TermActivities(const RosterState& state, std::string_view org,
                                         std::int64_t now_us, TermWindow window) {
  std::vector<TermActivity> out;
  EachInOrg(state.activities, org, [&](std::string_view, const RosterEntry& e) {
    const ActivityPlanned& plan = e.activity.plan;
    if (!IsActionKind(plan.kind) || e.activity.cancelled || plan.starts_at_us > now_us) return;
    if (!window.Holds(plan.starts_at_us)) return;
    out.push_back({plan.unit_id, plan.kind, plan.starts_at_us});
  });
  return out;
}

std::vector<TermChild> TermChildren(const ArchiveState& state, std::string_view org,
                                    TermWindow window) {
  std::vector<TermChild> out;
  EachInOrg(state.children, org, [&](std::string_view, const ChildState& c) {
    if (!c.exists || c.left || c.erased) return;
    TermChild& child = out.emplace_back();
    child.unit_id = c.unit_id;
    child.card_approved = !c.approved_by.empty();
    for (const Contact& contact : c.contacts) {
      const bool counted =
          contact.kind == ContactKind::kLetter || contact.kind == ContactKind::kPhoneCall;
      if (counted && window.Holds(contact.at_us))
        child.contacts.emplace_back(contact.kind, contact.at_us);
    }
  });
  return out;
}

json::value SchoolActions(const SchoolTerm& term, const std::vector<TermUnit>& units,
                          const std::vector<TermActivity>& activities,
                          const std::vector<TermChild>& children) {
  // Each unit's tally, found by id in one pass over the activities and the children.
  struct Tally {
    std::vector<Date> ceremonies;
    int meetings = 0, forums = 0, pupils = 0, letters = 0, calls = 0, cards = 0;
  };
  std::vector<Tally> tallies(units.size());
  std::unordered_map<std::string_view, std::size_t> index;
  for (std::size_t i = 0; i < units.size(); ++i) index.emplace(units[i].unit_id, i);
  const auto in_term = [&](std::int64_t at_us, std::size_t unit) {
    const Date day = DayIn(at_us, units[unit].zone);
    return day >= term.first && day <= term.last;
  };
  for (const TermActivity& a : activities) {
    const auto found = index.find(a.unit_id);
    if (found == index.end() || !in_term(a.starts_at_us, found->second)) continue;
    Tally& t = tallies[found->second];
    if (a.kind == ActivityKind::kFlagCeremony) {
      t.ceremonies.push_back(DayIn(a.starts_at_us, units[found->second].zone));
    }
    t.meetings += a.kind == ActivityKind::kClassMeeting;
    t.forums += a.kind == ActivityKind::kForum;
  }
  for (const TermChild& c : children) {
    const auto found = index.find(c.unit_id);
    if (found == index.end()) continue;
    Tally& t = tallies[found->second];
    const auto had = [&](ContactKind kind) {
      return std::any_of(c.contacts.begin(), c.contacts.end(), [&](const auto& x) {
        return x.first == kind && in_term(x.second, found->second);
      });
    };
    ++t.pupils;
    t.letters += had(ContactKind::kLetter);
    t.calls += had(ContactKind::kPhoneCall);
    t.cards += c.card_approved;
  }
  json::array rows;
  for (std::size_t i = 0; i < units.size(); ++i) {
    Tally& t = tallies[i];
    // A unit with no pupils that held none of the three (the county office,
    // a company) has nothing to check.
    if (t.pupils == 0 && t.ceremonies.empty() && t.meetings == 0 && t.forums == 0) continue;
    std::sort(t.ceremonies.begin(), t.ceremonies.end());
    json::array days;
    for (const Date day : t.ceremonies) days.emplace_back(FormatDate(day));
    const bool done = !t.ceremonies.empty() && t.meetings > 0 && t.forums > 0 &&
                      t.letters == t.pupils && t.calls == t.pupils && t.cards == t.pupils;
    rows.push_back(json::object{{"unit_id", units[i].unit_id},
                                {"name", units[i].name},
                                {"flag_ceremonies", std::move(days)},
                                {"class_meetings", t.meetings},
                                {"forums", t.forums},
                                {"children", t.pupils},
                                {"letters", t.letters},
                                {"calls", t.calls},
                                {"cards", t.cards},
                                {"done", done}});
  }
  return json::object{{"term", term.name},
                      {"from", FormatDate(term.first)},
                      {"to", FormatDate(term.last)},
                      {"units", std::move(rows)}};
}

}  // namespace homeward
