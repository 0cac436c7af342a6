#pragma once
// The envelope: one event as the log stores it, with everything an auditor
// needs to know about when, where and by whom it was recorded, and the hash
// chain link that makes later alteration evident. See docs/log-format.md.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "events/status.h"

namespace homeward {

// A 32-byte BLAKE2b digest.
using Hash = std::array<std::uint8_t, 32>;

// Returns `hash` as 64 lowercase hex digits.
std::string HashHex(const Hash& hash);

// The newest record layout this program writes (the first byte of every log
// record): 1 for an envelope without sealed fields, 2 for one with them.
// Records of older layouts are read; newer ones are refused.
inline constexpr std::uint8_t kEnvelopeFormat = 2;

// One recorded event. Plain data: the writer fills position, stream_version,
// recorded_at_us, prev_hash and hash when it commits.
struct Envelope {
  std::uint64_t position = 0;        // global, from 1, gap-free
  std::string stream_id;             // "org/category/id"
  std::uint64_t stream_version = 0;  // from 1 within the stream
  std::string type;                  // event type name, e.g. "activity.planned"
  std::uint32_t schema_version = 0;  // version of the payload's layout for `type`
  std::int64_t recorded_at_us = 0;   // UTC, microseconds since the Unix epoch
  std::string actor;                 // who recorded it (account or system id)
  std::string correlation_id;        // the request or workflow it belongs to
  std::string causation_id;          // the message that caused it, if any
  std::string idempotency_key;       // the client's retry key, if any
  std::string payload;               // the event itself, cereal portable binary
  std::string sealed;                // its personal fields, encrypted (engine/seal.h); often empty
  Hash prev_hash{};                  // hash of the previous envelope (zeros for position 1)
  Hash hash{};                       // BLAKE2b-256 of this envelope's body (all of the above)

  friend bool operator==(const Envelope&, const Envelope&) = default;
};

// Encodes every field but `hash`: the bytes the hash covers. Pure; no errors.
std::string EncodeEnvelopeBody(const Envelope& envelope);

// Encodes the stored record: the body followed by the 32 raw bytes of `hash`.
std::string EncodeEnvelopeRecord(const Envelope& envelope);

// Decodes a stored record. On success `*body` (when given) views the hashed
// prefix of `record`. Errors: corruption when the record is truncated,
// malformed or of a newer format than this program reads.
Result<Envelope> DecodeEnvelopeRecord(std::string_view record, std::string_view* body = nullptr);

// Decodes a stored record into `*out`, reusing its strings' storage: for
// loops over many records. Errors as DecodeEnvelopeRecord; on an error `*out`
// holds partial data.
Status DecodeEnvelopeRecordInto(std::string_view record, Envelope* out,
                                std::string_view* body = nullptr);

}  // namespace homeward
