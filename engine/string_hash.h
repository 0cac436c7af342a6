#pragma once
// The hash of the engine's string-keyed maps, transparent so that a lookup by
// `std::string_view` builds no `std::string`.

#include <cstddef>
#include <functional>
#include <string_view>

namespace homeward {

// Hashes any string-like key as its characters; use with std::equal_to<>.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

}  // namespace homeward
