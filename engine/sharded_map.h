#pragma once
// A thread-safe, bounded map from string keys to values, split in shards so
// that threads working on different keys rarely wait for each other: the
// engine's cache of folded states and the server's of rendered answers are
// both one of these. Each shard is an open-addressed hash map: a lookup
// probes one group of slots rather than walking a chain of nodes.

#include <boost/unordered/unordered_flat_map.hpp>
#include <cstddef>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "engine/shard_array.h"
#include "engine/string_hash.h"

namespace homeward {

// Holds at most `capacity` weight in all (each entry weighs what Put says, 1
// by default), spread over `shards` shards. A shard that a new entry would
// overflow starts over: a cache forgets, it never blocks or grows.
template <typename V>
class ShardedMap {
 public:
  // `capacity` is the total weight; `shards` at least 1.
  explicit ShardedMap(std::size_t capacity, std::size_t shards = 16)
      : shards_(shards), per_shard_(capacity / shards_.count()) {}

  // The value under `key`, if it is held.
  std::optional<V> Get(std::string_view key) const {
    const Shard& shard = shards_.Of(key);
    std::lock_guard lock(shard.mu);
    auto it = shard.entries.find(key);
    if (it == shard.entries.end()) return std::nullopt;
    return it->second.value;
  }

  // Holds `value` under `key`, replacing what was there unless
  // `keep(existing)` says to keep that instead (a newer version, say). A
  // value heavier than a whole shard is not held.
  template <class Keep>
  void PutUnless(std::string_view key, V value, Keep keep, std::size_t weight = 1) {
    if (weight > per_shard_) return;
    Shard& shard = shards_.Of(key);
    std::lock_guard lock(shard.mu);
    auto it = shard.entries.find(key);
    if (it != shard.entries.end()) {
      if (keep(std::as_const(it->second.value))) return;
      if (shard.weight - it->second.weight + weight <= per_shard_) {
        shard.weight = shard.weight - it->second.weight + weight;
        it->second = Entry{std::move(value), weight};
        return;
      }
    }
    if (shard.weight + weight > per_shard_) {
      shard.entries.clear();
      shard.weight = 0;
    }
    shard.entries.emplace(std::string(key), Entry{std::move(value), weight});
    shard.weight += weight;
  }

  // Removes the value under `key` and returns it, if it was held.
  std::optional<V> Take(std::string_view key) {
    Shard& shard = shards_.Of(key);
    std::lock_guard lock(shard.mu);
    auto it = shard.entries.find(key);
    if (it == shard.entries.end()) return std::nullopt;
    std::optional<V> taken(std::move(it->second.value));
    shard.weight -= it->second.weight;
    shard.entries.erase(it);
    return taken;
  }

  // Holds `value` under `key`, whatever was there.
  void Put(std::string_view key, V value, std::size_t weight = 1) {
    PutUnless(
        key, std::move(value), [](const V&) { return false; }, weight);
  }

 private:
  struct Entry {
    V value;
    std::size_t weight;
  };
  struct Shard {
    mutable std::mutex mu;
    boost::unordered_flat_map<std::string, Entry, StringHash, std::equal_to<>> entries;
    std::size_t weight = 0;
  };

  ShardArray<Shard> shards_;
  std::size_t per_shard_;
};

}  // namespace homeward
