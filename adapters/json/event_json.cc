#include "adapters/json/event_json.h"

#include "adapters/json/struct_json.h"
#include "engine/seal.h"
#include "projections/json_support.h"

namespace homeward::jsonc {

boost::json::value EventJson(const Event& event) {
  return std::visit([](const auto& e) { return ToJson(e); }, event);
}

boost::json::object EnvelopeJson(const Envelope& e, const KeyRing* keys) {
  boost::json::object out{
      {"position", e.position},
      {"stream_id", e.stream_id},
      {"stream_version", e.stream_version},
      {"type", e.type},
      {"schema_version", e.schema_version},
      {"recorded_at", FormatUtc(e.recorded_at_us)},
      {"recorded_at_us", e.recorded_at_us},
      {"actor", e.actor},
      {"correlation_id", e.correlation_id},
      {"causation_id", e.causation_id},
      {"idempotency_key", e.idempotency_key},
      {"prev_hash", HashHex(e.prev_hash)},
      {"hash", HashHex(e.hash)},
  };
  out["sealed_bytes"] = e.sealed.size();
  Result<Event> event = OpenEvent(e, keys);
  if (event.ok()) {
    out["event"] = EventJson(*event);
  } else {
    out["event"] = nullptr;
    out["problem"] = event.status().message();
  }
  return out;
}

}  // namespace homeward::jsonc
