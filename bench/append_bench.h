#pragma once
// The append benchmark: the engine's append rate with W concurrent writers,
// and in the same run the ceiling: a bare RocksDB loop with W threads writing
// the same bytes as one WriteBatch per event, with the same sync setting.

#include <cstdint>
#include <string>

#include "events/status.h"

namespace homeward {

struct AppendBenchOptions {
  int writers = 64;
  std::uint64_t events = 100000;  // total over all writers
  bool sync = true;
  std::size_t payload_bytes = 160;  // about a sign-up event with its ids
  int segments = 3;                 // alternations of engine and ceiling
};

// What one subject measured.
struct AppendBenchFigures {
  std::string subject;  // "engine" or "rocksdb-ceiling"
  std::uint64_t events = 0;
  double seconds = 0;
  double events_per_s = 0;
  std::uint64_t batches = 0;  // WriteBatch writes (rounds for the engine)
  double write_seconds = 0;   // time inside RocksDB Write, summed over batches (engine only)
};

// The figures of both subjects from one run.
struct AppendBenchResult {
  AppendBenchFigures engine;
  AppendBenchFigures ceiling;
};

// Runs both subjects in stores under `dir`, alternating them in
// `options.segments` segments (engine, ceiling, engine, ...) so that a
// drift in the machine's disk or CPU speed falls on both alike; each subject's
// figures add up its segments.
//   engine:  W threads each appending one event at a time to its own stream
//            with an exact expected version, through EventLog::Append.
//   ceiling: W threads, each event one WriteBatch holding the same envelope
//            record and stream index entry the engine writes, written
//            straight to RocksDB in the store's column families.
// Errors: whatever opening a store or an append returned.
Result<AppendBenchResult> RunAppendBench(const AppendBenchOptions& options, const std::string& dir);

}  // namespace homeward
