#pragma once
// An EventLog held in memory: the same contract as the RocksDB log (versions,
// idempotency, gap-free positions, the hash chain), without a disk. The domain
// is tested on it; it also serves as scratch space for replays.

#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "engine/clock.h"
#include "engine/commit_signal.h"
#include "engine/event_log.h"
#include "engine/idempotency.h"

namespace homeward {

// Thread-safe. Appends are decided and applied under one lock, and answered
// on the calling thread before AppendAsync returns.
class InMemoryLog : public EventLog {
 public:
  // With `keys` null the log keeps its own keys in memory; a scratch log for
  // a replay borrows the keys of the log it copies (they must outlive it).
  explicit InMemoryLog(Clock clock = SystemClockMicros, KeyRing* keys = nullptr)
      : clock_(std::move(clock)), keys_ring_(keys ? keys : &own_keys_) {}

  void AppendAsync(AppendRequest request, AppendCallback done) override;
  Result<std::vector<Envelope>> ReadAll(std::uint64_t from, std::size_t max_count) const override;
  std::uint64_t Head() const override { return signal_.head(); }
  bool WaitForPosition(std::uint64_t position, std::chrono::milliseconds timeout) const override {
    return signal_.WaitFor(position, timeout);
  }
  Result<std::vector<Envelope>> ReadStream(std::string_view stream_id, std::uint64_t from_version,
                                           std::size_t max_count) const override;
  Result<std::uint64_t> StreamVersion(std::string_view stream_id) const override;
  Result<std::vector<std::string>> ListStreams(std::string_view prefix,
                                               std::size_t max_count) const override;
  Result<std::optional<IdempotencyRecord>> FindIdempotencyKey(std::string_view key) const override;
  KeyRing* keys() const override { return keys_ring_; }

 private:
  Result<AppendResult> AppendLocked(const AppendRequest& request);

  Clock clock_;
  mutable MemoryKeyRing own_keys_;
  KeyRing* keys_ring_;
  mutable std::mutex mu_;
  std::vector<Envelope> log_;  // position p at index p-1
  std::map<std::string, std::vector<std::uint64_t>, std::less<>> streams_;  // positions by version
  std::map<std::string, IdempotencyRecord, std::less<>> keys_;
  CommitSignal signal_;
};

}  // namespace homeward
