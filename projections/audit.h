#pragma once
// The audit view: per stream, who recorded what and when (actor, correlation
// and causation ids, the idempotency key), read straight from the log, so it
// costs no memory to keep; and the chain status from verify.

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <string_view>

#include "engine/event_log.h"
#include "engine/verify.h"

namespace homeward {

// The verify report as JSON: ok, count, head_position, head_hash and, when it
// failed, bad_position and problem.
boost::json::object ChainJson(const VerifyReport& report);

// The history of `stream_id` from stream version `from_version`, at most
// `limit` entries: position, version, type, recorded_at, actor,
// correlation_id, causation_id, idempotency_key, hash. Errors: as
// EventLog::ReadStream (invalid_argument for a malformed id).
Result<boost::json::value> AuditStream(const EventLog& log, std::string_view stream_id,
                                       std::uint64_t from_version = 1, std::size_t limit = 1000);

}  // namespace homeward
