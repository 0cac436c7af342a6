#pragma once
// How the command line shows an envelope: a one-line summary of its event for
// people, and a JSON object for machines.

#include <boost/json/object.hpp>
#include <string>

#include "events/envelope.h"

namespace homeward::cli {

// A one-line summary of the envelope's event, e.g. "signed up v-gao for
// volunteers"; for an event this program cannot decode, says why.
std::string Summarize(const Envelope& envelope);

// Returns the time as "2027-06-01T01:00:00.000000Z".
std::string FormatUtc(std::int64_t micros);

// The envelope as the HTTP API shows it (jsonc::EnvelopeJson: every field,
// the decoded event), with "recorded_at" to the microsecond and a "summary".
boost::json::object EnvelopeJson(const Envelope& envelope);

// One aligned line for a person: position, stream@version, type, summary.
std::string EnvelopeLine(const Envelope& envelope);

}  // namespace homeward::cli
