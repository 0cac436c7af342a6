#include "projections/fold.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include "engine/seal.h"
#include "engine/thread_name.h"
#include "projections/two_way.h"

namespace homeward {
namespace {

// Envelopes per batch, and batches in flight: enough to keep both threads
// busy, little enough that a replay of a long log holds little in memory and
// that a batch is still in the caches when the folding side takes it (on the
// 2-core machine, batches of 512 rebuilt faster than of 1,024 or of 128).
constexpr std::size_t kBatch = 512;
constexpr std::size_t kBatches = 4;

struct Batch {
  std::vector<Decoded> items{kBatch};
  std::size_t count = 0;
};

// The hand-over between the reading thread and the folding one.
class Pipe {
 public:
  Pipe() {
    for (std::size_t i = 0; i < kBatches; ++i) free_.push_back(&batches_[i]);
  }
  // Reader side.
  Batch* TakeFree() {
    std::unique_lock lock(mu_);
    cv_.wait(lock, [&] { return !free_.empty(); });
    Batch* b = free_.front();
    free_.pop_front();
    return b;
  }
  void PutFull(Batch* b) {
    std::lock_guard lock(mu_);
    full_.push_back(b);
    cv_.notify_all();
  }
  void Finish(Status status) {
    std::lock_guard lock(mu_);
    finished_ = true;
    status_ = std::move(status);
    cv_.notify_all();
  }
  // Folder side: the next full batch, or null at the end.
  Batch* TakeFull() {
    std::unique_lock lock(mu_);
    cv_.wait(lock, [&] { return !full_.empty() || finished_; });
    if (full_.empty()) return nullptr;
    Batch* b = full_.front();
    full_.pop_front();
    return b;
  }
  void PutFree(Batch* b) {
    std::lock_guard lock(mu_);
    free_.push_back(b);
    cv_.notify_all();
  }
  Status status() {
    std::lock_guard lock(mu_);
    return status_;
  }
  // Folder side: asks the reader to stop early.
  void Cancel() { cancelled_.store(true, std::memory_order_relaxed); }
  bool cancelled() const { return cancelled_.load(std::memory_order_relaxed); }

