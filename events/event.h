#pragma once
// The set of event types as one std::variant, and the codec between it and
// the (type, schema version, payload) triple an envelope stores.

#include <string_view>
#include <variant>

#include "events/codec.h"
#include "events/trip_events.h"

namespace homeward {

// Every event type homeward records.
using Event = std::variant<UnitCreated, ActivityPlanned, SlotAdded, SponsorPledged,
                           VolunteerRegistered, SignedUp>;

// Returns the type name of the event `event` holds.
std::string_view EventTypeName(const Event& event);

// Encodes any event with its current schema version.
EncodedEvent EncodeEvent(const Event& event);

// Decodes a payload of `type` and schema `version`. Errors: not_found for an
// unknown type name; corruption as DecodePayload says.
Result<Event> DecodeEvent(std::string_view type, std::uint32_t version, std::string_view payload);

}  // namespace homeward
