#pragma once
// The auditor's routes: the log itself, one stream, the hash chain's
// verification and any view replayed as of a day or a position. Personal
// fields are masked by the caller's role (mask.h) before anything leaves.

#include <boost/json/value.hpp>
#include <functional>
#include <span>
#include <string_view>
#include <vector>

#include "adapters/http/target.h"
#include "engine/event_log.h"
#include "engine/verify.h"
#include "projections/accounts.h"

namespace homeward::http {

// Verifies the store's hash chain; absent where the log cannot (in memory).
using VerifyFn = std::function<Result<VerifyReport>()>;

// GET /v1/events?from=P&limit=N[&type=T][&actor=A][&stream=PREFIX]: the
// organization's envelopes from position P (default 1), at most N (default
// 100, at most 1000), each with its decoded event; "next" is where the next
// page starts. Errors: invalid_argument for a bad number.
Result<boost::json::value> EventsPage(const EventLog& log, const Account& account,
                                      const Target& target);

// GET /v1/streams/{id}?from=V&limit=N: a stream's envelopes from version V
// with its current "version" (for If-Match). `stream` is "org/category/id" or
// "category/id" within the account's organization. Errors: not_found for
// another organization's stream; invalid_argument for a malformed id.
Result<boost::json::value> StreamPage(const EventLog& log, const Account& account,
                                      std::string_view stream, const Target& target);

// GET /v1/audit/verify: the report of walking the whole chain. Errors:
// unavailable when `verify` is absent.
Result<boost::json::value> VerifyChain(const VerifyFn& verify);

// GET /v1/replay/{name}?as_of=DATE[&tz=ZONE]|position=P[&id=ID][&month=M]:
// the view as it stood. Errors: invalid_argument without exactly one of
// as_of and position; as ReplayView.
Result<boost::json::value> ReplayAsOf(const EventLog& log, const Account& account,
                                      std::string_view name, const Target& target);

class ReadContext;

// The read routes (read_routes.h) of the auditor's side, for admins and
// auditors only (403 otherwise): GET /v1/events, /v1/streams/{stream_id*},
// /v1/audit/verify and /v1/replay/{name}, as the functions above answer them.
Result<boost::json::value> EventsRoute(ReadContext& context);
Result<boost::json::value> StreamRoute(ReadContext& context);
Result<boost::json::value> VerifyRoute(ReadContext& context);
Result<boost::json::value> ReplayRoute(ReadContext& context);

struct ReadRoute;

// The auditor's part of the read routes' table (read_routes.h): the log, a
// stream, the reads of children's personal data, the chain's verification
// and the replay, each with what it answers, who may read it and its query
// parameters.
std::vector<ReadRoute> AuditReadRoutes();

// Parses a whole number query parameter; `fallback` when absent.
Result<std::uint64_t> NumberParam(const Target& target, const std::string& name,
                                  std::uint64_t fallback);

// Parses a yes-or-no query parameter: "true" or "1", "false" or "0"; false
// when absent. Anything else is invalid_argument naming the parameter.
Result<bool> BoolParam(const Target& target, const std::string& name);

// Parses a query parameter that lists words, comma-separated, each one of
// `allowed`; none when absent. Anything else (an empty word, one not
// allowed) is invalid_argument naming the parameter and the words allowed.
Result<std::vector<std::string>> WordsParam(const Target& target, const std::string& name,
                                            std::span<const std::string_view> allowed);

}  // namespace homeward::http
