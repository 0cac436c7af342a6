// Fuzzes the loading of saved views: arbitrary bytes as the snapshot of any
// projection give a loaded state or a corruption error, never a crash, and
// never a request for more memory than the bytes can account for (a length
// past the end is refused before room is made). A snapshot that loads saves
// to bytes that load again and save to themselves: what a rebuild compares
// byte for byte is canonical.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "projections/catalog.h"

// Input: one byte choosing the projection, then the snapshot's bytes.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static const std::vector<std::unique_ptr<homeward::Projection>> views =
      homeward::MakeProjections();
  homeward::Projection& view = *views[data[0] % views.size()];
  const std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  if (!view.Load(bytes).ok()) return 0;
  const std::string once = view.Save();
  if (!view.Load(once).ok() || view.Save() != once) std::abort();
  return 0;
}
