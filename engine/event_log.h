#pragma once
// The narrow interface to the event log. The domain and the projections know
// only this; the RocksDB implementation (rocks_log.h) is one backend, and a
// replicated one can be added behind the same interface.

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

#include "engine/append.h"
#include "engine/idempotency.h"
#include "engine/key_ring.h"
#include "events/envelope.h"

namespace homeward {

// Sees one envelope of a Visit; the envelope is valid only during the call,
// and the visitor may take its contents (swap them out for storage of its
// own, which the next record then decodes into). Returns false to stop the
// visit there.
using EnvelopeVisitor = std::function<bool(Envelope&)>;

// Gives a visit the envelope its next record decodes into: storage the
// caller keeps (a slot of a batch, say), so that keeping an envelope moves
// nothing. Called once before each record is read.
using EnvelopeSlot = std::function<Envelope*()>;

// The read side of the log: all a projection may use. Thread-safe.
class LogReader {
 public:
  virtual ~LogReader() = default;

  // Calls `visit` for up to `max_count` committed envelopes with position >=
  // `from`, in position order, until it returns false. Returns how many it
  // saw. Errors: as ReadAll. For long replays: a backend may decode every
  // record into the storage of one envelope. The default reads via ReadAll.
  virtual Result<std::size_t> Visit(std::uint64_t from, std::size_t max_count,
                                    const EnvelopeVisitor& visit) const;

  // As Visit, but each record decodes into the envelope `slot` gives, which
  // `visit` is then called with. The default moves each envelope of Visit
  // there; a backend that decodes records itself decodes them in place.
  virtual Result<std::size_t> VisitInto(std::uint64_t from, std::size_t max_count,
                                        const EnvelopeSlot& slot,
                                        const EnvelopeVisitor& visit) const;

  // Returns up to `max_count` committed envelopes with position >= `from`, in
  // position order. Errors: corruption when a record fails to decode or the
  // positions have a gap; unavailable on an I/O error.
  virtual Result<std::vector<Envelope>> ReadAll(std::uint64_t from,
                                                std::size_t max_count) const = 0;

  // The position of the last committed envelope; 0 for an empty log.
  virtual std::uint64_t Head() const = 0;

  // Waits until Head() >= `position` or `timeout` passes; returns whether it got there.
  virtual bool WaitForPosition(std::uint64_t position, std::chrono::milliseconds timeout) const = 0;

  // The keys that open the personal fields sealed in this log's events
  // (engine/seal.h); null when there are none to open (they read "[erased]").
  virtual KeyRing* keys() const { return nullptr; }
};

// The whole log: append, read a stream, and the read side above. Thread-safe.
class EventLog : public LogReader {
 public:
  // Queues `request` for the single writer. `done` is called exactly once,
  // after the request's batch is durable, or with the error:
  //  - invalid_argument (ValidateAppend): nothing was written;
  //  - conflict: a stream's version does not match (details name "stream",
  //    "expected" and "actual"), or the idempotency key was used with other
  //    content; nothing was written;
  //  - unavailable: the store is closing or read-only (nothing was written),
  //    or a write to the disk failed, in which case the outcome is unknown and
  //    the log takes no more appends until it is reopened; retrying with the
  //    same idempotency key after the reopen is safe.
  // `done` runs on a writer thread (on the calling thread for a request
  // refused before it is queued); it must be quick, must not throw, and must
  // not wait for another append.
  virtual void AppendAsync(AppendRequest request, AppendCallback done) = 0;

  // Appends and waits for the outcome. Errors as AppendAsync.
  Result<AppendResult> Append(AppendRequest request);

  // Returns up to `max_count` envelopes of `stream_id` with stream version >=
  // `from_version`, in version order. An unknown stream reads as empty.
  // Errors: invalid_argument for a malformed id; corruption; unavailable.
  virtual Result<std::vector<Envelope>> ReadStream(std::string_view stream_id,
                                                   std::uint64_t from_version,
                                                   std::size_t max_count) const = 0;

  // Returns what is recorded for idempotency key `key` (the digest of the
  // request it answered, and the answer), or nullopt when no committed append
  // used it. Lets a command service answer a retry before deciding again.
  // Errors: corruption; unavailable.
  virtual Result<std::optional<IdempotencyRecord>> FindIdempotencyKey(
      std::string_view key) const = 0;

  // Returns the committed version of `stream_id` (0 when it has no events).
  virtual Result<std::uint64_t> StreamVersion(std::string_view stream_id) const = 0;

  // Returns the ids of the streams that start with `prefix` ("org/unit/"),
  // in order, at most `max_count`: for the rare rule that must look over
  // every stream of a kind. A stream of appends not yet committed may be
  // listed; reading it gives what is committed. Errors: corruption;
  // unavailable.
  virtual Result<std::vector<std::string>> ListStreams(std::string_view prefix,
                                                       std::size_t max_count) const = 0;

  // The committed version of `stream_id`, when this process knows it without
  // reading the store (its writer committed it, or a read of the whole stream
  // learned it): never older than a commit answered before the call.
  // nullopt: unknown, read the store.
  virtual std::optional<std::uint64_t> KnownVersion(std::string_view stream_id) const {
    (void)stream_id;
    return std::nullopt;
  }

  // A reader holds `stream_id` folded to `version` as of published position
  // `as_of`, having applied every commit up to it (a view following the
  // log): KnownVersion may answer it from now on, unless something may have
  // been committed to the stream since that this process does not know.
  virtual void LearnVersion(std::string_view stream_id, std::uint64_t version,
                            std::uint64_t as_of) const {
    (void)stream_id;
    (void)version;
    (void)as_of;
  }

  // The position of the latest change to who may do what (an account or a
  // calendar feed) that a command service made through this log, or 0.
  // Authenticating readers wait for their view to hold this rather than the
  // whole head, and still see a revocation at once.
  std::uint64_t LastAccessChange() const { return last_access_change_.load(); }
  // Records such a change at `position` (keeps the highest).
  void NoteAccessChange(std::uint64_t position) { KeepHighest(last_access_change_, position); }

  // The position of the latest erasure of personal data a command service
  // made through this log, or 0: after it, old copies of the erased fields
  // in saved views must leave the disk (the server compacts).
  std::uint64_t LastErasure() const { return last_erasure_.load(); }
  // Records an erasure at `position` (keeps the highest).
  void NoteErasure(std::uint64_t position) { KeepHighest(last_erasure_, position); }

 private:
  static void KeepHighest(std::atomic<std::uint64_t>& value, std::uint64_t position) {
    std::uint64_t seen = value.load();
    while (seen < position && !value.compare_exchange_weak(seen, position)) {
    }
  }

  std::atomic<std::uint64_t> last_access_change_{0};
  std::atomic<std::uint64_t> last_erasure_{0};
};

}  // namespace homeward
