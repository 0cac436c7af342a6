#include "projections/audit.h"

#include "projections/json_support.h"

namespace homeward {

namespace json = boost::json;

json::object ChainJson(const VerifyReport& report) {
  json::object o{{"ok", report.ok},
                 {"count", report.count},
                 {"head_position", report.head_position},
                 {"head_hash", HashHex(report.head_hash)}};
  if (!report.ok) {
    o["bad_position"] = report.bad_position;
    o["problem"] = report.problem;
  }
  return o;
}

Result<json::value> AuditStream(const EventLog& log, std::string_view stream_id,
                                std::uint64_t from_version, std::size_t limit) {
  Result<std::vector<Envelope>> envelopes = log.ReadStream(stream_id, from_version, limit);
  if (!envelopes.ok()) return envelopes.status();
  json::array events;
  for (const Envelope& e : *envelopes) {
    events.push_back(json::object{{"position", e.position},
                                  {"version", e.stream_version},
                                  {"type", e.type},
                                  {"recorded_at", FormatUtc(e.recorded_at_us)},
                                  {"actor", e.actor},
                                  {"correlation_id", e.correlation_id},
                                  {"causation_id", e.causation_id},
                                  {"idempotency_key", e.idempotency_key},
                                  {"hash", HashHex(e.hash)}});
  }
  return json::value(json::object{{"stream", stream_id}, {"events", std::move(events)}});
}

}  // namespace homeward
