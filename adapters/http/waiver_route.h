#pragma once
// GET /v1/units/{unit_id}/waiver: the waiver (特别承诺) a unit asks of the
// volunteers who take part in its work, for a volunteer to read before
// accepting it (a sign-up refused with waiver_missing names the unit).

#include <boost/json/value.hpp>

#include "adapters/http/read_routes.h"

namespace homeward::http {

// {"data": the unit's current waiver: "unit_id", "name", "version", "text"}, read
// from the unit's stream (the store, not a view). Everyone signed in may
// read it. Errors: not_found for an unknown unit or one that published no
// waiver; corruption or unavailable from the store.
Result<boost::json::value> WaiverRoute(ReadContext& context);

}  // namespace homeward::http
