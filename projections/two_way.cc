#include "projections/two_way.h"

#include "engine/thread_name.h"

namespace homeward {

TwoWay::TwoWay() {
  helper_ = NamedThread("hw-views-2", [this] { Work(); });
}

TwoWay::~TwoWay() {
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
  }
  cv_.notify_all();
  helper_.join();
}

void TwoWay::Take() {
  for (std::size_t i = next_.fetch_add(1); i < n_; i = next_.fetch_add(1)) (*fn_)(i);
}

void TwoWay::Run(std::size_t n, const std::function<void(std::size_t)>& fn) {
  if (n <= 1) {
    for (std::size_t i = 0; i < n; ++i) fn(i);
    return;
  }
  {
    std::lock_guard lock(mu_);
    n_ = n;
    fn_ = &fn;
    next_.store(0);
    helper_busy_ = true;
    ++round_;
  }
  cv_.notify_all();
  Take();
  std::unique_lock lock(mu_);
  cv_.wait(lock, [&] { return !helper_busy_; });
}

void TwoWay::Work() {
  std::uint64_t seen = 0;
  std::unique_lock lock(mu_);
  for (;;) {
    cv_.wait(lock, [&] { return stopping_ || round_ != seen; });
    if (stopping_) return;
    seen = round_;
    lock.unlock();
    Take();
    lock.lock();
    helper_busy_ = false;
    cv_.notify_all();
  }
}

}  // namespace homeward
