#include "engine/turns.h"

#include <utility>

namespace homeward {

std::size_t Turns::StripeOf(std::string_view key) {
  return std::hash<std::string_view>{}(key) % kStripes;
}

bool Turns::Enter(std::size_t stripe, std::function<void()> start) {
  Stripe& s = stripes_[stripe % kStripes];
  std::lock_guard lock(s.mu);
  if (!s.busy) {
    s.busy = true;
    return true;
  }
  s.waiting.push_back(std::move(start));
  return false;
}

void Turns::Leave(std::size_t stripe) {
  Stripe& s = stripes_[stripe % kStripes];
  std::function<void()> next;
  {
    std::lock_guard lock(s.mu);
    if (s.waiting.empty()) {
      s.busy = false;
      return;
    }
    next = std::move(s.waiting.front());
    s.waiting.pop_front();
  }
  next();  // the turn passes on, still busy
}

}  // namespace homeward
