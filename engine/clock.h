#pragma once
// Time as the engine sees it: a function returning UTC microseconds since the
// Unix epoch, so tests can inject a fixed or stepping clock.

#include <chrono>
#include <cstdint>
#include <functional>

namespace homeward {

// Returns the current UTC time in microseconds since the Unix epoch.
using Clock = std::function<std::int64_t()>;

// The system's real-time clock.
inline std::int64_t SystemClockMicros() {
  return std::chrono::duration_cast<std::chrono::microseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace homeward