 private:
  Batch batches_[kBatches];
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<Batch*> free_, full_;
  bool finished_ = false;
  Status status_;
  std::atomic<bool> cancelled_{false};
};

// Why `envelope` did not open, naming it.
Status Undecodable(const Envelope& envelope, const Status& why) {
  return Corruption("position " + std::to_string(envelope.position) + " (" + envelope.type +
                    "): " + why.message());
}

// Decodes the event of the envelope in `slot`, reusing the slot's storage.
Status Decode(Decoded& slot, const KeyRing* keys) {
  if (Status s = OpenEventInto(slot.envelope, keys, &slot.event); !s.ok())
    return Undecodable(slot.envelope, s);
  return Status::Ok();
}

// Reads [from, last] into batches until the limit; the events are decoded
// on the folding side, where two threads share the work.
void Produce(const LogReader& log, std::uint64_t from, std::uint64_t last, const FoldLimit& limit,
             Pipe& pipe) {
  std::uint64_t next = from;
  Batch* batch = nullptr;
  Status failed;
  bool stopped = false;
  while (next <= last && !stopped && failed.ok()) {
    const std::size_t want =
        static_cast<std::size_t>(std::min<std::uint64_t>(16 * kBatch, last - next + 1));
    // Each record decodes straight into the next slot of a batch, into the
    // storage an earlier batch sized.
    const EnvelopeSlot slot = [&] {
      if (batch == nullptr) batch = pipe.TakeFree();
      return &batch->items[batch->count].envelope;
    };
    Result<std::size_t> seen = log.VisitInto(next, want, slot, [&](Envelope& envelope) {
      if (envelope.recorded_at_us > limit.recorded_until_us || pipe.cancelled()) {
        stopped = true;
        return false;
      }
      next = envelope.position + 1;
      if (++batch->count == kBatch) {
        pipe.PutFull(batch);
        batch = nullptr;
      }
      return true;
    });
    if (!seen.ok()) failed = seen.status();
    if (seen.ok() && *seen == 0) break;
  }
  if (batch != nullptr && batch->count > 0) pipe.PutFull(batch);
  pipe.Finish(failed);
}

// Decodes the events of `batch` on both of `two`'s threads. Returns how many
// lead the first that does not decode (all when every one does), with that
// one's error in `*failed`.
std::size_t DecodeBatch(Batch& batch, const KeyRing* keys, TwoWay& two, Status* failed) {
  constexpr std::size_t kParts = 8;
  const std::size_t part = (batch.count + kParts - 1) / kParts;
  std::size_t first_bad[kParts];
  Status why[kParts];
  two.Run(kParts, [&](std::size_t p) {
    first_bad[p] = batch.count;
    const std::size_t end = std::min(batch.count, (p + 1) * part);
    for (std::size_t i = p * part; i < end; ++i) {
      if (Status s = Decode(batch.items[i], keys); !s.ok()) {
        first_bad[p] = i;
        why[p] = std::move(s);
        return;
      }
    }
  });
  for (std::size_t p = 0; p < kParts; ++p) {
    if (first_bad[p] < batch.count) {
      *failed = std::move(why[p]);
      return first_bad[p];
    }
  }
  return batch.count;
}

}  // namespace

Result<Event> DecodeEnvelopeEvent(const Envelope& envelope, const KeyRing* keys) {
  Result<Event> event = OpenEvent(envelope, keys);
  if (!event.ok()) return Undecodable(envelope, event.status());
  return event;
}

Result<std::uint64_t> FoldLogBatches(const LogReader& log, std::uint64_t from,
                                     const FoldLimit& limit, const FoldBatchSink& sink,
                                     const FoldProgress& progress) {
  if (from == 0) from = 1;
  const std::uint64_t last = std::min(log.Head(), limit.position);
  std::uint64_t done = from - 1;
  if (from > last) return done;
  if (last - from < kBatch) {
    // A follower's step: a few envelopes, read and folded on this thread.
    std::vector<Decoded> items(last - from + 1);
    std::size_t count = 0;
    Status failed;
    const EnvelopeSlot slot = [&] { return &items[count].envelope; };
    Result<std::size_t> seen = log.VisitInto(from, items.size(), slot, [&](Envelope& envelope) {
      if (envelope.recorded_at_us > limit.recorded_until_us) return false;
      failed = Decode(items[count], log.keys());
      return failed.ok() && ++count < items.size();
    });
    if (!seen.ok()) return seen.status();
    if (!failed.ok()) return failed;
    if (count == 0) return done;
    sink(items, count);
    done = items[count - 1].envelope.position;
    if (progress) progress(done);
    return done;
  }
  Pipe pipe;
  TwoWay two;
  Status failed;
  std::thread reader = NamedThread("hw-log-reader", [&] { Produce(log, from, last, limit, pipe); });
  while (Batch* batch = pipe.TakeFull()) {
    const std::size_t good = failed.ok() ? DecodeBatch(*batch, log.keys(), two, &failed) : 0;
    if (good > 0) {
      sink(batch->items, good);
      done = batch->items[good - 1].envelope.position;
    }
    batch->count = 0;
    if (!failed.ok()) pipe.Cancel();  // what the reader still hands over is dropped
    pipe.PutFree(batch);
    if (good > 0 && progress) progress(done);
  }
  reader.join();
  if (!failed.ok()) return failed;
  if (Status s = pipe.status(); !s.ok()) return s;
  return done;
}

Result<std::uint64_t> FoldLog(const LogReader& log, std::uint64_t from, const FoldLimit& limit,
                              const FoldSink& sink, const FoldProgress& progress) {
  return FoldLogBatches(
      log, from, limit,
      [&](const std::vector<Decoded>& batch, std::size_t count) {
        for (std::size_t i = 0; i < count; ++i) sink(batch[i].envelope, batch[i].event);
      },
      progress);
}

}  // namespace homeward
