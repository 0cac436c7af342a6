#pragma once
// Backing up a store while its server runs: the store is read as a RocksDB
// secondary instance (no lock, so the server goes on writing), at one moment
// for every column family, and copied into a new store, which appears under
// its name only once it is complete. Neither the keys (DIR/keys) nor the
// views' snapshots are copied: the views hold personal data opened with
// those keys, and are rebuilt from the log when the copy is served.
// docs/privacy.md says why, and how keys are backed up.

#include <cstdint>
#include <string>

#include "events/status.h"

namespace homeward {

// What a backup holds.
struct BackupReport {
  std::uint64_t head = 0;  // the last log position in the backup
  std::uint64_t records = 0;
};

// Copies the store in `dir` (served or not) to the new directory `dest`: the
// log up to its head at the moment of the copy (every acknowledged append
// by then), the stream index and the idempotency records. Errors: invalid_argument when `dest`
// exists; not_found without a store; unavailable when reading or writing fails (nothing is left at
// `dest`).
Result<BackupReport> BackupStore(const std::string& dir, const std::string& dest);

}  // namespace homeward
