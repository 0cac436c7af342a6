#include "projections/catalog.h"

#include <boost/json/object.hpp>

#include "projections/accounts.h"
#include "projections/archive.h"
#include "projections/care_board.h"
#include "projections/json_support.h"
#include "projections/monthly_report.h"
#include "projections/reminders.h"
#include "projections/report_parts.h"
#include "projections/roster.h"
#include "projections/school_actions.h"
#include "projections/service_records.h"
#include "projections/sponsors.h"
#include "projections/station_list.h"
#include "projections/view_support.h"
#include "projections/volunteer_states.h"

namespace homeward {
namespace {

namespace json = boost::json;

template <class State>
const State* StateOf(const Projection& projection) {
  const auto* view = dynamic_cast<const View<State>*>(&projection);
  return view ? &view->state() : nullptr;
}

// The state of the first of `projections` that holds a `State`, or null.
template <class State>
const State* StateIn(const std::vector<std::unique_ptr<Projection>>& projections) {
  for (const auto& projection : projections) {
    if (const State* state = StateOf<State>(*projection)) return state;
  }
  return nullptr;
}

// The school actions of unit q.id and those under it in term q.term (the
// term of q.now_us when empty), as GET /v1/units/{unit_id}/school-actions.
Result<json::value> ShowSchoolActions(const MonthlyReportState& report, const RosterState& roster,
                                      const ArchiveState& archive, const ViewQuery& q) {
  if (q.id.empty()) return InvalidArgument("a school's actions are of one unit: give its id");
  Result<SchoolTerm> term =
      q.term.empty() ? TermOf(DayIn(q.now_us, "Asia/Shanghai")) : ParseTerm(q.term);
  if (!term.ok()) return term.status();
  Result<std::vector<TermUnit>> units = TermUnits(report, q.org, q.id);
  if (!units.ok()) return units.status();
  const TermWindow window = WindowOf(*term);
  return SchoolActions(*term, *units, TermActivities(roster, q.org, q.now_us, window),
                       TermChildren(archive, q.org, window));
}

Result<json::value> ShowReport(const MonthlyReportState& s, const ViewQuery& q) {
  const std::string month =
      q.month.empty() ? FormatMonth(MonthOf(DayIn(q.now_us, "Asia/Shanghai"))) : q.month;
  if (!q.id.empty()) return MonthlyReport(s, q.org, q.id, month, q.now_us);
  Result<YearMonth> m = ParseMonth(month);
  if (!m.ok()) return m.status();
  json::array reports;
  for (const std::string& root : ReportRoots(s, q.org, *m)) {
    Result<json::value> report = MonthlyReport(s, q.org, root, month, q.now_us);
    if (!report.ok()) return report.status();
    reports.push_back(std::move(report).value());
  }
  return json::value(std::move(reports));
}

}  // namespace

const std::vector<std::string_view>& ProjectionNames() {
  static const std::vector<std::string_view> names{
      RosterState::kName,         CareBoardState::kName,     RemindersState::kName,
      ArchiveState::kName,        MonthlyReportState::kName, AccountsState::kName,
      VolunteerStatesState::kName};
  return names;
}

std::vector<std::unique_ptr<Projection>> MakeProjections() {
  std::vector<std::unique_ptr<Projection>> out;
  for (std::string_view name : ProjectionNames()) out.push_back(MakeProjection(name).value());
  return out;
}

Result<std::unique_ptr<Projection>> MakeProjection(std::string_view name) {
  if (name == RosterState::kName) return std::unique_ptr<Projection>(new View<RosterState>);
  if (name == CareBoardState::kName) return std::unique_ptr<Projection>(new View<CareBoardState>);
  if (name == RemindersState::kName) return std::unique_ptr<Projection>(new View<RemindersState>);
  if (name == ArchiveState::kName) return std::unique_ptr<Projection>(new View<ArchiveState>);
  if (name == MonthlyReportState::kName)
    return std::unique_ptr<Projection>(new View<MonthlyReportState>);
  if (name == AccountsState::kName) return std::unique_ptr<Projection>(new View<AccountsState>);
  if (name == VolunteerStatesState::kName)
    return std::unique_ptr<Projection>(new View<VolunteerStatesState>);
  std::string known;
  for (std::string_view n : ProjectionNames())
    known += (known.empty() ? "" : ", ") + std::string(n);
  return NotFound("there is no projection '" + std::string(name) + "' (there are: " + known + ")");
}

Result<json::value> ShowView(const Projection& projection, const ViewQuery& q) {
  if (const auto* s = StateOf<RosterState>(projection)) {
    if (q.id.starts_with("v:")) return ScheduleOf(*s, q.org, q.id.substr(2), q.now_us);
    if (!q.id.empty()) return RosterOf(*s, q.org, q.id);
    json::array all;
    ForOrg(s->activities, q.org, [&](std::string_view id, const RosterEntry&) {
      all.push_back(RosterOf(*s, q.org, id).value());
    });
    return json::value(std::move(all));
  }
  if (const auto* s = StateOf<CareBoardState>(projection)) {
    if (!q.id.empty()) return CareOf(*s, q.org, q.id);
    return CareBoard(*s, q.org, q.now_us);
  }
  if (const auto* s = StateOf<RemindersState>(projection)) {
    ReminderFilter filter;
    filter.person = q.id;
    return Reminders(*s, q.org, q.now_us, filter);
  }
  if (const auto* s = StateOf<ArchiveState>(projection)) {
    if (!q.id.empty()) return ArchiveCardOf(*s, q.org, q.id);
    return ArchiveList(*s, q.org);
  }
  if (const auto* s = StateOf<MonthlyReportState>(projection)) return ShowReport(*s, q);
  if (const auto* s = StateOf<AccountsState>(projection)) return AccountList(*s, q.org);
  if (const auto* s = StateOf<VolunteerStatesState>(projection)) {
    return VolunteerStatesOf(*s, q.org, q.id);
  }
  return NotFound("projection " + std::string(projection.name()) + " has no document");
}

const std::vector<DerivedView>& DerivedViews() {
  static const std::vector<DerivedView> views{
      {"stations", {MonthlyReportState::kName}},
      {"assessment", {MonthlyReportState::kName}},
      {"sponsors", {RosterState::kName}},
      {"school-actions", {MonthlyReportState::kName, RosterState::kName, ArchiveState::kName}},
      {kServiceRecordsView, {}}};
  return views;
}

Result<std::vector<std::string_view>> ProjectionsOfView(std::string_view name) {
  for (std::string_view projection : ProjectionNames()) {
    if (projection == name) return std::vector<std::string_view>{projection};
  }
  for (const DerivedView& view : DerivedViews()) {
    if (view.name == name) return view.projections;
  }
  std::string known;
  for (std::string_view n : ProjectionNames()) known += std::string(n) + ", ";
  for (const DerivedView& view : DerivedViews()) known += std::string(view.name) + ", ";
  known.resize(known.size() - 2);
  return NotFound("there is no view '" + std::string(name) + "' (there are: " + known + ")");
}

Result<json::value> ShowDerivedView(std::string_view name,
                                    const std::vector<std::unique_ptr<Projection>>& projections,
                                    const ViewQuery& q) {
  const auto* report = StateIn<MonthlyReportState>(projections);
  const auto* roster = StateIn<RosterState>(projections);
  if (report && name == "stations") return StationList(*report, q.org, q.now_us, 14);
  if (report && name == "assessment") {
    if (q.id.empty()) return InvalidArgument("an assessment is of one unit: give its id");
    return Assessment(*report, q.org, q.id, q.year, q.now_us);
  }
  if (roster && name == "sponsors") {
    Result<int> year = ReportYear(q.year, q.now_us);
    if (!year.ok()) return year.status();
    return SponsorList(*roster, q.org, *year, [](std::string_view) { return true; });
  }
  const auto* archive = StateIn<ArchiveState>(projections);
  if (report && roster && archive && name == "school-actions") {
    return ShowSchoolActions(*report, *roster, *archive, q);
  }
  return NotFound("view '" + std::string(name) + "' is not shown from the projections given");
}

}  // namespace homeward
