// The assessment over a year (projections/monthly_report.h): the monthly
// report's figures, report standings and station days, counted for a year.

#include <algorithm>
#include <boost/json/object.hpp>
#include <map>
#include <set>

#include "engine/time_zone.h"
#include "projections/json_support.h"
#include "projections/monthly_report.h"
#include "projections/report_parts.h"
#include "projections/view_support.h"

namespace homeward {
namespace {

namespace json = boost::json;

// What an assessment counts of a unit besides its figures.
struct Standing {
  std::uint32_t on_time = 0, late = 0, missing = 0;
  std::uint32_t stations = 0, stations_new = 0, short_days = 0;

  Standing& operator+=(const Standing& o) {
    on_time += o.on_time;
    late += o.late;
    missing += o.missing;
    stations += o.stations;
    stations_new += o.stations_new;
    short_days += o.short_days;
    return *this;
  }
};

json::object Row(const ReportFigures& f, const Standing& s) {
  return json::object{
      {"activities_held", f.activities},     {"children_reached", f.children.size()},
      {"volunteer_hours", f.minutes / 60.0}, {"contacts_made", f.contacts},
      {"reports_on_time", s.on_time},        {"reports_late", s.late},
      {"reports_missing", s.missing},        {"stations", s.stations},
      {"stations_new", s.stations_new},      {"short_opening_days", s.short_days}};
}

}  // namespace

Result<json::value> Assessment(const MonthlyReportState& state, std::string_view org,
                               std::string_view unit_id, std::string_view year,
                               std::int64_t now_us) {
  Result<int> parsed = ReportYear(year, now_us);
  if (!parsed.ok()) return parsed.status();
  const int y = *parsed;
  if (!state.units.count(OrgKey(org, unit_id))) {
    return NotFound("there is no unit '" + std::string(unit_id) + "'");
  }
  const YearMonth first{y, 1}, last{y, 12};
  // Each month over the tree of that month, so that a unit moved in the
  // year counts under each parent for the months it was under it.
  std::map<YearMonth, std::set<std::string>> trees;
  std::vector<std::string> order;  // each unit of any month's tree, first seen first
  std::map<std::string, Standing> standing;
  for (YearMonth m = first; m <= last; m = AddMonths(m, 1)) {
    for (std::string& unit : ReportTree(state, org, unit_id, m)) {
      if (!standing.count(unit)) order.push_back(unit);
      Standing& s = standing[unit];
      const ReportUnit& u = state.units.at(OrgKey(org, unit));
      const std::string report = StandingOf(u, m, state.ZoneOf(org, unit), now_us).report;
      s.on_time += report == "on_time";
      s.late += report == "late";
      s.missing += report == "missing";
      trees[m].insert(std::move(unit));
    }
  }
  std::map<std::string, ReportFigures> figures;
  CountFigures(state, org, first, last, [&](const std::string& unit, YearMonth m) {
    return trees[m].count(unit) ? &figures[unit] : nullptr;
  });
  ForOrg(state.stations, org, [&](std::string_view, const ReportStation& st) {
    const YearMonth registered = MonthOf(DayIn(st.registered_at_us, state.ZoneOf(org, st.unit_id)));
    for (YearMonth m = std::max(first, registered); m <= last; m = AddMonths(m, 1)) {
      if (!trees[m].count(st.unit_id)) continue;
      standing[st.unit_id].short_days +=
          StationMonthOf(state, org, st, m, now_us).short_days.size();
    }
    // The stations the tree holds, open, at the end of the year.
    if (registered > last || !trees[last].count(st.unit_id)) return;
    if (st.closures.ClosedOn(LastDay(last))) return;
    Standing& s = standing[st.unit_id];
    ++s.stations;
    s.stations_new += registered >= first;
  });
  json::array rows;
  ReportFigures total;
  Standing sum;
  for (const std::string& unit : order) {
    const ReportFigures& f = figures[unit];
    const Standing& s = standing[unit];
    json::object row = Row(f, s);
    row.emplace("unit_id", unit);
    row.emplace("name", state.units.at(OrgKey(org, unit)).name);
    rows.push_back(std::move(row));
    total.Add(f);
    sum += s;
  }
  return json::value(json::object{{"unit_id", unit_id},
                                  {"year", std::to_string(y)},
                                  {"units", std::move(rows)},
                                  {"total", Row(total, sum)}});
}

}  // namespace homeward
