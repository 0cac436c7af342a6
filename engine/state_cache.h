#pragma once
// Folded states of hot streams, so loading one reads only the events appended
// since it was cached.

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>

#include "engine/sharded_map.h"

namespace homeward {

// A state folded from its stream, and the stream version it reflects. The
// state is immutable while shared: the cache and every command that loaded it
// hold the same one, so a load copies no state; a change folds a copy, or the
// state itself once nothing else holds it (StateCache::Advance).
template <typename State>
struct Loaded {
  // The empty state at version 0: a stream with no events.
  Loaded() = default;
  // `folded` as of stream version `at`. (Made as a changeable object, so that
  // its last holder may change it.)
  Loaded(State folded, std::uint64_t at)
      : shared(std::make_shared<State>(std::move(folded))), version(at) {}

  // A state shared as it is, as of stream version `at`.
  Loaded(std::shared_ptr<const State> held, std::uint64_t at)
      : shared(std::move(held)), version(at) {}

  // The state (the empty one when none was folded).
  const State& state() const { return shared ? *shared : Empty(); }

  std::shared_ptr<const State> shared;
  std::uint64_t version = 0;

 private:
  static const State& Empty() {
    static const State empty{};
    return empty;
  }
};

// The state `held` points to, to be changed: that same object when `held` is
// its only holder, else a copy, so other holders go on with it unchanged. The
// object must have been made changeable (std::make_shared of the non-const
// type). When it is handed back as it is, whatever its earlier holders did
// with it happened before the caller's change.
template <typename T>
std::shared_ptr<std::remove_const_t<T>> ToChange(std::shared_ptr<T> held) {
  using State = std::remove_const_t<T>;
  if (held.use_count() != 1) return std::make_shared<State>(*held);
  // Every other holder has let go; their reads happened before their release,
  // and this fence orders them before the change (as a shared_ptr's own last
  // release does before deleting).
  std::atomic_thread_fence(std::memory_order_acquire);
  return std::const_pointer_cast<State>(std::move(held));
}

// A state folded outside the command service, by a view that applies every
// commit in log order: as of published log position `as_of`.
template <typename State>
struct SourcedState {
  Loaded<State> loaded;
  std::uint64_t as_of = 0;
};

// Where the command service finds states folded by a view following the log
// (projections/volunteer_states.h), so the first load of a stream since the
// process started need not read it. Thread-safe.
template <typename State>
class StateSource {
 public:
  virtual ~StateSource() = default;
  // The state of `stream` the view holds, if any. It may be behind the log:
  // the service reads what was appended since, or an append decided on it
  // conflicts and is decided again.
  virtual std::optional<SourcedState<State>> Find(const std::string& stream) const = 0;
};

// Folded states of hot streams by stream id, so a load reads only the events
// appended since. Thread-safe; bounded (a full shard starts over). Getting
// and putting share the state, never copy it.
template <typename State>
class StateCache {
 public:
  // The cached state of `stream`, if any.
  std::optional<Loaded<State>> Get(const std::string& stream) const { return states_.Get(stream); }
  // Advances the cached state of `stream`, when it is the one at `version`,
  // to version `to` by `fold` (called with the state to change, ToChange's:
  // the state itself when the cache held its only reference, else a copy). A state
  // cached at another version, or none, is left as it is. While it is folded
  // the stream is not cached: a load meanwhile reads it, as after a miss.
  // Every state shared with the cache must have been made changeable
  // (Loaded's constructor from a State, or std::make_shared<State>).
  template <typename Fold>
  void Advance(const std::string& stream, std::uint64_t version, std::uint64_t to, Fold fold) {
    std::optional<Loaded<State>> cached = states_.Take(stream);
    if (!cached) return;
    if (cached->version != version || !cached->shared) return Put(stream, *cached);
    std::shared_ptr<State> state = ToChange(std::move(cached->shared));
    fold(*state);
    Put(stream, Loaded<State>(std::shared_ptr<const State>(std::move(state)), to));
  }

  // Caches `loaded` as the state of `stream`, unless a newer one is cached:
  // a slower loader must not replace a newer state with an older one.
  void Put(const std::string& stream, const Loaded<State>& loaded) {
    states_.PutUnless(stream, loaded, [&](const Loaded<State>& cached) {
      return cached.version >= loaded.version;
    });
  }

 private:
  ShardedMap<Loaded<State>> states_{16 * 8192, 16};
};

}  // namespace homeward
