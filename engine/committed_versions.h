#pragma once
// The versions of streams the writer committed in this process, for readers
// that hold a state folded up to some version and want to know, without
// reading the store, whether anything was appended since.

#include <array>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace homeward {

// Thread-safe. Only the writer publishes: what a round committed, after it is
// durable and before it is answered, and what it read from the store for a
// stream no round in flight writes. So a known version is never older than a
// commit answered before the lookup. Bounded: a full shard starts over, and a
// stream it does not hold is simply unknown.
class CommittedVersions {
 public:
  // The version the writer last committed of `stream_id`, if it is known.
  std::optional<std::uint64_t> Get(std::string_view stream_id) const {
    const Shard& shard = shards_[ShardOf(stream_id)];
    std::lock_guard lock(shard.mu);
    auto it = shard.versions.find(std::string(stream_id));
    if (it == shard.versions.end()) return std::nullopt;
    return it->second;
  }

  // Records that `stream_id` is at `version` now (the writer only).
  void Publish(const std::string& stream_id, std::uint64_t version) {
    Shard& shard = shards_[ShardOf(stream_id)];
    std::lock_guard lock(shard.mu);
    if (shard.versions.size() >= kPerShard) shard.versions.clear();
    shard.versions[stream_id] = version;
  }

 private:
  static constexpr std::size_t kShards = 64, kPerShard = 1 << 14;
  struct Shard {
    mutable std::mutex mu;
    std::unordered_map<std::string, std::uint64_t> versions;
  };
  static std::size_t ShardOf(std::string_view id) {
    return std::hash<std::string_view>{}(id) % kShards;
  }
  std::array<Shard, kShards> shards_;
};

}  // namespace homeward
