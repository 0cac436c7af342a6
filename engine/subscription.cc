#include "engine/subscription.h"

#include "engine/thread_name.h"

namespace homeward {
namespace {

// How long one wait for new commits lasts before the stop flag is checked again.
constexpr std::chrono::milliseconds kPoll{50};
// Envelopes read per catch-up step: bounds memory while replaying a long log.
constexpr std::size_t kReadChunk = 512;

}  // namespace

Subscription::Subscription(const LogReader& reader, std::uint64_t from, EnvelopeHandler handler)
    : reader_(reader), handler_(std::move(handler)), next_(from == 0 ? 1 : from) {
  thread_ = NamedThread("hw-subscriber", [this] { Run(); });
}

Subscription::~Subscription() {
  stopping_.store(true, std::memory_order_release);
  thread_.join();
}

Status Subscription::status() const {
  std::lock_guard lock(mu_);
  return status_;
}

void Subscription::Run() {
  std::uint64_t next = next_.load(std::memory_order_relaxed);
  while (!stopping_.load(std::memory_order_acquire)) {
    if (!reader_.WaitForPosition(next, kPoll)) continue;
    Result<std::vector<Envelope>> chunk = reader_.ReadAll(next, kReadChunk);
    if (!chunk.ok()) {
      std::lock_guard lock(mu_);
      status_ = chunk.status();
      return;
    }
    for (const Envelope& envelope : *chunk) {
      if (stopping_.load(std::memory_order_acquire)) return;
      handler_(envelope);
      next = envelope.position + 1;
      next_.store(next, std::memory_order_release);
    }
  }
}

}  // namespace homeward
