#pragma once
// The single writer: appends from any thread join a queue; one thread takes
// each round of waiting appends, decides each against the current stream
// versions and idempotency keys, writes the whole round as one RocksDB
// WriteBatch with one fsync, then answers every caller. This is group commit:
// one fsync is shared by everything that queued while the previous one ran.

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <thread>

#include "engine/append.h"
#include "engine/clock.h"
#include "engine/commit_signal.h"
#include "engine/store.h"
#include "engine/writer_state.h"

namespace homeward {

// Counters for benchmarks and /metrics. Read with relaxed loads.
struct WriterStats {
  std::atomic<std::uint64_t> rounds{0};
  std::atomic<std::uint64_t> appends{0};
  std::atomic<std::uint64_t> events{0};
  std::atomic<std::uint64_t> write_micros{0};  // time inside the WriteBatch write and its fsync
};

struct WriterOptions {
  bool sync = true;                   // fsync every round; off only for benchmarks
  Clock clock = SystemClockMicros;    // stamps recorded_at
  std::size_t max_round_appends = 4096;
  std::size_t max_round_bytes = 16 << 20;
};

// Owns the writer thread. Not copyable. Submit is thread-safe.
class Writer {
 public:
  // Starts the thread. `store` and `signal` must outlive the writer.
  Writer(Store& store, WriterState state, CommitSignal& signal, WriterOptions options);
  // Answers everything still queued, then stops the thread.
  ~Writer();
  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;

  // Queues an append; `done` runs once on the writer thread (see EventLog::AppendAsync).
  void Submit(AppendRequest request, AppendCallback done);

  const WriterStats& stats() const { return stats_; }

 private:
  struct Pending {
    AppendRequest request;
    AppendCallback done;
    std::size_t bytes = 0;
  };
  // The outcome of staging one append, before the batch is written.
  struct Staged {
    Result<AppendResult> result;
    bool wrote = false;  // it added records to the batch (so it fails if the batch fails)
  };

  void Run();
  void ProcessRound(std::deque<Pending>& round);
  Staged Stage(const AppendRequest& request, rocksdb::WriteBatch& batch);

  Store& store_;
  WriterState state_;
  CommitSignal& signal_;
  WriterOptions options_;
  WriterStats stats_;

  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<Pending> queue_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace homeward
