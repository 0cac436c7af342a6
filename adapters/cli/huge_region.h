#pragma once
// Memory for the heap in transparent huge pages, where they pay off. Where a
// page fault is dear (about 11 microseconds on the virtual machines measured),
// a 2 MiB page takes one fault for 512 of 4 KiB, and the views' hash maps miss
// the TLB less; where the host must back fresh memory again, touching a huge
// page costs far more than the faults it saves. The program measures which
// at start-up, unless HOMEWARD_HUGE_PAGES says.

#include <cstddef>
#include <optional>

namespace homeward::cli {

// The size of a transparent huge page on x86-64.
inline constexpr std::size_t kHugePage = std::size_t{2} << 20;

// Maps a private anonymous region of at least `size` bytes, aligned to a huge
// page (or to `alignment`, a power of two, when larger), its length a whole
// number of huge pages, and advises the kernel to back it with huge pages
// (MADV_HUGEPAGE: followed where transparent huge pages are "always" or
// "madvise", ignored where "never"). Sets `*mapped` to the region's length.
// Returns nullptr, mapping nothing, when the system refuses the memory,
// `size` is 0 or too large to align, or `alignment` is not a power of two.
void* MapHugeRegion(std::size_t size, std::size_t alignment, std::size_t* mapped);

// What the environment's HOMEWARD_HUGE_PAGES asks of the heap.
enum class HugePages {
  kOrdinary,  // "0": ordinary pages, as the allocator's own
  kHuge,      // "1": huge pages
  kMeasure,   // unset, "" or "auto": whichever this machine faults in faster
};

// Reads HOMEWARD_HUGE_PAGES (`value`, null when unset). Returns nullopt for
// any value but "0", "1", "auto" or "", which the caller reports.
std::optional<HugePages> ParseHugePages(const char* value);

// What first touching memory costs on this machine, in nanoseconds: a
// region of 2 MiB advised huge pages (the faster of two), and one of as many
// bytes in 4 KiB pages (512 faults).
struct FaultCost {
  double huge_ns = 0;
  double small_ns = 0;
};

// Maps the regions of FaultCost, touches every 4 KiB of each, unmaps them,
// and returns how long each kind took. About 1 ms in all on a machine whose
// host backs memory cheaply, up to about 15 ms where it does not.
FaultCost MeasureFaults();

// Whether huge pages pay off, given what faulting costs here: when the huge
// page takes less than half the time of the small ones. The margin keeps a
// noisy measurement from choosing either way: where a 4 KiB fault is dear
// (about 11 µs on one virtual machine) huge pages win by twenty times; where
// the host must back every fresh huge page again (free page reporting), they
// lose by about four (docs/performance.md, "The heap's pages, measured").
bool HugePagesPayOff(const FaultCost& cost);

// Whether the kernel's transparent huge pages are turned off ("[never]" in
// /sys/kernel/mm/transparent_hugepage/enabled): advice is then ignored.
bool TransparentHugePagesOff();

// Makes the process's allocator take its memory from MapHugeRegion from now
// on, wherever it grows its heap; what it takes for its own bookkeeping
// stays in ordinary pages. Call first in main, before any thread starts.
// Returns false, changing nothing, when the program's allocator offers no
// such hook (a sanitizer's own allocator, say).
bool BackHeapWithHugePages();

}  // namespace homeward::cli
