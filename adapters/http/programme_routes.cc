#include "adapters/http/programme_routes.h"

#include <boost/json.hpp>

#include "adapters/http/view_read.h"
#include "projections/archive.h"
#include "projections/json_support.h"
#include "projections/monthly_report.h"
#include "projections/report_parts.h"
#include "projections/roster.h"
#include "projections/school_actions.h"
#include "projections/sponsors.h"

namespace homeward::http {
namespace json = boost::json;

Result<json::value> SchoolActionsRoute(ReadContext& c) {
  const std::string& unit = c.Param("unit_id");
  if (c.IsVolunteer()) return Forbidden("a school's actions are for coordinators");
  if (Status s = UnitInScope(c, unit); !s.ok()) return s;
  const std::string named = c.target.Get("term");
  Result<SchoolTerm> term =
      named.empty() ? TermOf(DayIn(c.options.clock(), "Asia/Shanghai")) : ParseTerm(named);
  if (!term.ok()) return term.status();
  const std::string& org = c.account.org;
  auto units = Gathered<MonthlyReportState>(
      c, [&](const MonthlyReportState& s) { return TermUnits(s, org, unit); });
  if (!units.ok()) return units.status();
  const std::int64_t now = c.options.clock();
  const TermWindow window = WindowOf(*term);
  auto activities = Gathered<RosterState>(c, [&](const RosterState& s) {
    return Result<std::vector<TermActivity>>(TermActivities(s, org, now, window));
  });
  if (!activities.ok()) return activities.status();
  auto children = Gathered<ArchiveState>(c, [&](const ArchiveState& s) {
    return Result<std::vector<TermChild>>(TermChildren(s, org, window));
  });
  if (!children.ok()) return children.status();
  return json::value(json::object{{"data", SchoolActions(*term, *units, *activities, *children)}});
}

Result<json::value> SponsorsRoute(ReadContext& c) {
  if (c.IsVolunteer()) return Forbidden("the sponsors' pledges are for coordinators");
  Result<int> year = ReportYear(c.target.Get("year"), c.options.clock());
  if (!year.ok()) return year.status();
  return Read<RosterState>(c, [&](const RosterState& s) -> Result<json::value> {
    return SponsorList(s, c.account.org, *year,
                       [&](std::string_view unit) { return c.InScope(unit); });
  });
}

}  // namespace homeward::http
