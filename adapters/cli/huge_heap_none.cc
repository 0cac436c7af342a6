// BackHeapWithHugePages where the program's allocator has no hook for it:
// the sanitizer and fuzzing builds, whose allocators are their own.

#include "adapters/cli/huge_region.h"

namespace homeward::cli {

bool BackHeapWithHugePages() { return false; }

}  // namespace homeward::cli
