#pragma once
// Idempotency records: what an append with an idempotency key answered, kept
// so a retry gets the same answer. The layout is in docs/log-format.md.

#include <string>
#include <string_view>

#include "engine/append.h"
#include "events/envelope.h"

namespace homeward {

// An idempotency key's stored answer: the digest of the request it answered
// and that request's result.
struct IdempotencyRecord {
  Hash digest{};
  AppendResult result;
};

// Encodes and decodes the idempotency family's values (docs/log-format.md).
std::string EncodeIdempotencyRecord(const IdempotencyRecord& record);
Result<IdempotencyRecord> DecodeIdempotencyRecord(std::string_view value);

// What decides whether a reused idempotency key carries "the same content":
// the request's digest when the append carries one (a retry of the same
// request decided again on a newer stream version is the same content), else
// the digest of the append itself (streams, expectations, events).
Hash AppendDigest(const AppendRequest& request);

}  // namespace homeward
