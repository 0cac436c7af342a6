#pragma once
// How the command line shows an envelope: a one-line summary of its event for
// people, and a JSON object for machines.

#include <boost/json/object.hpp>
#include <string>

#include "engine/key_ring.h"
#include "events/envelope.h"

namespace homeward::cli {

// A one-line summary of the envelope's event, e.g. "signed up v-gao for
// volunteers", its personal fields opened with `keys`; for an event this
// program cannot decode, says why.
std::string Summarize(const Envelope& envelope, const KeyRing* keys);

// Returns the time as "2027-06-01T01:00:00.000000Z".
std::string FormatUtc(std::int64_t micros);

// The envelope as the HTTP API shows it (jsonc::EnvelopeJson: every field,
// the decoded event), with "recorded_at" to the microsecond and a "summary".
boost::json::object EnvelopeJson(const Envelope& envelope, const KeyRing* keys);

// One aligned line for a person: position, stream@version, type, summary.
std::string EnvelopeLine(const Envelope& envelope, const KeyRing* keys);

}  // namespace homeward::cli
