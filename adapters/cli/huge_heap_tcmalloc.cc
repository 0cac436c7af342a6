// BackHeapWithHugePages for a program linked with TCMalloc (gperftools):
// its pluggable system allocator, documented in gperftools/malloc_extension.h.

#include <gperftools/malloc_extension.h>

#include "adapters/cli/huge_region.h"

namespace homeward::cli {
namespace {

// TCMalloc grows its page heap by asking for at least 1 MiB with
// `actual_size` set, and uses all it is given: that memory comes in huge
// pages. Its bookkeeping asks without `actual_size` and would waste the
// rest of a huge page, so that goes to the allocator it had.
class HugePageSysAllocator : public SysAllocator {
 public:
  explicit HugePageSysAllocator(SysAllocator* fallback) : fallback_(fallback) {}

  void* Alloc(size_t size, size_t* actual_size, size_t alignment) override {
    if (actual_size != nullptr) {
      if (void* region = MapHugeRegion(size, alignment, actual_size)) return region;
    }
    return fallback_->Alloc(size, actual_size, alignment);
  }

 private:
  SysAllocator* fallback_;
};

}  // namespace

bool BackHeapWithHugePages() {
  MallocExtension* extension = MallocExtension::instance();
  SysAllocator* current = extension->GetSystemAllocator();
  if (current == nullptr) return false;
  // Never destroyed: the allocator calls it until the process ends.
  static auto* const huge = new HugePageSysAllocator(current);
  extension->SetSystemAllocator(huge);
  return true;
}

}  // namespace homeward::cli
