// The monthly report's queries: the units, and one month's figures per unit
// and rolled up (projections/monthly_report.h).

#include <algorithm>
#include <boost/json/object.hpp>

#include "engine/time_zone.h"
#include "projections/json_support.h"
#include "projections/monthly_report.h"
#include "projections/report_parts.h"
#include "projections/view_support.h"

namespace homeward {

namespace json = boost::json;

DutyDays StationDutyDays(const MonthlyReportState& state, std::string_view org,
                         const ReportStation& station, std::int64_t now_us) {
  const std::string tz = state.ZoneOf(org, station.unit_id);
  // The days that count are over (today's opening is usually recorded at its
  // end); a station owes nothing from the day its unit closed, nor on the
  // days it was closed itself (DutyDays::Owes reads its closed spans).
  DutyDays duty{DayIn(station.registered_at_us, tz), Date{DayIn(now_us, tz).days - 1},
                &station.closures};
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
  std::map<std::string, ReportFigures> figures;
  for (const std::string& unit : tree) figures[unit];
  CountFigures(state, org, *m, *m, [&](const std::string& unit, YearMonth) -> ReportFigures* {
    auto f = figures.find(unit);
    return f == figures.end() ? nullptr : &f->second;
  });
  json::array rows, late, short_openings, rest_days;
  ReportFigures total;
  for (const std::string& unit : tree) {
    const ReportUnit& u = state.units.at(OrgKey(org, unit));
    const ReportFigures& f = figures[unit];
    const ReportStanding standing = StandingOf(u, *m, zone(unit), now_us);
    if (standing.report == "late" || standing.report == "missing") {
      late.push_back(
          json::object{{"unit_id", unit}, {"name", u.name}, {"report", standing.report}});
    }
    rows.push_back(json::object{{"unit_id", unit},
                                {"name", u.name},
                                {"activities_held", f.activities},
                                {"children_reached", f.children.size()},
                                {"volunteer_hours", f.minutes / 60.0},
                                {"contacts_made", f.contacts},
                                {"report", standing.report},
                                {"owes", standing.owes}});
    total.Add(f);
  }
  ForOrg(state.stations, org, [&](std::string_view id, const ReportStation& st) {
    if (!figures.count(st.unit_id)) return;
    const StationMonth month_of = StationMonthOf(state, org, st, *m, now_us);
    for (const auto& [day, minutes] : month_of.short_days) {
      short_openings.push_back(json::object{{"station_id", id},
                                            {"name", st.name},
                                            {"unit_id", st.unit_id},
                                            {"day", FormatDate(day)},
                                            {"minutes", minutes}});
    }
    if (month_of.rest_days > 0) {
      rest_days.push_back(json::object{{"station_id", id},
                                       {"name", st.name},
                                       {"unit_id", st.unit_id},
                                       {"rest_days", month_of.rest_days},
                                       {"days_open", month_of.rest_open},
                                       {"days_open_all_day", month_of.rest_all_day}});
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
