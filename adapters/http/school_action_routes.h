#pragma once
// A school's six actions each term (六个一) over HTTP: the checklist of
// projections/school_actions.h for a unit and the units under it.

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

}  // namespace homeward::http
