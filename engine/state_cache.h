#pragma once
// Folded states of hot streams, so loading one reads only the events appended
// since it was cached.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "engine/sharded_map.h"

namespace homeward {

// A state folded from its stream, and the stream version it reflects. The
// state is immutable and shared: the cache and every command that loaded it
// hold the same one, so a load copies no state; a change folds a copy.
template <typename State>
struct Loaded {
  // The empty state at version 0: a stream with no events.
  Loaded() = default;
  // `folded` as of stream version `at`.
  Loaded(State folded, std::uint64_t at)
      : shared(std::make_shared<const State>(std::move(folded))), version(at) {}

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

// Folded states of hot streams by stream id, so a load reads only the events
// appended since. Thread-safe; bounded (a full shard starts over). Getting
// and putting share the state, never copy it.
template <typename State>
class StateCache {
 public:
  // The cached state of `stream`, if any.
  std::optional<Loaded<State>> Get(const std::string& stream) const { return states_.Get(stream); }
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
