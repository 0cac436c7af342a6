#pragma once
// Runs the items of a small loop on the calling thread and one helper thread
// at once, on a two-core machine: the parts of a batch of events being
// decoded, and the projections (which are independent) being folded or
// serialized.

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <thread>

namespace homeward {

// Not copyable. One Run at a time.
class TwoWay {
 public:
  TwoWay();
  ~TwoWay();
  TwoWay(const TwoWay&) = delete;
  TwoWay& operator=(const TwoWay&) = delete;

  // Calls fn(i) once for each i in [0, n), each on one of the two threads,
  // and returns when all are done. `fn` must not throw.
  void Run(std::size_t n, const std::function<void(std::size_t)>& fn);

 private:
  void Work();
  void Take();

  std::mutex mu_;
  std::condition_variable cv_;
  std::uint64_t round_ = 0;  // bumped by each Run
  bool stopping_ = false;
  bool helper_busy_ = false;
  std::size_t n_ = 0;
  const std::function<void(std::size_t)>* fn_ = nullptr;
  std::atomic<std::size_t> next_{0};
  std::thread helper_;
};

}  // namespace homeward
