#pragma once
// Checks that each saved projection equals a rebuild: for every snapshot in
// the store, the same projection is folded afresh from position 1 up to the
// snapshot's position and the two states compared byte for byte. What
// `homeward verify --projections` runs after a crash or a restore.

#include <cstdint>
#include <string>
#include <vector>

#include "engine/event_log.h"
#include "engine/projection_store.h"
#include "events/status.h"

namespace homeward {

// The outcome for one projection.
struct SnapshotCheck {
  std::string name;
  std::uint64_t position = 0;  // the saved snapshot covers the log up to here
  // "equal": the rebuild gave the same bytes; "differs": it did not;
  // "ahead": the snapshot covers more than the log holds (restored from an
  // older backup; rebuilt at start-up); "none": no snapshot of this code version is saved (it will
  // be rebuilt at start-up, so there is nothing to compare).
  std::string outcome;
};

// Compares every projection's saved snapshot in `store` with a rebuild from
// `log`, folding the log once for all of them. Errors: as
// ProjectionStore::Load and FoldLog.
Result<std::vector<SnapshotCheck>> CheckSnapshots(const LogReader& log,
                                                  const ProjectionStore& store);

}  // namespace homeward
