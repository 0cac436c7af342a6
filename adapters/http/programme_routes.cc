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
  const std::int64_t now = c.options.clock();
  const TermWindow window = WindowOf(*term);
  // The units, activities and children of one moment of the log, gathered
  // under the views' lock and rendered after it.
  struct Term {
    std::vector<TermUnit> units;
    std::vector<TermActivity> activities;
    std::vector<TermChild> children;
  };
  Result<Term> gathered = Gathered<MonthlyReportState, RosterState, ArchiveState>(
      c,
      [&](const MonthlyReportState& report, const RosterState& roster,
          const ArchiveState& archive) -> Result<Term> {
        auto units = TermUnits(report, org, unit);
        if (!units.ok()) return units.status();
        return Term{std::move(units).value(), TermActivities(roster, org, now, window),
                    TermChildren(archive, org, window)};
      });
  if (!gathered.ok()) return gathered.status();
  return json::value(json::object{
      {"data", SchoolActions(*term, gathered->units, gathered->activities, gathered->children)}});
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
