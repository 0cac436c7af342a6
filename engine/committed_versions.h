#pragma once
// The versions of streams the writer committed in this process, for readers
// that hold a state folded up to some version and want to know, without
// reading the store, whether anything was appended since.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "engine/sharded_map.h"

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
    return versions_.Get(stream_id);
  }

  // Records that `stream_id` is at `version` now (the writer only).
  void Publish(const std::string& stream_id, std::uint64_t version) {
    versions_.Put(stream_id, version);
  }

 private:
  ShardedMap<std::uint64_t> versions_{64 << 14, 64};
};

}  // namespace homeward
