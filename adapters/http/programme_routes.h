#pragma once
// What the county programme tracks across its units, over HTTP: a school's
// six actions each term (六个一, projections/school_actions.h) and the
// sponsors' pledges over a year (爱心单位, projections/sponsors.h).

#include <boost/json/value.hpp>

#include "adapters/http/read_routes.h"

namespace homeward::http {

// GET /v1/units/{unit_id}/school-actions[?term=YYYY-spring|YYYY-autumn]:
// {"data": SchoolActions of the term (this term in Beijing time by default)},
// for coordinators (their units), admins and auditors: counts and days, no
// one's personal data. Errors: forbidden for volunteers and counselors or a
// unit outside a coordinator's; not_found for an unknown unit;
// invalid_argument for a malformed term; unavailable when a view has not
// reached min_position in time.
Result<boost::json::value> SchoolActionsRoute(ReadContext& context);

// GET /v1/sponsors[?year=YYYY]: {"data": SponsorList of the year (this year
// in Beijing time by default)}, of a coordinator's units (an admin's and an
// auditor's: every unit). Errors: forbidden for volunteers and counselors;
// invalid_argument for a malformed year; unavailable when the roster view has
// not reached min_position in time.
Result<boost::json::value> SponsorsRoute(ReadContext& context);

}  // namespace homeward::http
