#pragma once
// The single writer. Appends from any thread join a queue, and are staged
// by the threads that submit them; two threads of the writer's own do the
// rest, each at its own pace:
//  - staging decides each append in queue order (stream versions,
//    idempotency keys, including what is staged but not yet durable) and adds
//    its records to the open round's RocksDB WriteBatch. One submitter at a
//    time stages: a submitter that finds another staging leaves its append in
//    the queue and returns, and the one staging takes it before it stops, so
//    no thread is woken to stage and no append waits behind a sleeping one;
//  - the sync thread, whenever it is free, takes the open round, whatever it
//    holds, and writes it with one fsync (group commit: one fsync serves
//    everything that arrived while the previous one ran);
//  - the answering thread answers each written round's callers, so waking
//    them never delays the next fsync.
// Deciding and answering happen while the disk syncs, not in between.

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

#include "engine/append.h"
#include "engine/clock.h"
#include "engine/commit_signal.h"
#include "engine/recent_records.h"
#include "engine/store.h"
#include "engine/writer_state.h"
#include "engine/writer_stats.h"

namespace homeward {

struct WriterOptions {
  bool sync = true;                 // fsync every round; off only for benchmarks
  Clock clock = SystemClockMicros;  // stamps recorded_at
  std::size_t max_round_appends = 4096;
  std::size_t max_round_bytes = 16 << 20;
};

// Owns the writer's threads. Not copyable. Submit is thread-safe.
class Writer {
 public:
  // Starts the threads. `store`, `signal` and `recent` must outlive the
  // writer; each written round's records go to `recent` (when not null)
  // before its head is published.
  Writer(Store& store, WriterState state, CommitSignal& signal, WriterOptions options,
         RecentRecords* recent = nullptr);
  // Writes and answers everything still queued, then stops the threads.
  ~Writer();
  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;

  // Queues an append, and stages it (with any queued behind it) unless
  // another submitter is staging; blocks only while the open round is full
  // (max_round_appends or max_round_bytes) until the sync thread takes it.
  // `done` runs once, on the answering thread, or on the calling thread for a
  // request refused before it is queued (see EventLog::AppendAsync).
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
    bool durable_only = false;  // holds only if its round's write succeeds
  };
  // Appends staged together, written with one fsync, answered together.
  struct Round {
    std::deque<Pending> pending;
    std::vector<Staged> staged;
    rocksdb::WriteBatch batch;
    std::vector<std::string> records;  // the log records the batch adds, in position order
    std::uint64_t events = 0;          // events the batch adds to the log
    std::uint64_t bytes = 0;
    std::uint64_t head = 0;  // the log's last position once it is written
  };

  // Stages what is queued until the queue is empty, then gives up staging.
  // Called by the one submitter that set staging_. An exception here (memory
  // exhausted) ends the process, as it would on a thread of its own: the
  // appends queued behind it would otherwise wait for ever.
  void StageQueued() noexcept;
  // Stages one queued append into the open round, waiting for room.
  void StageInOpenRound(Pending pending);
  void SyncLoop();
  void AnswerLoop();
  // Decides one append and adds it to `round`'s batch and records.
  Staged StageOne(const AppendRequest& request, Round& round);
  // Hands a written (or failed) round to the answering thread.
  void ToAnswer(Round round, const Status& failed);
  bool OpenRoundFull() const;

  Store& store_;
  CommitSignal& signal_;
  RecentRecords* recent_;
  WriterOptions options_;
  WriterStats stats_;

  // The queue of appends not yet staged, and whether a submitter is staging
  // (it empties the queue before it clears this).
  std::mutex queue_mu_;
  std::condition_variable queue_cv_;  // staging stopped (for the destructor)
  std::deque<Pending> queue_;
  bool staging_ = false;
  bool stopping_ = false;

  // What the staging and sync threads share: the state, the open round and
  // whether a write failed. Guarded by stage_mu_.
  std::mutex stage_mu_;
  std::condition_variable stage_cv_;  // the open round has appends, or it has room again
  WriterState state_;
  Round open_;
  bool staging_done_ = false;
  Status poisoned_;  // set by a failed write: every later append is answered with it

  // Written rounds whose callers wait for their answers.
  std::mutex answer_mu_;
  std::condition_variable answer_cv_;
  std::deque<Round> answers_;
  bool syncing_done_ = false;

  std::thread sync_thread_;
  std::thread answer_thread_;
};

}  // namespace homeward
