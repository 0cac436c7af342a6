// Threads homeward starts carry names that say what they do, as `top -H`,
// `ps -L`, perf and gdb show them.

#include "engine/thread_name.h"

#include <boost/test/unit_test.hpp>
#include <future>

#include "tests/engine/log_fixture.h"
#include "tests/engine/threads_named.h"

namespace homeward::testing {

namespace {

// Starts a thread named `name` and counts, while it runs, this process's
// threads that /proc shows as `shown`.
std::size_t SeenWhileRunning(std::string_view name, std::string_view shown) {
  std::promise<void> named, release;
  std::thread thread = NamedThread(name, [&] {
    named.set_value();
    release.get_future().wait();
  });
  named.get_future().wait();
  const std::size_t seen = ThreadsNamed(shown);
  release.set_value();
  thread.join();
  return seen;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(thread_name_test)

BOOST_AUTO_TEST_CASE(a_named_thread_carries_its_name_while_it_runs) {
  BOOST_TEST(SeenWhileRunning("hw-test-thread", "hw-test-thread") == 1u);
}

BOOST_AUTO_TEST_CASE(a_name_longer_than_linux_keeps_is_cut_at_15_bytes) {
  BOOST_TEST(SeenWhileRunning("hw-a-very-long-thread-name", "hw-a-very-long-") == 1u);
}

BOOST_AUTO_TEST_CASE(an_open_log_runs_the_writers_two_threads_by_name_and_stages_on_the_callers) {
  TempDir dir;
  {
    auto log = RocksLog::Open(dir.Sub("store"), RocksLogOptions{});
    BOOST_REQUIRE(log.ok());
    BOOST_TEST((*log)->Append(To("o/volunteer/v1", ExpectedVersion::Any(), {Ev("x")})).ok());
    for (const char* name : {"hw-sync", "hw-answer"}) {
      BOOST_TEST_INFO(name);
      BOOST_TEST(ThreadsNamed(name) == 1u);
    }
    BOOST_TEST(ThreadsNamed("hw-stage") == 0u);
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace homeward::testing
