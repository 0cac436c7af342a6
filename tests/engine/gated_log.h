#pragma once
// An event log that holds every append at a gate until the test opens it:
// two commands can then both be decided before either commits, the
// interleaving a race needs, without relying on the threads' timing. Reads
// pass straight through to the log behind it.

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <utility>

#include "engine/event_log.h"

namespace homeward::testing {

// Thread-safe. `inner` must outlive it.
class GatedLog : public EventLog {
 public:
  explicit GatedLog(EventLog& inner) : inner_(inner) {}

  // Holds the append at the gate while it is shut; passes it on once open.
  void AppendAsync(AppendRequest request, AppendCallback done) override {
    {
      std::lock_guard lock(mu_);
      if (!open_) {
        held_.emplace_back(std::move(request), std::move(done));
        arrived_.notify_all();
        return;
      }
    }
    inner_.AppendAsync(std::move(request), std::move(done));
  }

  // Shuts the gate: appends from now on wait for Open.
  void Shut() {
    std::lock_guard lock(mu_);
    open_ = false;
  }

  // Waits until `count` appends are held at the gate or `timeout` passes;
  // returns how many are held.
  std::size_t WaitHeld(std::size_t count, std::chrono::milliseconds timeout) {
    std::unique_lock lock(mu_);
    arrived_.wait_for(lock, timeout, [&] { return held_.size() >= count; });
    return held_.size();
  }

  // Passes the held appends on in the order they came (and any that come
  // meanwhile), then stays open.
  void Open() {
    for (;;) {
      std::pair<AppendRequest, AppendCallback> next;
      {
        std::lock_guard lock(mu_);
        if (held_.empty()) {
          open_ = true;
          return;
        }
        next = std::move(held_.front());
        held_.pop_front();
      }
      inner_.AppendAsync(std::move(next.first), std::move(next.second));
    }
  }

  // --- reads: the log behind the gate's ---
  Result<std::size_t> Visit(std::uint64_t from, std::size_t max_count,
                            const EnvelopeVisitor& visit) const override {
    return inner_.Visit(from, max_count, visit);
  }
  Result<std::size_t> VisitInto(std::uint64_t from, std::size_t max_count, const EnvelopeSlot& slot,
                                const EnvelopeVisitor& visit) const override {
    return inner_.VisitInto(from, max_count, slot, visit);
  }
  Result<std::vector<Envelope>> ReadAll(std::uint64_t from, std::size_t max_count) const override {
    return inner_.ReadAll(from, max_count);
  }
  std::uint64_t Head() const override { return inner_.Head(); }
  bool WaitForPosition(std::uint64_t position, std::chrono::milliseconds timeout) const override {
    return inner_.WaitForPosition(position, timeout);
  }
  KeyRing* keys() const override { return inner_.keys(); }
  Result<std::vector<Envelope>> ReadStream(std::string_view stream_id, std::uint64_t from_version,
                                           std::size_t max_count) const override {
    return inner_.ReadStream(stream_id, from_version, max_count);
  }
  Result<std::optional<IdempotencyRecord>> FindIdempotencyKey(std::string_view key) const override {
    return inner_.FindIdempotencyKey(key);
  }
  Result<std::uint64_t> StreamVersion(std::string_view stream_id) const override {
    return inner_.StreamVersion(stream_id);
  }
  Result<std::vector<std::string>> ListStreams(std::string_view prefix,
                                               std::size_t max_count) const override {
    return inner_.ListStreams(prefix, max_count);
  }
  std::optional<std::uint64_t> KnownVersion(std::string_view stream_id) const override {
    return inner_.KnownVersion(stream_id);
  }

 private:
  EventLog& inner_;
  std::mutex mu_;
  std::condition_variable arrived_;
  bool open_ = true;
  std::deque<std::pair<AppendRequest, AppendCallback>> held_;
};

}  // namespace homeward::testing
