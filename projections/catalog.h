#pragma once
// The projections homeward keeps, by name, and how each is shown as a whole:
// what `homeward replay` prints and what an auditor's as-of view returns.

#include <boost/json/value.hpp>
#include <memory>
#include <string>
#include <string_view>
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
};

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
