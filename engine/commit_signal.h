#pragma once
// The committed head of the log, and a way to wait for it to move.
// The writer publishes after each durable batch; readers and subscriptions wait.

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>

namespace homeward {

// Thread-safe. Positions only move forward.
class CommitSignal {
 public:
  explicit CommitSignal(std::uint64_t head = 0) : head_(head) {}

  // The last committed position.
  std::uint64_t head() const { return head_.load(std::memory_order_acquire); }

  // Records that everything up to `head` is durable and wakes the waiters.
  void Publish(std::uint64_t head) {
    {
      std::lock_guard lock(mu_);
      head_.store(head, std::memory_order_release);
    }
    cv_.notify_all();
  }

  // Waits until head() >= position or the timeout passes; returns whether it got there.
  bool WaitFor(std::uint64_t position, std::chrono::milliseconds timeout) const {
    if (head() >= position) return true;
    std::unique_lock lock(mu_);
    return cv_.wait_for(lock, timeout, [&] { return head() >= position; });
  }

 private:
  mutable std::mutex mu_;
  mutable std::condition_variable cv_;
  std::atomic<std::uint64_t> head_;
};

}  // namespace homeward
