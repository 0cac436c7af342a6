#pragma once
// Envelopes and events as JSON documents: the auditor's view of the log over
// HTTP and `homeward log --json` share this one shape.

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include "engine/key_ring.h"
#include "events/envelope.h"
#include "events/event.h"

namespace homeward::jsonc {

// The event's fields as an object (struct_json.h mapping).
boost::json::value EventJson(const Event& event);

// The envelope: position, stream_id, stream_version, type, schema_version,
// recorded_at (RFC 3339), actor, correlation_id, causation_id,
// idempotency_key, prev_hash and hash in hex, sealed_bytes (the size of its
// sealed personal fields), and "event" with the decoded payload, its personal
// fields opened with `keys` ("[erased]" without them), or null and "problem"
// saying why it does not decode (never the data itself).
boost::json::object EnvelopeJson(const Envelope& envelope, const KeyRing* keys);

}  // namespace homeward::jsonc
