#include "engine/writer.h"

#include <chrono>

#include "engine/chain.h"
#include "engine/keys.h"
#include "engine/thread_name.h"

namespace homeward {
namespace {

std::size_t RequestBytes(const AppendRequest& request) {
  std::size_t bytes = 0;
  for (const auto& stream : request.streams)
    for (const auto& event : stream.events)
      bytes += event.payload.size() + event.sealed.size() + event.type.size();
  return bytes;
}

}  // namespace

Writer::Writer(Store& store, WriterState state, CommitSignal& signal, WriterOptions options,
               RecentRecords* recent)
    : store_(store),
      signal_(signal),
      recent_(recent),
      options_(std::move(options)),
      state_(std::move(state)) {
  sync_thread_ = NamedThread("hw-sync", [this] { SyncLoop(); });
  answer_thread_ = NamedThread("hw-answer", [this] { AnswerLoop(); });
}

Writer::~Writer() {
  {
    // No append is queued after this, and whoever is staging empties the
    // queue before it stops.
    std::unique_lock lock(queue_mu_);
    stopping_ = true;
    queue_cv_.wait(lock, [&] { return !staging_; });
  }
  {
    std::lock_guard lock(stage_mu_);
    staging_done_ = true;
  }
  stage_cv_.notify_all();
  sync_thread_.join();
  answer_thread_.join();
}

void Writer::Submit(AppendRequest request, AppendCallback done) {
  if (Status s = ValidateAppend(request); !s.ok()) {
    done(std::move(s));  // a malformed request never reaches the writer's threads
    return;
  }
  const std::size_t bytes = RequestBytes(request);
  {
    std::unique_lock lock(queue_mu_);
    if (!stopping_) {
      queue_.push_back(Pending{std::move(request), std::move(done), bytes});
      if (staging_) return;  // the submitter staging takes this one before it stops
      staging_ = true;
      lock.unlock();
      StageQueued();
      return;
    }
  }
  done(Unavailable("the log is closing"));
}

void Writer::StageQueued() noexcept {
  for (;;) {
    std::deque<Pending> taken;
    {
      std::lock_guard lock(queue_mu_);
      if (queue_.empty()) {
        staging_ = false;
        queue_cv_.notify_all();
        return;
      }
      taken.swap(queue_);
    }
    for (Pending& pending : taken) StageInOpenRound(std::move(pending));
  }
}

bool Writer::OpenRoundFull() const {
  return open_.pending.size() >= options_.max_round_appends ||
         open_.bytes >= options_.max_round_bytes;
}

void Writer::StageInOpenRound(Pending pending) {
  // One append at a time under the lock, so the sync thread can take the
  // open round between any two of them the moment it is free.
  std::unique_lock lock(stage_mu_);
  if (OpenRoundFull()) {
    stage_cv_.notify_all();  // make sure the sync thread knows, then wait for room
    stage_cv_.wait(lock, [&] { return !OpenRoundFull(); });
  }
  const bool was_empty = open_.pending.empty();
  if (was_empty) state_.BeginRound();
  Staged staged = StageOne(pending.request, open_);
  if (staged.durable_only && !staged.result->replayed) {
    open_.events += staged.result->positions.size();
  }
  open_.bytes += pending.bytes;
  open_.staged.push_back(std::move(staged));
  open_.pending.push_back(std::move(pending));
  lock.unlock();
  if (was_empty) stage_cv_.notify_all();  // the sync thread may be waiting for work
}

void Writer::SyncLoop() {
  for (;;) {
    Round round;
    {
      std::unique_lock lock(stage_mu_);
      stage_cv_.wait(lock, [&] { return !open_.pending.empty() || staging_done_; });
      if (open_.pending.empty()) break;  // staging is done and everything is written
      round = std::move(open_);
      open_ = Round();
      round.head = state_.next_position() - 1;
      if (round.events > 0) {
        round.batch.Put(store_.meta(), keys::kChainHeadKey,
                        EncodeChainHead(round.head, state_.head_hash()));
      }
    }
    stage_cv_.notify_all();  // the open round has room again

    Status failed;
    if (round.events > 0) {
      rocksdb::WriteOptions write_options;
      write_options.sync = options_.sync;
      const auto started = std::chrono::steady_clock::now();
      const rocksdb::Status written = store_.db()->Write(write_options, &round.batch);
      const auto took = std::chrono::duration_cast<std::chrono::microseconds>(
                            std::chrono::steady_clock::now() - started)
                            .count();
      stats_.write_micros.fetch_add(took, std::memory_order_relaxed);
      stats_.write_seconds.Observe(static_cast<double>(took) / 1e6);
      failed = FromRocks(written, "writing to the log");
      if (!failed.ok()) store_.NoteWriteFailure();
    }

    if (failed.ok()) {
      {
        std::lock_guard lock(stage_mu_);
        state_.CommitOldest();
      }
      if (round.events > 0) {
        stats_.rounds.fetch_add(1, std::memory_order_relaxed);
        stats_.events.fetch_add(round.events, std::memory_order_relaxed);
        // Readers near the head find the records in memory once the head says they are there.
        if (recent_ != nullptr && round.records.size() == round.events) {
          recent_->Add(round.head - round.events + 1, std::move(round.records));
        }
        signal_.Publish(round.head);  // before the answers, so a caller reads its own write
      }
      ToAnswer(std::move(round), failed);
      continue;
    }
    // A failed write leaves its outcome unknown: RocksDB may or may not replay
    // it after a restart. The writer stops here rather than reuse positions
    // that may be taken; every append in flight, and every later one, is
    // answered with the reason, and reopening the store recovers the truth.
    failed = Unavailable(failed.message() +
                         "; the outcome of the appends in flight is unknown: reopen the store "
                         "and retry with the same idempotency keys");
    Round orphan;
    {
      std::lock_guard lock(stage_mu_);
      poisoned_ = failed;
      state_.DiscardAll();
      orphan = std::move(open_);
      open_ = Round();
    }
    stage_cv_.notify_all();
    ToAnswer(std::move(round), failed);
    ToAnswer(std::move(orphan), failed);
  }
  std::lock_guard lock(answer_mu_);
  syncing_done_ = true;
  answer_cv_.notify_one();
}

void Writer::ToAnswer(Round round, const Status& failed) {
  if (round.pending.empty()) return;
  if (!failed.ok()) {
    // Refusals too: they were decided against state that may not be durable.
    for (Staged& staged : round.staged) staged.result = failed;
  }
  {
    std::lock_guard lock(answer_mu_);
    answers_.push_back(std::move(round));
  }
  answer_cv_.notify_one();
}

void Writer::AnswerLoop() {
  for (;;) {
    Round round;
    {
      std::unique_lock lock(answer_mu_);
      answer_cv_.wait(lock, [&] { return !answers_.empty() || syncing_done_; });
      if (answers_.empty()) return;
      round = std::move(answers_.front());
      answers_.pop_front();
    }
    // Waking a caller may hand it the CPU; here that does not delay the next fsync.
    stats_.appends.fetch_add(round.pending.size(), std::memory_order_relaxed);
    stats_.round_appends.Observe(static_cast<double>(round.pending.size()));
    for (std::size_t i = 0; i < round.pending.size(); ++i) {
      round.pending[i].done(std::move(round.staged[i].result));
    }
  }
}

}  // namespace homeward
