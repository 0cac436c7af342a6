#pragma once
// What the single writer knows of the committed log: the next position, the
// chain head, stream versions (cached) and idempotency keys (looked up), with
// a per-round overlay so that appends in one round see each other before the
// batch is written, and nothing leaks when the batch fails.

#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

#include "engine/append.h"
#include "engine/committed_versions.h"
#include "engine/idempotency.h"
#include "engine/store.h"
#include "events/envelope.h"

namespace homeward {

// The writer's view of the log. Rounds are staged on top of each other while
// earlier ones are still being written: each round keeps an overlay of what
// it changed, and the overlays are folded into the committed view in order as
// their writes become durable, or all dropped when one fails.
// Not thread-safe: the Writer guards it with its stage_mu_.
class WriterState {
 public:
  // Reads the head of the log in `store`. Errors: corruption when the last
  // record or the chain head marker is damaged or they disagree.
  static Result<WriterState> Recover(const Store& store);

  // The next position to assign and the hash to chain from, including every
  // staged round.
  std::uint64_t next_position() const;
  const Hash& head_hash() const;
  // The same, as last made durable.
  std::uint64_t committed_next_position() const { return next_position_; }

  // The version of `stream_id`, seen through the staged rounds.
  Result<std::uint64_t> StreamVersion(std::string_view stream_id);
  // The stored answer for `key`, seen through the staged rounds. `*in_flight`
  // tells whether that answer is staged but not yet durable.
  Result<std::optional<IdempotencyRecord>> FindIdempotency(const std::string& key, bool* in_flight);

  // Starts a new round's overlay; the Stage* calls below go into it.
  void BeginRound();
  void StagePosition(std::uint64_t next, const Hash& head);
  void StageStreamVersion(const std::string& stream_id, std::uint64_t version);
  void StageIdempotency(const std::string& key, IdempotencyRecord record);
  // The oldest staged round is durable: fold it into the committed view.
  void CommitOldest();
  // A write failed: drop every staged round.
  void DiscardAll();
  // The committed stream versions this state knows, for readers
  // (EventLog::KnownVersion), who also teach it what they read from the
  // store (CommittedVersions::Learn): the one cache of them, shared.
  std::shared_ptr<CommittedVersions> versions() const { return versions_; }
  // Rounds staged and not yet committed or discarded.
  std::size_t rounds_in_flight() const { return rounds_.size(); }

 private:
  struct Overlay {
    std::uint64_t next_position = 0;
    Hash head_hash{};
    std::unordered_map<std::string, std::uint64_t> versions;
    std::unordered_map<std::string, IdempotencyRecord> keys;
  };

  explicit WriterState(const Store& store) : store_(&store) {}

  const Store* store_;
  std::uint64_t next_position_ = 1;
  Hash head_hash_{};
  // Committed versions, cached (bounded); published as they are learned.
  std::shared_ptr<CommittedVersions> versions_ = std::make_shared<CommittedVersions>();
  std::deque<Overlay> rounds_;  // oldest first
};

// The chain head marker's value: position u64 big-endian, then the hash.
std::string EncodeChainHead(std::uint64_t position, const Hash& hash);

}  // namespace homeward
