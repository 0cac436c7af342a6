#pragma once
// What the single writer knows of the committed log: the next position, the
// chain head, stream versions (cached) and idempotency keys (looked up), with
// a per-round overlay so that appends in one round see each other before the
// batch is written, and nothing leaks when the batch fails.

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>

#include "engine/append.h"
#include "engine/store.h"
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

// The digest of an append's content (streams, expectations, events), which
// decides whether a reused idempotency key carries "the same content".
Hash AppendDigest(const AppendRequest& request);

// The writer's view of the log. Used by the writer thread alone.
class WriterState {
 public:
  // Reads the head of the log in `store`. Errors: corruption when the last
  // record or the chain head marker is damaged or they disagree.
  static Result<WriterState> Recover(const Store& store);

  // The next position to assign and the hash to chain from, including what
  // this round has staged.
  std::uint64_t next_position() const { return round_next_; }
  const Hash& head_hash() const { return round_head_; }
  // The same, as last made durable.
  std::uint64_t committed_next_position() const { return next_position_; }

  // The version of `stream_id`, seen through this round's overlay.
  Result<std::uint64_t> StreamVersion(std::string_view stream_id);
  // The stored answer for `key`, seen through this round's overlay.
  Result<std::optional<IdempotencyRecord>> FindIdempotency(const std::string& key);

  // Round overlay: stage changes, then Commit() on a durable write or Discard().
  void StagePosition(std::uint64_t next, const Hash& head);
  void StageStreamVersion(const std::string& stream_id, std::uint64_t version);
  void StageIdempotency(const std::string& key, IdempotencyRecord record);
  // True when `key` was staged in this round and is not yet durable.
  bool IsStaged(const std::string& key) const { return staged_keys_.count(key) != 0; }
  void Commit();
  void Discard();

  const Store* store() const { return store_; }

 private:
  explicit WriterState(const Store& store) : store_(&store) {}

  const Store* store_;
  std::uint64_t next_position_ = 1;
  Hash head_hash_{};
  std::unordered_map<std::string, std::uint64_t> versions_;  // committed, cached
  std::uint64_t round_next_ = 1;
  Hash round_head_{};
  std::unordered_map<std::string, std::uint64_t> staged_versions_;
  std::unordered_map<std::string, IdempotencyRecord> staged_keys_;
};

// The chain head marker's value: position u64 big-endian, then the hash.
std::string EncodeChainHead(std::uint64_t position, const Hash& hash);

}  // namespace homeward
