#pragma once
// Counters of the single writer, for benchmarks and /metrics.

#include <atomic>
#include <cstdint>

#include "engine/histogram.h"

namespace homeward {

// Updated by the writer's threads; read with relaxed loads from anywhere.
struct WriterStats {
  std::atomic<std::uint64_t> rounds{0};        // batches written
  std::atomic<std::uint64_t> appends{0};       // appends answered
  std::atomic<std::uint64_t> events{0};        // events made durable
  std::atomic<std::uint64_t> write_micros{0};  // time inside WriteBatch writes and their fsyncs
  // Appends per durable batch: how well group commit groups.
  Histogram round_appends{1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024};
  // Seconds per WriteBatch write with its fsync.
  Histogram write_seconds{0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.5, 1};
};

}  // namespace homeward
