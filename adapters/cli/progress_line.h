#pragma once
// A progress line on a terminal: done of total, rate and time left, redrawn
// at most ten times a second. Commands show it only when stderr is a terminal.

#include <chrono>
#include <cstdio>
#include <ostream>
#include <string>

namespace homeward::cli {

class ProgressLine {
 public:
  using Clock = std::chrono::steady_clock;

  // `unit` names what is counted ("events", "rows").
  ProgressLine(std::ostream& err, std::string unit)
      : err_(err), unit_(std::move(unit)), started_(Clock::now()) {}

  // Redraws the line; `from` is where counting started (for the rate).
  void Show(std::uint64_t done, std::uint64_t total, std::uint64_t from = 0) {
    const Clock::time_point now = Clock::now();
    if (now - shown_ < std::chrono::milliseconds(100) && done < total) return;
    shown_ = now;
    const double seconds = std::chrono::duration<double>(now - started_).count();
    const double rate = seconds > 0 ? (done - from) / seconds : 0;
    const double left = rate > 0 ? (total - done) / rate : 0;
    char line[160];
    std::snprintf(line, sizeof line, "\r  %llu of %llu %s  %.0f/s  %.0f s left   ",
                  static_cast<unsigned long long>(done), static_cast<unsigned long long>(total),
                  unit_.c_str(), rate, left);
    err_ << line << std::flush;
  }
  void Finish() { err_ << "\n"; }

 private:
  std::ostream& err_;
  std::string unit_;
  Clock::time_point started_;
  Clock::time_point shown_{};
};

// True when `err` is the process's stderr and that is a terminal.
bool IsTerminal(const std::ostream& err);

}  // namespace homeward::cli
