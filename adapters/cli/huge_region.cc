#include "adapters/cli/huge_region.h"

#include <sys/mman.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <string_view>

namespace homeward::cli {

bool HugePagesAsked(const char* value) {
  return value != nullptr && std::string_view(value) == "1";
}

void* MapHugeRegion(std::size_t size, std::size_t alignment, std::size_t* mapped) {
  if (alignment == 0 || (alignment & (alignment - 1)) != 0) return nullptr;
  const std::size_t align = std::max(alignment, kHugePage);
  if (size == 0 || size > std::numeric_limits<std::size_t>::max() / 2 - align) return nullptr;
  const std::size_t length = (size + kHugePage - 1) / kHugePage * kHugePage;
  // Map an alignment more than needed, then give back what lies outside
  // the aligned region.
  const std::size_t span = length + align;
  void* raw = mmap(nullptr, span, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (raw == MAP_FAILED) return nullptr;
  const auto start = reinterpret_cast<std::uintptr_t>(raw);
  const std::uintptr_t aligned = (start + align - 1) & ~(std::uintptr_t{align} - 1);
  const std::uintptr_t end = aligned + length;
  if (aligned > start) munmap(raw, aligned - start);
  if (start + span > end) munmap(reinterpret_cast<void*>(end), start + span - end);
  // Advice only: without it the region is still ordinary memory.
  madvise(reinterpret_cast<void*>(aligned), length, MADV_HUGEPAGE);
  *mapped = length;
  return reinterpret_cast<void*>(aligned);
}

}  // namespace homeward::cli
