#pragma once
// What a caller hands the log to append, and what it gets back.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "events/codec.h"
#include "events/envelope.h"
#include "events/status.h"

namespace homeward {

// What the caller expects of a stream's current version before the append.
struct ExpectedVersion {
  enum class Kind { kAny, kNoStream, kExact };
  Kind kind = Kind::kAny;
  std::uint64_t version = 0;  // for kExact; 0 means the stream is empty, like kNoStream

  static ExpectedVersion Any() { return {Kind::kAny, 0}; }
  static ExpectedVersion NoStream() { return {Kind::kNoStream, 0}; }
  static ExpectedVersion Exact(std::uint64_t v) { return {Kind::kExact, v}; }
  // True when a stream now at `actual` satisfies this expectation.
  bool Admits(std::uint64_t actual) const {
    return kind == Kind::kAny || (kind == Kind::kNoStream ? actual == 0 : actual == version);
  }
  // "any", "no stream" or the number.
  std::string ToString() const;
};

// The events for one stream within an append. A stream with no events and an
// exact (or no-stream) expectation is a guard: the append goes through only if
// that stream is still at that version, and nothing is written to it. A
// decision that read a stream without changing it guards it this way.
struct StreamAppend {
  std::string stream_id;  // "org/category/id"
  ExpectedVersion expected;
  std::vector<EncodedEvent> events;  // empty only for a guard
};

// One atomic append: events for one or more distinct streams, all or none.
struct AppendRequest {
  std::vector<StreamAppend> streams;
  std::string idempotency_key;  // optional; a retry with the same key and content is answered once
  // Optional: what a reused key is compared by, when the caller knows the
  // request the append was decided from (its digest; see AppendDigest).
  std::optional<Hash> request_digest;
  std::string actor;  // who records it
  std::string correlation_id;
  std::string causation_id;
};

// The answer to a successful append.
struct AppendResult {
  std::vector<std::uint64_t> positions;        // one per event, in request order
  std::vector<std::uint64_t> stream_versions;  // each stream's version after it, in request order
  bool replayed = false;  // true when the idempotency key answered an earlier append
};

// Receives an append's outcome, once, after its batch is durable (or failed).
using AppendCallback = std::function<void(Result<AppendResult>)>;

// Limits that keep one request from starving the writer or the disk.
inline constexpr std::size_t kMaxAppendBytes = 4 << 20;
inline constexpr std::size_t kMaxIdempotencyKeyBytes = 256;

// Checks the request's shape: distinct valid stream ids, each with events
// with a type name or a guard with an exact expectation, at least one event
// in all, the size limits.
// Errors: invalid_argument naming the first problem found.
Status ValidateAppend(const AppendRequest& request);

}  // namespace homeward
