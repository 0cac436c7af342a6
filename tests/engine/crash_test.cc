// Crashes for real: a child process appends with sync on and reports each
// acknowledged position through a pipe; the parent kills it with SIGKILL at a
// random moment, reopens the store and checks that nothing acknowledged was
// lost, positions are gap-free, and the chain verifies. Many times over.

#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <map>
#include <random>
#include <thread>

#include "engine/verify.h"
#include "tests/engine/child_process.h"
#include "tests/engine/log_fixture.h"

namespace homeward::testing {
namespace {

constexpr int kKills = 24;
constexpr int kChildThreads = 4;

// What the child reports per acknowledged event: its position and its payload.
struct Ack {
  std::uint64_t position;
  char tag[24];
};

[[noreturn]] void RunChild(const std::string& dir, int run, int fd) {
  auto log = RocksLog::Open(dir, RocksLogOptions{});
  if (!log.ok()) _exit(3);
  std::mutex pipe_mu;
  std::vector<std::thread> threads;
  for (int t = 0; t < kChildThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0;; ++i) {
        char tag[24] = {};
        std::snprintf(tag, sizeof tag, "r%d-t%d-i%d", run, t, i);
        // Two streams per append (like a sign-up), every other one with a key.
        AppendRequest request =
            To("crash/volunteer/t" + std::to_string(t), ExpectedVersion::Any(),
               {Ev("signed_up", tag)}, i % 2 ? std::string(tag) : std::string());
        request.streams.push_back(
            StreamAppend{"crash/activity/shared", ExpectedVersion::Any(), {Ev("roster", tag)}});
        auto result = (*log)->Append(std::move(request));
        if (!result.ok()) _exit(4);
        std::lock_guard lock(pipe_mu);
        for (std::uint64_t position : result->positions) {
          Ack ack{position, {}};
          std::memcpy(ack.tag, tag, sizeof tag);
          if (write(fd, &ack, sizeof ack) != sizeof ack) _exit(5);
        }
      }
    });
  }
  for (auto& thread : threads) thread.join();
  _exit(0);
}

// Reads whatever acks are in the pipe, waiting up to `timeout_ms` for the first.
void Drain(int fd, std::vector<Ack>& acks, int timeout_ms) {
  pollfd p{fd, POLLIN, 0};
  while (poll(&p, 1, timeout_ms) > 0) {
    Ack ack;
    const ssize_t n = read(fd, &ack, sizeof ack);
    if (n != sizeof ack) return;  // end of file once the child is gone
    acks.push_back(ack);
    timeout_ms = 0;
  }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(crash_test)

BOOST_AUTO_TEST_CASE(no_acknowledged_event_is_lost_when_the_writer_is_killed) {
  TempDir temp("homeward-crash");
  const std::string dir = temp.Sub("store");
  std::mt19937 random(20261129);
  std::map<std::uint64_t, std::string> acknowledged;
  int killed_mid_write = 0;

  // Forked before any store is opened (WaitingChildren), each told its run.
  WaitingChildren children(
      kKills, [&](const std::string& run, int fd) { RunChild(dir, std::stoi(run), fd); });
  for (int run = 0; run < kKills; ++run) {
    const ChildProcess child = children.Start(std::to_string(run));
    std::vector<Ack> acks;
    Drain(child.from_child, acks, 10000);  // the child is up and writing
    const auto deadline =
        std::chrono::steady_clock::now() +
        std::chrono::milliseconds(std::uniform_int_distribution<>(1, 120)(random));
    while (std::chrono::steady_clock::now() < deadline) Drain(child.from_child, acks, 5);
    const int status = KillAndReap(child.pid);
    Drain(child.from_child, acks, 0);  // acks written before the kill landed
    close(child.from_child);
    BOOST_TEST_REQUIRE(WIFSIGNALED(status), "run " << run << ": the child exited by itself");
    BOOST_TEST_REQUIRE(!acks.empty(), "run " << run << ": no append was acknowledged");
    for (const Ack& ack : acks) acknowledged[ack.position] = ack.tag;

    auto log = RocksLog::Open(dir, RocksLogOptions{});
    BOOST_REQUIRE_MESSAGE(log.ok(), "run " << run << ": " << log.status().ToString());
    const std::uint64_t head = (*log)->Head();
    if (head > acknowledged.rbegin()->first) ++killed_mid_write;  // durable, not yet acked
    auto all = (*log)->ReadAll(1, head + 1);
    BOOST_REQUIRE(all.ok());
    BOOST_TEST_REQUIRE(all->size() == head);  // gap-free: ReadAll refuses gaps
    for (const auto& [position, tag] : acknowledged) {
      BOOST_TEST_REQUIRE(position <= head, "run " << run << ": acknowledged " << position
                                                  << " lost; head is " << head);
      BOOST_TEST_REQUIRE((*all)[position - 1].payload == tag);
    }
    log->reset();
    auto report = VerifyStore(dir);
    BOOST_REQUIRE(report.ok());
    BOOST_TEST_REQUIRE(report->ok, "run " << run << ": " << report->problem);
    BOOST_TEST_REQUIRE(report->count == head);
  }
  BOOST_TEST(acknowledged.size() > static_cast<std::size_t>(kKills));
  BOOST_TEST_MESSAGE(acknowledged.size()
                     << " acknowledged events survived " << kKills << " kills; " << killed_mid_write
                     << " kills left durable events not yet acknowledged");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace homeward::testing
