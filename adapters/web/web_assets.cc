#include "adapters/web/web_assets.h"

#include <algorithm>

namespace homeward::web {

const WebFile* FindWebFile(std::string_view name) {
  const std::span<const WebFile> files = WebFiles();
  const auto it = std::lower_bound(files.begin(), files.end(), name,
                                   [](const WebFile& f, std::string_view n) { return f.name < n; });
  return it != files.end() && it->name == name ? &*it : nullptr;
}

}  // namespace homeward::web
