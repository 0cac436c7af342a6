#pragma once
// A fixed array of shards, one chosen per string key by the key's hash: what
// the engine's bounded, thread-safe maps (sharded_map.h,
// committed_versions.h) split their entries and their locks over, so that
// threads working on different keys rarely wait for each other.

#include <cstddef>
#include <memory>
#include <string_view>

#include "engine/string_hash.h"

namespace homeward {

// `S` is one shard: default-constructible, typically a mutex and a map.
template <class S>
class ShardArray {
 public:
  // `shards` shards; 0 counts as 1.
  explicit ShardArray(std::size_t shards)
      : count_(shards == 0 ? 1 : shards), shards_(std::make_unique<S[]>(count_)) {}

  // The shard `key` belongs to; always the same one for the same key.
  S& Of(std::string_view key) { return shards_[StringHash{}(key) % count_]; }
  const S& Of(std::string_view key) const { return shards_[StringHash{}(key) % count_]; }

  // Shard `i`, for visiting them all; `i` below count().
  S& at(std::size_t i) { return shards_[i]; }

  // How many shards there are (at least 1).
  std::size_t count() const { return count_; }

 private:
  std::size_t count_;
  std::unique_ptr<S[]> shards_;
};

}  // namespace homeward
