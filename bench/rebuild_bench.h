#pragma once
// The rebuild benchmark: a log of N realistic events (bench/event_generator.h),
// every projection rebuilt from position 1 and saved, and in the same run the
// ceiling: a bare iteration over the same log column family in RocksDB.
// Each measured run is a child process of its own, so its peak memory is its
// own and the two subjects start alike (the log in the page cache).

#include <cstdint>
#include <string>

#include "events/status.h"

namespace homeward {

struct RebuildBenchOptions {
  std::uint64_t events = 1'000'000;
  int segments = 3;  // alternations of scan and rebuild; the best of each counts
  std::uint64_t seed = 1;
};

struct RebuildBenchFigures {
  std::string subject;  // "engine" (the rebuild) or "rocksdb-scan"
  std::uint64_t events = 0;
  double seconds = 0;  // the best segment
  double events_per_s = 0;
  double peak_rss_mb = 0;  // the largest of the subject's processes
  // The least CPU time (user and system, every thread of the process) any
  // segment spent over what `seconds` times: steadier than the wall time on a
  // machine whose cores others use too, and the work a rebuild needs.
  double cpu_seconds = 0;
};

struct RebuildBenchResult {
  RebuildBenchFigures engine;
  RebuildBenchFigures scan;
  std::uint64_t log_bytes = 0;   // envelope records scanned
  std::uint64_t view_bytes = 0;  // the saved states of every projection
  double generate_seconds = 0;
};

// Generates the log in a new store in `dir`, then alternates scan and rebuild,
// each step in a forked process of its own. Call it only from a process that
// has opened no RocksDB store (the homeward program): RocksDB's background
// threads do not survive fork(), and a child of a process that started them
// would wait for ever on a flush. Errors: the step of a child that failed.
Result<RebuildBenchResult> RunRebuildBench(const RebuildBenchOptions& options,
                                           const std::string& dir);

}  // namespace homeward
