#pragma once
// The projections homeward keeps, by name, and how each is shown as a whole:
// what `homeward replay` prints and what an auditor's as-of view returns.

#include <boost/json/value.hpp>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "projections/projection.h"

namespace homeward {

// The names of every projection, in the order they are kept.
const std::vector<std::string_view>& ProjectionNames();

// One of each projection, empty.
std::vector<std::unique_ptr<Projection>> MakeProjections();

// An empty projection called `name`. Errors: not_found naming the known ones.
Result<std::unique_ptr<Projection>> MakeProjection(std::string_view name);

// What to show of a view: the organization, the moment time-dependent views
// are computed at, and optionally one subject (an activity, a child, a
// volunteer or a unit, by view) and a month for the report.
struct ViewQuery {
  std::string org;
  std::int64_t now_us = 0;
  std::string id;
  std::string month;  // "YYYY-MM"; the month of now_us when empty
  std::string year;   // "YYYY" (assessment, sponsors); the year of now_us when empty
  std::string term;   // "YYYY-spring|autumn" (school-actions); the term of now_us when empty
};

// A view shown from the states of other projections rather than under a
// projection's own name: "stations" and "assessment" (report), "sponsors"
// (roster), "school-actions" (report, roster and archive), and
// "service-records", which no kept projection holds: a replay folds it from
// the log on its own (projections/service_records.h).
struct DerivedView {
  std::string_view name;
  std::vector<std::string_view> projections;  // the states it is shown from
};
const std::vector<DerivedView>& DerivedViews();

// The projections view `name` is built from: its own for a projection's
// name, those DerivedViews gives otherwise. Errors: not_found naming every view.
Result<std::vector<std::string_view>> ProjectionsOfView(std::string_view name);

// The document of derived view `name` (DerivedViews), built from
// `projections` (at least those ProjectionsOfView(name) gives), for `query`:
//   stations:       every station's last 14 days up to now_us
//   assessment:     the year's assessment of unit `id` (required) and the units under it
//   sponsors:       the pledges to activities that begin in the year
//   school-actions: the term's six actions of unit `id` (required) and the units under it
// Errors: invalid_argument for a missing unit, a bad year or term; not_found
// for an unknown unit or view.
Result<boost::json::value> ShowDerivedView(
    std::string_view name, const std::vector<std::unique_ptr<Projection>>& projections,
    const ViewQuery& query);

// The document of `projection` for `query`:
//   roster:    every activity (or one activity's roster, or with --id v:ID a volunteer's schedule)
//   care:      the care board (or, with an id, the children in a volunteer's care)
//   reminders: every reminder (or those for one person)
//   archive:   every child (or one child's card)
//   report:    the monthly report of every top unit (or of one unit)
//   accounts:  every account, without token hashes
//   volunteers: every volunteer as the rules see them (or one volunteer)
// Errors: not_found for an unknown subject; invalid_argument for a bad month.
Result<boost::json::value> ShowView(const Projection& projection, const ViewQuery& query);

}  // namespace homeward
