#pragma once
// Memory for the heap in transparent huge pages, when asked for. Where a page
// fault is dear (about 11 microseconds on one virtual machine measured), a
// 2 MiB page takes one fault for 512 of 4 KiB; where the host must back fresh
// memory again, touching a huge page costs far more than the faults it saves.

#include <cstddef>

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

// Whether the environment's HOMEWARD_HUGE_PAGES (`value`, null when unset)
// asks for the heap in huge pages: only "1" does. Off by default: on virtual
// machines whose host takes back the guest's free memory (free page
// reporting), a huge page is nearly always one the host must back again on
// first touch, while ordinary pages come from memory the guest recently
// freed; there a rebuild spends more in the kernel than huge pages save it
// (docs/performance.md, "Huge pages made opt-in").
bool HugePagesAsked(const char* value);

// Makes the process's allocator take its memory from MapHugeRegion from now
// on, wherever it grows its heap; what it takes for its own bookkeeping
// stays in ordinary pages. Call first in main, before any thread starts.
// Returns false, changing nothing, when the program's allocator offers no
// such hook (a sanitizer's own allocator, say).
bool BackHeapWithHugePages();

}  // namespace homeward::cli
