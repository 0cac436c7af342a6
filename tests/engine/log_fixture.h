#pragma once
// A small vocabulary for engine tests: a log in a fresh temporary directory,
// a stepping clock, and helpers that read like "given these events, when this
// append, then these positions or this error".

#include <atomic>
#include <memory>
#include <string>
#include <vector>

#include "bench/temp_dir.h"
#include "engine/rocks_log.h"

namespace homeward::testing {

// An event with a type and a payload, ready for an append.
inline EncodedEvent Ev(std::string type, std::string payload = "payload") {
  return EncodedEvent{std::move(type), 1, std::move(payload), {}};
}

// An append of `events` to one stream.
inline AppendRequest To(std::string stream, ExpectedVersion expected,
                        std::vector<EncodedEvent> events, std::string key = {}) {
  AppendRequest request;
  request.actor = "coordinator:test";
  request.correlation_id = "corr-1";
  request.idempotency_key = std::move(key);
  request.streams.push_back(StreamAppend{std::move(stream), expected, std::move(events)});
  return request;
}

// Owns a temporary directory and the log opened in it.
class LogFixture {
 public:
  static constexpr std::int64_t kStartMicros = 1811811600000000;  // 2027-06-01T01:00:00Z

  LogFixture() { Reopen(); }

  // Closes the log (if open) and opens it again on the same directory.
  void Reopen() {
    log_.reset();
    RocksLogOptions options;
    options.clock = [this] { return kStartMicros + ticks_.fetch_add(1); };
    auto opened = RocksLog::Open(dir_.Sub("store"), options);
    if (!opened.ok()) throw std::runtime_error(opened.status().ToString());
    log_ = std::move(opened).value();
  }
  void Close() { log_.reset(); }

  RocksLog& log() { return *log_; }
  std::string store_dir() const { return dir_.Sub("store"); }

  // Everything in the log, in order.
  std::vector<Envelope> All() {
    auto all = log_->ReadAll(1, 1 << 20);
    if (!all.ok()) throw std::runtime_error(all.status().ToString());
    return std::move(all).value();
  }

  // Appends, requiring success; returns the positions.
  std::vector<std::uint64_t> Given(AppendRequest request) {
    auto result = log_->Append(std::move(request));
    if (!result.ok()) throw std::runtime_error(result.status().ToString());
    return result->positions;
  }

 private:
  TempDir dir_{"homeward-test"};
  std::atomic<std::int64_t> ticks_{0};
  std::unique_ptr<RocksLog> log_;
};

}  // namespace homeward::testing
