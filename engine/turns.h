#pragma once
// Turns: commands on one activity take turns in this process, so a busy
// trip's sign-ups queue here instead of deciding on the same state and
// retrying on conflicts. A unit's closing takes turns with the commands that
// add to the unit, so it sees them all. Unlike a mutex, a turn is held without a thread
// waiting: it passes from a command's append callback to the next command,
// which then runs on its own executor.

#include <array>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <string_view>

namespace homeward {

// Thread-safe. Keys map to a fixed number of stripes; two keys on one stripe
// take turns too, which is rare with many stripes and never wrong.
class Turns {
 public:
  // The stripe of `key`.
  static std::size_t StripeOf(std::string_view key);

  // Takes the turn of `stripe`. Returns true when it was free: the caller has
  // it now and goes on. Otherwise returns false, and `start` is called (by
  // Leave, on the thread leaving) once the turn is this caller's; `start`
  // must be quick (post the work somewhere).
  bool Enter(std::size_t stripe, std::function<void()> start);

  // Gives up the turn of `stripe`: the next waiting caller's `start` runs.
  void Leave(std::size_t stripe);

 private:
  static constexpr std::size_t kStripes = 4096;
  struct Stripe {
    std::mutex mu;
    bool busy = false;
    std::deque<std::function<void()>> waiting;
  };
  std::array<Stripe, kStripes> stripes_;
};

}  // namespace homeward
