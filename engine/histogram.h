#pragma once
// A histogram over fixed upper bounds, safe to update from any thread without
// a lock: what /metrics reports as a Prometheus histogram.

#include <atomic>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <vector>

namespace homeward {

class Histogram {
 public:
  // `bounds` ascending; a value above the last falls in the +Inf bucket.
  Histogram(std::initializer_list<double> bounds)
      : bounds_(bounds), counts_(new std::atomic<std::uint64_t>[bounds.size() + 1]) {
    for (std::size_t i = 0; i <= bounds_.size(); ++i) counts_[i].store(0);
  }

  // Counts `value` in its bucket and adds it to the sum.
  void Observe(double value) {
    std::size_t i = 0;
    while (i < bounds_.size() && value > bounds_[i]) ++i;
    counts_[i].fetch_add(1, std::memory_order_relaxed);
    // The sum in millionths, so it stays an integer counter.
    sum_micro_.fetch_add(static_cast<std::uint64_t>(value * 1e6), std::memory_order_relaxed);
  }

  const std::vector<double>& bounds() const { return bounds_; }
  // Observations in bucket `i` alone (not cumulative); i == bounds().size() is +Inf.
  std::uint64_t count(std::size_t i) const { return counts_[i].load(std::memory_order_relaxed); }
  // The sum of all observations.
  double sum() const {
    return static_cast<double>(sum_micro_.load(std::memory_order_relaxed)) / 1e6;
  }

 private:
  std::vector<double> bounds_;
  std::unique_ptr<std::atomic<std::uint64_t>[]> counts_;
  std::atomic<std::uint64_t> sum_micro_{0};
};

}  // namespace homeward
