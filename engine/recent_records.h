#pragma once
// The log's newest records, held in memory as the writer commits them. A
// reader near the head (the projections following the log, a client paging
// through the newest events) finds them here instead of opening a RocksDB
// iterator and seeking through every level of the store for a handful of
// records the writer has just put there. The records are the exact bytes in
// the log column family, so a read from here decodes and checks them as a
// read from the store does.

#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace homeward {

// The records a reader took, in position order from the one it asked for;
// they stay valid while the span lives, whatever is added or let go since.
struct RecentSpan {
  struct Round {
    std::uint64_t first = 0;           // the position of records[0]
    std::vector<std::string> records;  // contiguous positions
  };
  std::vector<std::shared_ptr<const Round>> held;  // keeps `records` alive
  std::vector<std::string_view> records;
};

// Thread-safe. Holds whole written rounds, the newest last, dropping the
// oldest while more than `max_bytes` of records are held (the newest round is
// always kept).
class RecentRecords {
 public:
  explicit RecentRecords(std::size_t max_bytes) : max_bytes_(max_bytes) {}

  // Adds one written round's records, the first at position `first`. A round
  // that does not follow the newest held (the writer restarted its count)
  // replaces everything held. An empty round changes nothing.
  void Add(std::uint64_t first, std::vector<std::string> records);

  // Up to `max_count` records from position `from` on, in order, as far as
  // they are held; none when `from` is not (older than the oldest held, or
  // newer than the newest).
  RecentSpan From(std::uint64_t from, std::size_t max_count) const;

 private:
  const std::size_t max_bytes_;
  mutable std::mutex mu_;
  std::deque<std::shared_ptr<const RecentSpan::Round>> rounds_;  // by position
  std::size_t bytes_ = 0;
};

}  // namespace homeward
