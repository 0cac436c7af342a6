// The monthly report's queries: the units, and one month's figures per unit
// and rolled up (projections/monthly_report.h).

#include <algorithm>
#include <boost/json/object.hpp>

#include "engine/time_zone.h"
#include "projections/json_support.h"
#include "projections/monthly_report.h"
#include "projections/view_support.h"

namespace homeward {
namespace {

namespace json = boost::json;

// A station open this long on a weekend day or a holiday was open all day.
constexpr std::uint32_t kAllDayMinutes = 8 * 60;

// A station's weekends and holidays of a month: how many, on how many it
// opened, and on how many all day.
struct RestDays {
  std::uint32_t days = 0, open = 0, all_day = 0;
};

struct Figures {
  std::uint32_t activities = 0;
  std::set<std::string> children;
  std::uint64_t minutes = 0;
  std::uint32_t contacts = 0;
};

}  // namespace

DutyDays StationDutyDays(const MonthlyReportState& state, std::string_view org,
                         const ReportStation& station, std::int64_t now_us) {
  const std::string tz = state.ZoneOf(org, station.unit_id);
  // The days that count are over (today's opening is usually recorded at its
  // end); a closed unit's station owes nothing from the day the unit closed.
  DutyDays duty{DayIn(station.registered_at_us, tz), Date{DayIn(now_us, tz).days - 1}};
  if (auto unit = state.units.find(OrgKey(org, station.unit_id));
      unit != state.units.end() && unit->second.closed_at_us != 0) {
    duty.last = std::min(duty.last, Date{DayIn(unit->second.closed_at_us, tz).days - 1});
  }
  return duty;
}

json::value UnitList(const MonthlyReportState& state, std::string_view org) {
  std::vector<std::string> order;
  ForOrg(state.units, org, [&](std::string_view id, const ReportUnit& u) {
    if (u.membership.parent().empty()) {
      for (std::string& unit : UnitTree(state, org, id)) order.push_back(std::move(unit));
    }
  });
  json::array list;
  for (const std::string& id : order) {
    const ReportUnit& u = state.units.find(OrgKey(org, id))->second;
    list.push_back(json::object{{"unit_id", id},
                                {"name", u.name},
                                {"parent_id", u.membership.parent()},
                                {"time_zone", u.Zone()},
                                {"closed", u.closed_at_us != 0}});
  }
  return list;
}

Result<json::value> MonthlyReport(const MonthlyReportState& state, std::string_view org,
                                  std::string_view unit_id, std::string_view month,
                                  std::int64_t now_us) {
  Result<YearMonth> m = ParseMonth(month);
  if (!m.ok()) return m.status();
  if (!state.units.count(OrgKey(org, unit_id))) {
    return NotFound("there is no unit '" + std::string(unit_id) + "'");
  }
  const auto zone = [&](std::string_view unit) { return state.ZoneOf(org, unit); };
  const std::vector<std::string> tree = ReportTree(state, org, unit_id, *m);
  std::map<std::string, Figures> figures;
  for (const std::string& unit : tree) figures[unit];
  ForOrg(state.activities, org, [&](std::string_view, const ReportActivity& a) {
    auto f = figures.find(a.unit_id);
    if (f == figures.end() || !a.completed) return;
    if (MonthOf(DayIn(a.starts_at_us, zone(a.unit_id))) != *m) return;
    ++f->second.activities;
    f->second.children.insert(a.children.begin(), a.children.end());
    for (const auto& [_, minutes] : a.minutes) f->second.minutes += minutes;
  });
  ForOrg(state.children, org, [&](std::string_view id, const ReportChild& c) {
    for (const auto& [_, at] : c.contacts) {
      const std::string& unit = c.UnitAt(at);
      auto f = figures.find(unit);
      if (f == figures.end() || MonthOf(DayIn(at, zone(unit))) != *m) continue;
      ++f->second.contacts;
      f->second.children.emplace(id);
    }
  });
  json::array rows, late, short_openings, rest_days;
  Figures total;
  for (const std::string& unit : tree) {
    const ReportUnit& u = state.units.at(OrgKey(org, unit));
    const Figures& f = figures[unit];
    std::string report = "not_due";
    // A member unit owes the report of each month it was one when the
    // report fell due, up to the one before it closed.
    const bool owes = OwesMonthlyReport(u.membership, *m, zone(unit)) &&
                      (u.closed_at_us == 0 || *m < MonthOf(DayIn(u.closed_at_us, zone(unit))));
    if (owes) {
      const std::int64_t due_us = MonthlyReportLateFrom(*m, zone(unit));
      auto submitted = u.reports.find(std::string(month));
      if (submitted != u.reports.end()) {
        report = submitted->second < due_us ? "on_time" : "late";
      } else if (now_us >= due_us) {
        report = "missing";
      }
      if (report == "late" || report == "missing") {
        late.push_back(json::object{{"unit_id", unit}, {"name", u.name}, {"report", report}});
      }
    }
    rows.push_back(json::object{{"unit_id", unit},
                                {"name", u.name},
                                {"activities_held", f.activities},
                                {"children_reached", f.children.size()},
                                {"volunteer_hours", f.minutes / 60.0},
                                {"contacts_made", f.contacts},
                                {"report", report},
                                {"owes", owes}});
    total.activities += f.activities;
    total.children.insert(f.children.begin(), f.children.end());
    total.minutes += f.minutes;
    total.contacts += f.contacts;
  }
  const WorkCalendar& calendar = state.calendars.Of(org);
  ForOrg(state.stations, org, [&](std::string_view id, const ReportStation& st) {
    if (!figures.count(st.unit_id)) return;
    // Working days: Monday to Friday, less the public holidays the
    // organization declared, plus the weekend days worked in their place (调休).
    // A station open twice on one day (morning and afternoon) was open for both.
    std::map<Date, std::uint32_t> open_on;
    for (const auto& [day, minutes] : st.openings) {
      if (day.known() && MonthOf(day) == *m) open_on[day] += minutes;
    }
    const DutyDays duty = StationDutyDays(state, org, st, now_us);
    const Date first = std::max(FirstDay(*m), duty.first);
    const Date last = std::min(LastDay(*m), duty.last);
    // A working day without an opening is short by its whole minimum (an
    // opening recorded on a working day outside that span is still listed).
    // Weekends and holidays (all day for the children who need it, 周末、节假日
    // 全天开放): how many of those days it opened, and how many all day.
    std::map<Date, std::uint32_t> working;
    for (const auto& [day, minutes] : open_on)
      if (calendar.IsWorkingDay(day)) working.emplace(day, minutes);
    RestDays rest;
    for (Date day = first; day <= last; day = Date{day.days + 1}) {
      if (calendar.IsWorkingDay(day)) {
        working.try_emplace(day, 0);
        continue;
      }
      ++rest.days;
      const auto open = open_on.find(day);
      if (open == open_on.end()) continue;
      ++rest.open;
      if (open->second >= kAllDayMinutes) ++rest.all_day;
    }
    for (const auto& [day, minutes] : working) {
      if (minutes >= st.min_daily_minutes) continue;
      short_openings.push_back(json::object{{"station_id", id},
                                            {"name", st.name},
                                            {"unit_id", st.unit_id},
                                            {"day", FormatDate(day)},
                                            {"minutes", minutes}});
    }
    if (rest.days > 0) {
      rest_days.push_back(json::object{{"station_id", id},
                                       {"name", st.name},
                                       {"unit_id", st.unit_id},
                                       {"rest_days", rest.days},
                                       {"days_open", rest.open},
                                       {"days_open_all_day", rest.all_day}});
    }
  });
  return json::value(json::object{{"unit_id", unit_id},
                                  {"month", month},
                                  {"units", std::move(rows)},
                                  {"total",
                                   {{"activities_held", total.activities},
                                    {"children_reached", total.children.size()},
                                    {"volunteer_hours", total.minutes / 60.0},
                                    {"contacts_made", total.contacts}}},
                                  {"late_reports", std::move(late)},
                                  {"short_openings", std::move(short_openings)},
                                  {"rest_day_openings", std::move(rest_days)}});
}

}  // namespace homeward
