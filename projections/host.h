#pragma once
// The ProjectionHost keeps a set of projections up to date with the log:
// it loads their snapshots, catches up from there, follows new commits on a
// thread of its own, and saves each projection's state with the position it
// covers. Reads wait, within a bound, until a view has reached the position
// a client asks for, so a client reads its own writes.

#include <array>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <span>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "engine/event_log.h"
#include "engine/projection_store.h"
#include "projections/projection.h"
#include "projections/two_way.h"

namespace homeward {

struct HostOptions {
  // How often a changed projection's snapshot is saved while following.
  std::chrono::milliseconds checkpoint_interval{1000};
  // How often snapshots are saved during a long catch-up (a rebuild, a
  // start-up after downtime): at most this much work is redone after a
  // crash, and a short rebuild saves once, at its end.
  std::chrono::milliseconds catch_up_checkpoint_interval{10000};
  // Where progress of a long catch-up is reported (e.g. the server's log);
  // called at most every `progress_interval`. May be empty.
  std::function<void(const std::string&)> log;
  std::chrono::milliseconds progress_interval{2000};
};

// What /healthz shows of one projection.
struct ProjectionStatus {
  std::string name;
  std::uint32_t version = 0;
  std::uint64_t position = 0;  // applied up to and including
  bool rebuilding = false;     // started from empty (new code version) and not caught up yet
};

// Called during a catch-up with the position reached and the target.
using CatchUpProgress = std::function<void(std::uint64_t done, std::uint64_t target)>;

// Thread-safe. `log` and `store` must outlive the host.
class ProjectionHost {
 public:
  ProjectionHost(const LogReader& log, ProjectionStore& store,
                 std::vector<std::unique_ptr<Projection>> projections, HostOptions options = {});
  // Stops following and saves every changed projection.
  ~ProjectionHost();
  ProjectionHost(const ProjectionHost&) = delete;
  ProjectionHost& operator=(const ProjectionHost&) = delete;

  // Loads every projection's snapshot. One with none, of another code version,
  // damaged, or past the end of the log (restored from an older backup)
  // starts from empty and is rebuilt by the next catch-up.
  // Errors: unavailable when the store cannot be read.
  Status Load();

  // Prepares a rebuild of projection `name` (of every one when empty): the
  // others load their snapshots as Load does; the named start from empty,
  // as after Reset, without their snapshots being read. Errors: not_found
  // for an unknown name; as Load.
  Status LoadForRebuild(std::string_view name);

  // Forgets the state of projection `name` (of all when empty), so the next
  // catch-up rebuilds it from position 1. Errors: not_found for an unknown name.
  Status Reset(std::string_view name);

  // Applies every committed envelope up to the head at the call, saving
  // snapshots as it goes and at the end. Errors: as FoldLog; unavailable when
  // a snapshot cannot be saved.
  Status CatchUp(const CatchUpProgress& progress = nullptr);

  // Starts following the log on a thread of its own; Stop() (or destruction)
  // ends it and saves. A read error stops following; status() reports it.
  void Start();
  void Stop();

  // Calls `fn(state, position)` with the state of the View<State> this host
  // holds, once it has applied `min_position`, under a read lock. Errors:
  // unavailable when it does not get there within `timeout` (or following
  // stopped); not_found when the host holds no such view.
  template <class State, class Fn>
  auto Read(std::uint64_t min_position, std::chrono::milliseconds timeout, Fn&& fn) const
      -> Result<decltype(fn(std::declval<const State&>(), std::uint64_t{}))>;

  // As Read, for several views at once: calls `fn(states..., position)`
  // under one read lock, once every one has applied `min_position`, with
  // the lowest position among them. The follower folds each batch into
  // every view under the write lock, so views that have caught up show the
  // same events: an answer made from several views never mixes two
  // moments of the log. Errors: as Read (not_found naming the first view
  // the host does not hold).
  template <class... States, class Fn>
  auto ReadTogether(std::uint64_t min_position, std::chrono::milliseconds timeout, Fn&& fn) const
      -> Result<decltype(fn(std::declval<const States&>()..., std::uint64_t{}))>;

  // Waits until every projection has applied `position`. Errors: unavailable
  // when they do not get there within `timeout` (or following stopped).
  Status AwaitPosition(std::uint64_t position, std::chrono::milliseconds timeout) const;

