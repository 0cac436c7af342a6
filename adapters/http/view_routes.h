#pragma once
// The GET routes of the views held in memory: rosters, schedules, the care
// board, reminders, archive cards, reports, units, volunteers and the
// caller's own account. Each answers {"data": ...} once the view has applied
// the request's min_position, holds to what the caller's role may see
// (403 otherwise), and is listed in ReadRoutes().

#include <boost/json/value.hpp>

#include "adapters/http/read_routes.h"

namespace homeward::http {

// GET /v1/me: the account the token belongs to.
Result<boost::json::value> MeRoute(ReadContext& c);
// GET /v1/accounts: every account, revoked ones too, without tokens; for
// admins and auditors.
Result<boost::json::value> AccountsRoute(ReadContext& c);
// GET /v1/volunteers: every unit's volunteers, without contact details; not
// for volunteers.
Result<boost::json::value> VolunteersRoute(ReadContext& c);
// GET /v1/units: the units, a coordinator's own and those under it only.
Result<boost::json::value> UnitsRoute(ReadContext& c);
// GET /v1/stations?days=N: the activity stations, each with its last N days
// (default 14) of openings; not for volunteers; a coordinator's units' only.
// Errors: invalid_argument for days outside 1 to 62.
Result<boost::json::value> StationsRoute(ReadContext& c);
// GET /v1/activities?status=: every activity with its status, soonest
// first, or those with the statuses listed; a coordinator's units' only.
// Errors: invalid_argument for a status that is none.
Result<boost::json::value> ActivitiesRoute(ReadContext& c);
// GET /v1/activities/{activity_id}/roster, rendered once per change of the
// roster (ReadContext::Cached). Errors: not_found; forbidden outside a
// coordinator's units.
Result<boost::json::value> RosterRoute(ReadContext& c);
// GET /v1/activities/{activity_id}/sessions: for counselors only, all of an
// activity's sessions to one who holds a place in it, else those they
// recorded. Errors: not_found; forbidden when none is theirs.
Result<boost::json::value> SessionsRoute(ReadContext& c);
// GET /v1/activities/{activity_id}/children: the children enrolled, each
// with name and unit (a read of their personal data, masked for auditors
// without a grant); for coordinators (their units), admins, auditors, and
// counselors who hold a place in it. Errors: not_found; forbidden.
Result<boost::json::value> EnrolledRoute(ReadContext& c);
// GET /v1/volunteers/{volunteer_id}/schedule; a volunteer's own only, and a
// coordinator's units' activities only.
Result<boost::json::value> ScheduleRoute(ReadContext& c);
// GET /v1/volunteers/{volunteer_id}/care; a volunteer's own only, a
// coordinator's units' children only.
Result<boost::json::value> CareRoute(ReadContext& c);
// GET /v1/care-board?contact_days=N&unit=U; not for volunteers. Errors:
// invalid_argument for contact_days outside 1 to 3650.
Result<boost::json::value> BoardRoute(ReadContext& c);
// GET /v1/reminders?for=&unit=&from=&to=&overdue=&state=&limit=
// (reminders_route.cc); a volunteer's own only, a coordinator's units' only.
// Errors: invalid_argument for a malformed date, state or limit; forbidden
// for another volunteer's or a unit outside a coordinator's.
Result<boost::json::value> RemindersRoute(ReadContext& c);
// GET /v1/children/{child_id}/card; a volunteer's children in their care
// only. Errors: not_found; forbidden.
Result<boost::json::value> CardRoute(ReadContext& c);
// GET /v1/units/{unit_id}/report?month=YYYY-MM; not for volunteers. Errors:
// invalid_argument for a malformed month; forbidden outside a coordinator's units.
Result<boost::json::value> ReportRoute(ReadContext& c);
// GET /v1/units/{unit_id}/assessment?year=YYYY (this year in Beijing time by
// default): the year's assessment of the unit and the units under it
// (Assessment); not for volunteers. Errors: invalid_argument for a malformed
// year; not_found; forbidden outside a coordinator's units.
Result<boost::json::value> AssessmentRoute(ReadContext& c);

}  // namespace homeward::http
