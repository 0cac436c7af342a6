#pragma once
// Where projections keep their state: one snapshot per projection, written
// with the position it covers in a single atomic write, so a projection never
// loses an event or applies one twice across a crash. The RocksDB store keeps
// snapshots in the `projections` column family; the in-memory one is scratch
// space for replays and tests.

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "events/status.h"

namespace homeward {

class Store;

// A projection's saved state: the bytes of its view after applying every
// envelope up to and including `position`, by code of `version`.
struct ProjectionSnapshot {
  std::uint32_t version = 0;
  std::uint64_t position = 0;
  std::string state;

  friend bool operator==(const ProjectionSnapshot&, const ProjectionSnapshot&) = default;
};

// Thread-safe.
class ProjectionStore {
 public:
  virtual ~ProjectionStore() = default;

  // The snapshot saved for `name`, or nullopt when there is none.
  // Errors: corruption when the saved snapshot is damaged; unavailable.
  virtual Result<std::optional<ProjectionSnapshot>> Load(std::string_view name) const = 0;

  // Replaces the snapshot of `name` atomically. Errors: unavailable (the
  // store is read-only or the write failed; the previous snapshot stands).
  virtual Status Save(std::string_view name, const ProjectionSnapshot& snapshot) = 0;
};

// Snapshots held in memory.
class InMemoryProjectionStore : public ProjectionStore {
 public:
  Result<std::optional<ProjectionSnapshot>> Load(std::string_view name) const override;
  Status Save(std::string_view name, const ProjectionSnapshot& snapshot) override;

 private:
  mutable std::mutex mu_;
  std::map<std::string, ProjectionSnapshot, std::less<>> snapshots_;
};

// Snapshots in the store's `projections` column family (layout in
// docs/log-format.md). One of more than a chunk (1 MiB) is written outside
// the write-ahead log and the family flushed at once, in the background: a
// crash before that flush ends leaves the snapshot before. `store` must
// outlive it.
std::unique_ptr<ProjectionStore> NewRocksProjectionStore(const Store& store);

}  // namespace homeward
