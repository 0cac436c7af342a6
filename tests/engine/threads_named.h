#pragma once
// How many threads of this process carry a name, as /proc shows them.

#include <cstddef>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

namespace homeward::testing {

// The number of this process's threads named `name` (/proc/self/task/*/comm).
inline std::size_t ThreadsNamed(std::string_view name) {
  std::size_t count = 0;
  for (const auto& task : std::filesystem::directory_iterator("/proc/self/task")) {
    std::ifstream comm(task.path() / "comm");
    std::string line;
    if (std::getline(comm, line) && line == name) ++count;
  }
  return count;
}

}  // namespace homeward::testing
