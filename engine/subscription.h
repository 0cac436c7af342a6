#pragma once
// A subscription delivers every committed envelope from a position on, in
// order and exactly once, on a thread of its own: first it catches up from
// the log, then it follows the writer's commits as they happen. Built on the
// LogReader alone, so it works over any log backend.

#include <atomic>
#include <cstdint>
#include <functional>
#include <mutex>
#include <thread>

#include "engine/event_log.h"

namespace homeward {

// Called for each envelope in position order, on the subscription's thread.
using EnvelopeHandler = std::function<void(const Envelope&)>;

// Owns the delivering thread; destroying it stops delivery. Not copyable.
class Subscription {
 public:
  // Starts delivering envelopes with position >= `from` to `handler`.
  // `reader` must outlive the subscription. Must not be destroyed from within
  // `handler`.
  Subscription(const LogReader& reader, std::uint64_t from, EnvelopeHandler handler);
  ~Subscription();
  Subscription(const Subscription&) = delete;
  Subscription& operator=(const Subscription&) = delete;

  // The next position to be delivered (one past the last delivered).
  std::uint64_t next() const { return next_.load(std::memory_order_acquire); }

  // Ok while delivering; the read error that stopped delivery otherwise.
  Status status() const;

 private:
  void Run();

  const LogReader& reader_;
  EnvelopeHandler handler_;
  std::atomic<std::uint64_t> next_;
  std::atomic<bool> stopping_{false};
  mutable std::mutex mu_;
  Status status_;
  std::thread thread_;
};

}  // namespace homeward
