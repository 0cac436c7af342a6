#pragma once
// The record of reads of children's personal data: each answer that shows a
// child's personal fields unmasked is recorded in the log, one
// PersonalDataRead event per child (stream "org/access/child-ID"), before it
// is sent; an auditor lists a child's reads at GET /v1/audit/reads.

#include <boost/json/value.hpp>
#include <map>
#include <set>
#include <string>

#include "adapters/http/read_routes.h"
#include "engine/event_log.h"
#include "projections/accounts.h"

namespace homeward::http {

// Records that `account` read `fields` of each child in `reads` by `route`
// ("GET /v1/children/{child_id}/card", "export care-board"), durably, in one
// append. Nothing to record is no error. Errors: as EventLog::Append.
Status RecordPersonalReads(EventLog& log, const Account& account, std::string_view route,
                           const std::map<std::string, std::set<std::string>>& reads);

// GET /v1/audit/reads?child=ID[&from=V&limit=N]: who read the child's
// personal data, when, by which route and which fields. Errors:
// invalid_argument without `child`.
Result<boost::json::value> PersonalReadsRoute(ReadContext& c);

}  // namespace homeward::http
