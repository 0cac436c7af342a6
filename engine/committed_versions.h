#pragma once
// The versions of streams committed in this process: readers that hold a
// state folded up to some version ask it, without reading the store, whether
// anything was appended since; the writer checks each append's expected
// versions against it before it reads the store.

#include <algorithm>
#include <boost/unordered/unordered_flat_map.hpp>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "engine/shard_array.h"
#include "engine/string_hash.h"

namespace homeward {

// Thread-safe and bounded: a full shard forgets what it holds rather than grow,
// and a stream it does not hold is simply unknown.
//
// Why a version held is current: every commit is published here after it is
// durable and before its position is published to readers, so a stream held
// is at the version held. A stream not held had nothing committed to it since
// its shard last forgot, which is what lets a reader's read of the store be
// learned (Learn) without the writer reading the store again.
class CommittedVersions {
 public:
  // Holds at most about `capacity` streams, spread over `shards` (at least 1).
  explicit CommittedVersions(std::size_t capacity = 64 << 14, std::size_t shards = 64)
      : shards_(shards), per_shard_(capacity / shards_.count()) {}

  // The version of `stream_id` committed last, if it is known.
  std::optional<std::uint64_t> Get(std::string_view stream_id) const {
    const Shard& shard = shards_.Of(stream_id);
    std::lock_guard lock(shard.mu);
    auto it = shard.versions.find(stream_id);
    if (it == shard.versions.end()) return std::nullopt;
    return it->second;
  }

  // The writer only: `stream_id` is at `version` now, and `committed` is the
  // last position committed (what a full shard forgets goes no further).
  void Publish(std::string_view stream_id, std::uint64_t version, std::uint64_t committed) {
    Shard& shard = shards_.Of(stream_id);
    std::lock_guard lock(shard.mu);
    auto it = shard.versions.find(stream_id);
    if (it != shard.versions.end()) {
      it->second = version;
      return;
    }
    if (shard.versions.size() >= per_shard_) {
      shard.versions.clear();
      shard.forgot_through = committed;
    }
    shard.versions.emplace(std::string(stream_id), version);
  }

  // Nothing committed up to `position` is known here: the log as this
  // process opened it. A reader's version as of an earlier position (a view
  // still catching up) is then never learned, since what an earlier process
  // committed after it was never published here.
  void ForgetThrough(std::uint64_t position) {
    for (std::size_t i = 0; i < shards_.count(); ++i) {
      Shard& shard = shards_.at(i);
      std::lock_guard lock(shard.mu);
      shard.forgot_through = std::max(shard.forgot_through, position);
    }
  }

  // A reader found `stream_id` at `version` reading the whole of it from the
  // store as of published position `read_at` (or folding every commit up to
  // it, as a view does). It becomes known at that
  // version unless it is known already (then as new or newer), or its shard
  // forgot streams after `read_at` (something may have been committed to it
  // since), or its shard is full.
  void Learn(std::string_view stream_id, std::uint64_t version, std::uint64_t read_at) {
    Shard& shard = shards_.Of(stream_id);
    std::lock_guard lock(shard.mu);
    if (read_at < shard.forgot_through || shard.versions.size() >= per_shard_) return;
    if (shard.versions.find(stream_id) == shard.versions.end()) {
      shard.versions.emplace(std::string(stream_id), version);
    }
  }

 private:
  struct Shard {
    mutable std::mutex mu;
    boost::unordered_flat_map<std::string, std::uint64_t, StringHash, std::equal_to<>> versions;
    std::uint64_t forgot_through = 0;  // the last position a forgotten version may be from
  };

  ShardArray<Shard> shards_;
  std::size_t per_shard_;
};

}  // namespace homeward
