#pragma once
// Folded states of hot streams, so loading one reads only the events appended
// since it was cached.

#include <cstdint>
#include <optional>
#include <string>

#include "engine/sharded_map.h"

namespace homeward {

// A state folded from its stream, and the stream version it reflects.
template <typename State>
struct Loaded {
  State state;
  std::uint64_t version = 0;
};

// Folded states of hot streams by stream id, so a load reads only the events
// appended since. Thread-safe; bounded (a full shard starts over).
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
