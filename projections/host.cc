#include "projections/host.h"

#include <algorithm>
#include <optional>

#include "engine/thread_name.h"
#include "projections/fold.h"

namespace homeward {
namespace {

using Clock = std::chrono::steady_clock;
// How long the follower waits for a commit before it checks for a stop.
constexpr std::chrono::milliseconds kPoll{50};
// Batches at least this long are folded into the projections side by side.
constexpr std::size_t kParallelBatch = 256;

}  // namespace

ProjectionHost::ProjectionHost(const LogReader& log, ProjectionStore& store,
                               std::vector<std::unique_ptr<Projection>> projections,
                               HostOptions options)
    : log_(log), store_(store), options_(std::move(options)) {
  for (auto& projection : projections) slots_.push_back(Slot{std::move(projection)});
}

ProjectionHost::~ProjectionHost() { Stop(); }

Status ProjectionHost::CatchUp(const CatchUpProgress& progress) {
  std::lock_guard catch_up(catch_up_mu_);
  return ApplyUpTo(log_.Head(), progress, true);
}

std::uint64_t ProjectionHost::MinPosition() const {
  std::uint64_t min = UINT64_MAX;
  for (const Slot& slot : slots_) min = std::min(min, slot.position);
  return slots_.empty() ? 0 : min;
}

Status ProjectionHost::ApplyUpTo(std::uint64_t target, const CatchUpProgress& progress,
                                 bool save_at_end) {
  std::uint64_t from;
  {
    std::shared_lock lock(mu_);
    from = MinPosition() + 1;
  }
  if (from > target) {
    if (progress) progress(target, target);
    return save_at_end ? SaveChanged() : Status::Ok();
  }
  const Clock::time_point started = Clock::now();
  Clock::time_point last_save = started, last_log = started;
  const FoldBatchSink sink = [&](const std::vector<Decoded>& batch, std::size_t count) {
    const auto fold = [&](std::size_t i) {
      Slot& slot = slots_[i];
      for (std::size_t k = 0; k < count; ++k) {
        const Decoded& d = batch[k];
        if (slot.position >= d.envelope.position) continue;
        slot.projection->Apply(d.envelope, d.event);
        slot.position = d.envelope.position;
      }
    };
    std::unique_lock lock(mu_);
    // Projections share nothing, so a long batch is folded into them on both
    // threads at once; a follower's few envelopes are not worth the hand-over.
    if (count < kParallelBatch) {
      for (std::size_t i = 0; i < slots_.size(); ++i) fold(i);
    } else {
      parallel_.Run(slots_.size(), fold);
    }
  };
  Status save_status;
  const FoldProgress on_chunk = [&](std::uint64_t done) {
    advanced_.notify_all();
    if (progress) progress(done, target);
    const Clock::time_point now = Clock::now();
    if (options_.log && now - last_log >= options_.progress_interval) {
      last_log = now;
      const double seconds = std::chrono::duration<double>(now - started).count();
      options_.log("projections: " + std::to_string(done) + " of " + std::to_string(target) +
                   " events applied (" +
                   std::to_string(static_cast<long long>((done - from + 1) / seconds)) + "/s)");
    }
    if (CheckpointDue(now - last_save, options_.catch_up_checkpoint_interval) && save_status.ok()) {
      save_status = SaveChanged();
      last_save = Clock::now();
    }
  };
  Result<std::uint64_t> done = FoldLogBatches(log_, from, FoldLimit{target}, sink, on_chunk);
  if (!done.ok()) {
    advanced_.notify_all();
    return done.status();
  }
  {
    std::unique_lock lock(mu_);
    for (Slot& slot : slots_)
      if (slot.position >= target) slot.rebuilding = false;
  }
  advanced_.notify_all();
  if (!save_status.ok()) return save_status;
  return save_at_end ? SaveChanged() : Status::Ok();
}

bool ProjectionHost::CheckpointDue(std::chrono::steady_clock::duration since_last,
                                   std::chrono::milliseconds interval) const {
  // Saving never takes more than about a twentieth of the time: a large view
  // is saved less often.
  return since_last >= std::max<std::chrono::steady_clock::duration>(interval, 20 * save_cost_);
}

Status ProjectionHost::SaveChanged() {
  const Clock::time_point started = Clock::now();
  // Serialize and store every changed projection, side by side: one view's
  // write (and the flush it starts) overlaps another's serializing, and each
  // snapshot is let go as soon as it is stored. Only the applying thread
  // (the caller) changes states, so a shared lock gives consistent states
  // while readers go on.
  std::vector<std::optional<std::uint64_t>> stored(slots_.size());
  std::vector<Status> failed(slots_.size());
  {
    std::shared_lock lock(mu_);
    parallel_.Run(slots_.size(), [&](std::size_t i) {
      const Slot& slot = slots_[i];
      if (slot.saved == slot.position) return;
      const ProjectionSnapshot snapshot{slot.projection->version(), slot.position,
                                        slot.projection->Save()};
      failed[i] = store_.Save(slot.projection->name(), snapshot);
      if (failed[i].ok()) stored[i] = slot.position;
    });
  }
  {
    std::unique_lock lock(mu_);
    for (std::size_t i = 0; i < slots_.size(); ++i)
      if (stored[i]) slots_[i].saved = *stored[i];
  }
  for (const Status& s : failed)
    if (!s.ok()) return s;
  save_cost_ = Clock::now() - started;
  return Status::Ok();
}

void ProjectionHost::Start() {
  if (follower_.joinable()) return;
  stopping_.store(false, std::memory_order_release);
  follower_ = NamedThread("hw-views", [this] { Follow(); });
}

void ProjectionHost::Stop() {
  stopping_.store(true, std::memory_order_release);
  if (follower_.joinable()) follower_.join();
  std::lock_guard catch_up(catch_up_mu_);
  Status s = SaveChanged();
  if (!s.ok() && options_.log) options_.log("projections: " + s.message());
}

void ProjectionHost::Follow() {
  Clock::time_point last_save = Clock::now();
  while (!stopping_.load(std::memory_order_acquire)) {
    std::uint64_t next;
    {
      std::shared_lock lock(mu_);
      next = MinPosition() + 1;
    }
    const bool arrived = log_.WaitForPosition(next, kPoll);
    std::lock_guard catch_up(catch_up_mu_);
    Status s = arrived ? ApplyUpTo(log_.Head(), nullptr, false) : Status::Ok();
    if (s.ok() && (CheckpointDue(Clock::now() - last_save, options_.checkpoint_interval) ||
                   save_requested_.exchange(false))) {
      s = SaveChanged();
      last_save = Clock::now();
    }
    if (!s.ok()) {
      std::unique_lock lock(mu_);
      status_ = s;
      advanced_.notify_all();
      if (options_.log) options_.log("projections stopped: " + s.message());
      return;
    }
  }
}

Status ProjectionHost::WaitFor(std::size_t index, std::uint64_t position,
                               std::chrono::milliseconds timeout,
                               std::shared_lock<std::shared_mutex>& lock) const {
  advanced_.wait_for(lock, timeout,
                     [&] { return slots_[index].position >= position || !status_.ok(); });
  if (slots_[index].position >= position) return Status::Ok();
  if (!status_.ok()) return Unavailable("projections stopped: " + status_.message());
  return Unavailable("projection " + std::string(slots_[index].projection->name()) +
                     " has applied up to position " + std::to_string(slots_[index].position) +
                     ", not yet " + std::to_string(position) + "; retry");
}

Result<std::uint64_t> ProjectionHost::WaitForAll(std::span<const std::size_t> at,
                                                 std::uint64_t position,
                                                 std::chrono::milliseconds timeout,
                                                 std::shared_lock<std::shared_mutex>& lock) const {
  const auto deadline = Clock::now() + timeout;
  for (std::size_t i : at) {
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
    if (Status s = WaitFor(i, position, std::max(left, std::chrono::milliseconds(0)), lock);
        !s.ok())
      return s;
  }
  // Positions only grow, and none moves while the lock is held: every one
  // waited for above still holds `position`.
  std::uint64_t lowest = UINT64_MAX;
  for (std::size_t i : at) lowest = std::min(lowest, slots_[i].position);
  return lowest;
}

Status ProjectionHost::AwaitPosition(std::uint64_t position,
                                     std::chrono::milliseconds timeout) const {
  std::vector<std::size_t> every(slots_.size());
  for (std::size_t i = 0; i < every.size(); ++i) every[i] = i;
  std::shared_lock lock(mu_);
  Result<std::uint64_t> reached = WaitForAll(every, position, timeout, lock);
  return reached.ok() ? Status::Ok() : reached.status();
}

void ProjectionHost::RequestSave() { save_requested_.store(true); }

std::uint64_t ProjectionHost::SavedPosition() const {
  std::shared_lock lock(mu_);
  std::uint64_t saved = UINT64_MAX;
  for (const Slot& slot : slots_) saved = std::min(saved, slot.saved);
  return slots_.empty() ? 0 : saved;
}

std::vector<ProjectionStatus> ProjectionHost::Statuses() const {
  std::shared_lock lock(mu_);
  std::vector<ProjectionStatus> out;
  for (const Slot& slot : slots_) {
    out.push_back({std::string(slot.projection->name()), slot.projection->version(), slot.position,
                   slot.rebuilding});
  }
  return out;
}

Status ProjectionHost::status() const {
  std::shared_lock lock(mu_);
  return status_;
}

const Projection* ProjectionHost::Find(std::string_view name) const {
  for (const Slot& slot : slots_)
    if (slot.projection->name() == name) return slot.projection.get();
  return nullptr;
}

}  // namespace homeward