  // The state of every projection, and the error that stopped following.
  std::vector<ProjectionStatus> Statuses() const;

  // Asks the follower to save every changed view at its next turn (within
  // a poll interval) rather than when a checkpoint is due.
  void RequestSave();

  // The lowest position up to which every view's saved snapshot reaches.
  std::uint64_t SavedPosition() const;
  Status status() const;

  // The projection called `name`, or null. For tests and tools; not locked.
  const Projection* Find(std::string_view name) const;

 private:
  struct Slot {
    std::unique_ptr<Projection> projection;
    std::uint64_t position = 0;  // applied up to
    std::uint64_t saved = 0;     // position of the last saved snapshot
    bool rebuilding = false;
  };

  // Load, but the projections `rebuilt` names start from empty.
  Status LoadExcept(const std::function<bool(std::string_view)>& rebuilt);
  void StartEmpty(Slot& slot);  // requires mu_
  Status ApplyUpTo(std::uint64_t target, const CatchUpProgress& progress, bool save_at_end);
  Status SaveChanged();
  bool CheckpointDue(std::chrono::steady_clock::duration since_last,
                     std::chrono::milliseconds interval) const;
  void Follow();
  std::uint64_t MinPosition() const;  // requires mu_
  Status WaitFor(std::size_t index, std::uint64_t position, std::chrono::milliseconds timeout,
                 std::shared_lock<std::shared_mutex>& lock) const;
  // Waits, within `timeout` in all, until each of the slots `at` has applied
  // `position`; the lowest position among them. Errors: as WaitFor.
  Result<std::uint64_t> WaitForAll(std::span<const std::size_t> at, std::uint64_t position,
                                   std::chrono::milliseconds timeout,
                                   std::shared_lock<std::shared_mutex>& lock) const;
  // The index of the slot holding View<State>, or slots_.size().
  template <class State>
  std::size_t SlotOf() const {
    for (std::size_t i = 0; i < slots_.size(); ++i)
      if (dynamic_cast<const View<State>*>(slots_[i].projection.get()) != nullptr) return i;
    return slots_.size();
  }
  // The state of slot `i`, which SlotOf<State> found.
  template <class State>
  const State& StateAt(std::size_t i) const {
    return static_cast<const View<State>*>(slots_[i].projection.get())->state();
  }

  const LogReader& log_;
  ProjectionStore& store_;
  HostOptions options_;
  mutable std::shared_mutex mu_;  // guards slots_ state and positions
  mutable std::condition_variable_any advanced_;
  std::vector<Slot> slots_;
  Status status_;
  std::mutex catch_up_mu_;                           // one catch-up at a time
  std::chrono::steady_clock::duration save_cost_{};  // of the last SaveChanged, by the applier
  TwoWay parallel_;  // projections are folded and serialized side by side
  std::atomic<bool> stopping_{false};
  std::atomic<bool> save_requested_{false};
  std::thread follower_;
};

template <class State, class Fn>
auto ProjectionHost::Read(std::uint64_t min_position, std::chrono::milliseconds timeout,
                          Fn&& fn) const
    -> Result<decltype(fn(std::declval<const State&>(), std::uint64_t{}))> {
  return ReadTogether<State>(min_position, timeout, std::forward<Fn>(fn));
}

template <class... States, class Fn>
auto ProjectionHost::ReadTogether(std::uint64_t min_position, std::chrono::milliseconds timeout,
                                  Fn&& fn) const
    -> Result<decltype(fn(std::declval<const States&>()..., std::uint64_t{}))> {
  const std::array<std::size_t, sizeof...(States)> at{SlotOf<States>()...};
  const std::array<std::string_view, sizeof...(States)> names{States::kName...};
  for (std::size_t k = 0; k < at.size(); ++k) {
    if (at[k] == slots_.size()) {
      return NotFound("no projection " + std::string(names[k]) + " is running");
    }
  }
  std::shared_lock lock(mu_);
  Result<std::uint64_t> position = WaitForAll(at, min_position, timeout, lock);
  if (!position.ok()) return position.status();
  return [&]<std::size_t... K>(std::index_sequence<K...>) {
    return fn(StateAt<States>(at[K])..., *position);
  }
  (std::index_sequence_for<States...>{});
}

}  // namespace homeward
