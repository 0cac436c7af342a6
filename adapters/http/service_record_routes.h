#pragma once
// Volunteer service records (志愿服务记录) over HTTP: the rows a unit loads
// into the national volunteer system, and one volunteer's record with its
// total, from which the page prints a proof of service (志愿服务证明) as the
// record rules (志愿服务记录与证明出具办法) ask a volunteer organization to
// give on request. One volunteer's records are read from their stream and
// the streams it names; everyone's from the whole log.

#include <boost/json/value.hpp>

#include "adapters/http/read_routes.h"

namespace homeward::http {

// GET /v1/service-records[?volunteer=V&from=D&to=D]: one row per volunteer
// and activity with confirmed hours, with the national record fields
// (ServiceRecords), header first; of the coordinator's units (an admin:
// every unit); a volunteer reads only their own rows, of any unit. from and
// to bound the activity's first day (Beijing time), inclusive. Errors:
// forbidden for another's records or a role without records;
// invalid_argument for a malformed date.
Result<boost::json::value> ServiceRecordsRoute(ReadContext& context);

// GET /v1/volunteers/{volunteer_id}/service-record[?from=D&to=D]: the
// volunteer's details as the record names them, each activity with confirmed
// hours (any unit's) and the total, for the volunteer themself, coordinators
// of their unit, admins and auditors. Errors: not_found for no such volunteer
// or one whose personal data was erased (no record can name them);
// forbidden; invalid_argument for a malformed date or from after to.
Result<boost::json::value> VolunteerServiceRecordRoute(ReadContext& context);

}  // namespace homeward::http
