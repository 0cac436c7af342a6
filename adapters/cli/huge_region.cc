#include "adapters/cli/huge_region.h"

#include <sys/mman.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <fstream>
#include <limits>
#include <string>
#include <string_view>

namespace homeward::cli {

std::optional<HugePages> ParseHugePages(const char* value) {
  const std::string_view v = value == nullptr ? "" : value;
  if (v.empty() || v == "auto") return HugePages::kMeasure;
  if (v == "0") return HugePages::kOrdinary;
  if (v == "1") return HugePages::kHuge;
  return std::nullopt;
}

namespace {

// Nanoseconds to touch every 4 KiB of a fresh region of one huge page,
// advised `advice`; 0 when the memory could not be mapped.
double TimeFirstTouch(int advice) {
  std::size_t mapped = 0;
  void* region = MapHugeRegion(kHugePage, kHugePage, &mapped);
  if (region == nullptr) return 0;
  madvise(region, mapped, advice);
  const auto start = std::chrono::steady_clock::now();
  auto* bytes = static_cast<volatile unsigned char*>(region);
  for (std::size_t at = 0; at < mapped; at += 4096) bytes[at] = 1;
  const auto took = std::chrono::steady_clock::now() - start;
  munmap(region, mapped);
  return std::chrono::duration<double, std::nano>(took).count();
}

}  // namespace

FaultCost MeasureFaults() {
  // The faster of two huge pages: now and then one takes twenty times the
  // other, where the kernel had to find or clear it the slow way.
  const double huge = std::min(TimeFirstTouch(MADV_HUGEPAGE), TimeFirstTouch(MADV_HUGEPAGE));
  return FaultCost{huge, TimeFirstTouch(MADV_NOHUGEPAGE)};
}

bool HugePagesPayOff(const FaultCost& cost) {
  return cost.huge_ns > 0 && cost.small_ns > 0 && 2 * cost.huge_ns < cost.small_ns;
}

bool TransparentHugePagesOff() {
  std::ifstream enabled("/sys/kernel/mm/transparent_hugepage/enabled");
  std::string line;
  return !std::getline(enabled, line) || line.find("[never]") != std::string::npos;
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
