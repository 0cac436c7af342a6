#pragma once
// The server's part of an erasure: once every view has saved a snapshot
// past the erasure (showing "[erased]"), it compacts the store, so the older
// snapshots that held the erased fields leave the disk (docs/privacy.md).

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

#include "engine/rocks_log.h"
#include "projections/host.h"

namespace homeward::cli {

// Runs on a thread of its own from construction to destruction. `log` and
// `host` must outlive it; `note` hears each compaction and each failure.
class ErasureCompactor {
 public:
  ErasureCompactor(RocksLog& log, ProjectionHost& host,
                   std::function<void(const std::string&)> note);
  ~ErasureCompactor();
  ErasureCompactor(const ErasureCompactor&) = delete;
  ErasureCompactor& operator=(const ErasureCompactor&) = delete;

 private:
  void Run();
  // Waits up to `ms` or until stopped; returns whether it was stopped.
  bool Sleep(int ms);

  RocksLog& log_;
  ProjectionHost& host_;
  std::function<void(const std::string&)> note_;
  std::mutex mu_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace homeward::cli
