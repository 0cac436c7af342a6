#pragma once
// GET routes answered by folding one small stream of the store, for what no
// view holds: a unit's waiver (特别承诺), a volunteer's details (sealed in the
// log, blank in every view) and a year's working calendar.

#include <boost/json/value.hpp>
#include <string>
#include <utility>

#include "adapters/http/read_routes.h"
#include "engine/volunteer_state.h"

namespace homeward::http {

// GET /v1/units/{unit_id}/waiver: {"data": the unit's current waiver:
// "unit_id", "name", "version", "text"}, for a volunteer to read before
// accepting it (a sign-up refused with waiver_missing names the unit).
// Everyone signed in may read it. Errors: not_found for an unknown unit or
// one that published no waiver; corruption or unavailable from the store.
Result<boost::json::value> WaiverRoute(ReadContext& context);

// GET /v1/volunteers/{volunteer_id}: {"data": "volunteer_id", "unit_id",
// "version" (of the volunteer's stream, for If-Match on a correction),
// "details" (as RegisterVolunteer takes them, personal fields opened),
// "vetted_until" (or null), "suspended", "left", "erased"}, for the one
// correcting them (CorrectVolunteerDetails) to start from what is recorded.
// Read by the volunteer themself, coordinators of their unit, admins and
// auditors. Errors: forbidden for anyone else; not_found for an unknown
// volunteer; corruption or unavailable from the store.
Result<boost::json::value> VolunteerDetailsRoute(ReadContext& context);

// Volunteer `id` as their stream records them (personal fields opened),
// and the stream's version, for a reader who may read about them: the
// volunteer themself, coordinators of their unit, admins and auditors.
// Errors: forbidden for anyone else; not_found for an unknown volunteer;
// corruption or unavailable from the store.
Result<std::pair<VolunteerState, std::uint64_t>> ReadableVolunteer(ReadContext& context,
                                                                   const std::string& id);

// GET /v1/holidays/{year}: {"data": the year's declaration: "year",
// "days_off", "workdays" (dates, ascending), "source"}. Everyone signed in
// may read it. Errors: invalid_argument for a year that is not four digits
// from 2000 to 2199; not_found when none was declared for the year;
// corruption or unavailable from the store.
Result<boost::json::value> HolidaysRoute(ReadContext& context);

}  // namespace homeward::http
