#pragma once
// The event log on RocksDB: one store directory, one writer thread.

#include <functional>
#include <memory>
#include <string>

#include "engine/clock.h"
#include "engine/event_log.h"
#include "engine/projection_store.h"
#include "engine/verify.h"
#include "engine/writer_stats.h"

namespace rocksdb {
class Env;
}

namespace homeward {

// How to open the RocksDB log.
struct RocksLogOptions {
  bool create_if_missing = true;
  bool read_only = false;  // reads only; appends answer unavailable
  bool sync = true;        // fsync each group commit; off only for benchmarks
  Clock clock = SystemClockMicros;
  // The file system under the store; null: the default. Tests pass one that
  // fails writes as a full or failing disk does.
  rocksdb::Env* env = nullptr;
  // Limits of one group-commit round.
  std::size_t max_round_appends = 4096;
  std::size_t max_round_bytes = 16 << 20;
};

// An EventLog on a RocksDB store. Closing (destruction) answers every queued
// append, then closes the database.
class RocksLog : public EventLog {
 public:
  // Opens the store in `dir` and recovers the head of the log. Errors: as
  // Store::Open; corruption when the head of the log is damaged.
  static Result<std::unique_ptr<RocksLog>> Open(const std::string& dir,
                                                const RocksLogOptions& options);
  ~RocksLog() override;

  void AppendAsync(AppendRequest request, AppendCallback done) override;
  Result<std::vector<Envelope>> ReadAll(std::uint64_t from, std::size_t max_count) const override;
  Result<std::size_t> Visit(std::uint64_t from, std::size_t max_count,
                            const EnvelopeVisitor& visit) const override;
  Result<std::size_t> VisitInto(std::uint64_t from, std::size_t max_count, const EnvelopeSlot& slot,
                                const EnvelopeVisitor& visit) const override;
  std::uint64_t Head() const override;
  bool WaitForPosition(std::uint64_t position, std::chrono::milliseconds timeout) const override;
  Result<std::vector<Envelope>> ReadStream(std::string_view stream_id, std::uint64_t from_version,
                                           std::size_t max_count) const override;
  Result<std::uint64_t> StreamVersion(std::string_view stream_id) const override;
  Result<std::vector<std::string>> ListStreams(std::string_view prefix,
                                               std::size_t max_count) const override;
  std::optional<std::uint64_t> KnownVersion(std::string_view stream_id) const override;
  void LearnVersion(std::string_view stream_id, std::uint64_t version,
                    std::uint64_t as_of) const override;
  Result<std::optional<IdempotencyRecord>> FindIdempotencyKey(std::string_view key) const override;
  KeyRing* keys() const override;

  // The writer's counters (all zero for a read-only log).
  const WriterStats& writer_stats() const;
  const std::string& dir() const;

  // Compacts the store (Store::Compact): after an erasure, so no old
  // projection snapshot keeps the erased fields on disk. Errors: unavailable,
  // also for a read-only log.
  Status Compact() const;

  // Verifies the hash chain of this log (verify.h) while it stays open.
  Result<VerifyReport> Verify() const;

  // A store for projection snapshots in this log's database; it must not
  // outlive the log. Saving through it fails on a read-only log.
  std::unique_ptr<ProjectionStore> NewProjectionStore() const;

 private:
  struct Impl;
  explicit RocksLog(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace homeward
