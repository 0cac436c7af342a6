#pragma once
// Counters of the single writer, for benchmarks and /metrics.

#include <atomic>
#include <cstdint>

namespace homeward {

// Updated by the writer's threads; read with relaxed loads from anywhere.
struct WriterStats {
  std::atomic<std::uint64_t> rounds{0};        // batches written
  std::atomic<std::uint64_t> appends{0};       // appends answered
  std::atomic<std::uint64_t> events{0};        // events made durable
  std::atomic<std::uint64_t> write_micros{0};  // time inside WriteBatch writes and their fsyncs
};

}  // namespace homeward
