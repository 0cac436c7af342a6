#pragma once
// Names for the threads homeward starts, so that `top -H`, `ps -L`, perf and
// gdb tell the writer's, the views' and the server's threads apart (a thread
// otherwise carries the program's name).

#include <pthread.h>

#include <string_view>
#include <thread>
#include <utility>

namespace homeward {

// Names the calling thread `name`; Linux keeps the first 15 bytes. Best
// effort: where naming fails, the thread keeps the name it had.
inline void NameThisThread(std::string_view name) {
  char bytes[16] = {};
  name.copy(bytes, 15);
  pthread_setname_np(pthread_self(), bytes);
}

// Starts a thread that names itself `name` (a string that outlives it, such
// as a literal) and runs `body`.
template <typename Body>
std::thread NamedThread(std::string_view name, Body body) {
  return std::thread([name, body = std::move(body)]() mutable {
    NameThisThread(name);
    body();
  });
}

}  // namespace homeward
