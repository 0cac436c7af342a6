#include "adapters/cli/erasure_compactor.h"

#include "engine/thread_name.h"

namespace homeward::cli {

ErasureCompactor::ErasureCompactor(RocksLog& log, ProjectionHost& host,
                                   std::function<void(const std::string&)> note)
    : log_(log),
      host_(host),
      note_(std::move(note)),
      thread_(NamedThread("hw-erasure", [this] { Run(); })) {}

ErasureCompactor::~ErasureCompactor() {
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
  }
  wake_.notify_all();
  thread_.join();
}

bool ErasureCompactor::Sleep(int ms) {
  std::unique_lock lock(mu_);
  return wake_.wait_for(lock, std::chrono::milliseconds(ms), [this] { return stopping_; });
}

void ErasureCompactor::Run() {
  std::uint64_t done = log_.LastErasure();  // erasures before the server started were compacted
  while (!Sleep(200)) {
    const std::uint64_t erased = log_.LastErasure();
    if (erased <= done) continue;
    // Every view saves past the erasure first; then the old snapshots go.
    host_.RequestSave();
    bool saved = false;
    for (int waited = 0; waited < 600 && !saved; ++waited) {
      saved = host_.SavedPosition() >= erased;
      if (!saved && (Sleep(100) || !host_.status().ok())) return;
      if (!saved && waited % 10 == 9) host_.RequestSave();
    }
    if (!saved) {
      note_("the views have not saved past the erasure at position " + std::to_string(erased) +
            " within a minute; compacting later");
      continue;
    }
    if (Status s = log_.Compact(); !s.ok()) {
      note_("compacting after an erasure failed: " + s.message());
      continue;
    }
    note_("compacted the store after the erasure at position " + std::to_string(erased));
    done = erased;
  }
}

}  // namespace homeward::cli
