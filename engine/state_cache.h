#pragma once
// Folded states of hot streams, so loading one reads only the events appended
// since it was cached.

#include <array>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

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
  std::optional<Loaded<State>> Get(const std::string& stream) const {
    const Shard& shard = ShardOf(stream);
    std::lock_guard lock(shard.mu);
    auto it = shard.states.find(stream);
    if (it == shard.states.end()) return std::nullopt;
    return it->second;
  }
  // Caches `loaded` as the state of `stream`, unless a newer one is cached.
  void Put(const std::string& stream, const Loaded<State>& loaded) {
    Shard& shard = ShardOf(stream);
    std::lock_guard lock(shard.mu);
    if (shard.states.size() >= kPerShard) shard.states.clear();
    auto [it, fresh] = shard.states.try_emplace(stream, loaded);
    // A slower loader must not replace a newer state with an older one.
    if (!fresh && it->second.version < loaded.version) it->second = loaded;
  }

 private:
  static constexpr std::size_t kShards = 16, kPerShard = 8192;
  struct Shard {
    mutable std::mutex mu;
    std::unordered_map<std::string, Loaded<State>> states;
  };
  Shard& ShardOf(const std::string& s) { return shards_[std::hash<std::string>{}(s) % kShards]; }
  const Shard& ShardOf(const std::string& s) const {
    return shards_[std::hash<std::string>{}(s) % kShards];
  }
  std::array<Shard, kShards> shards_;
};

}  // namespace homeward
