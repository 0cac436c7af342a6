// A process catching up its projections is SIGKILLed at random moments; on
// reopen each projection resumes from a whole snapshot and ends equal to a
// rebuild: nothing lost, nothing applied twice.

#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <random>

#include "tests/engine/child_process.h"
#include "tests/projections/store_fixture.h"

namespace homeward::testing {
namespace {

using namespace std::chrono_literals;

constexpr int kKills = 12;

// The child: rebuilds every projection from position 0, saving checkpoints
// as often as it may, then starts over, until it is killed. Writes a byte to
// `ready` once it is under way.
[[noreturn]] void CatchUpForever(const std::string& dir, int ready) {
  RocksLogOptions options;
  options.create_if_missing = false;
  auto log = RocksLog::Open(dir, options);
  if (!log.ok()) _exit(2);
  auto store = (*log)->NewProjectionStore();
  HostOptions host_options;
  host_options.checkpoint_interval = 1ms;
  host_options.catch_up_checkpoint_interval = 1ms;
  ProjectionHost host(**log, *store, MakeProjections(), host_options);
  bool told = false;
  for (;;) {
    // From empty views, not from the snapshots at the head that the last
    // round (or the reference rebuild) saved: those leave nothing to catch up.
    if (!host.LoadForRebuild("").ok()) _exit(3);
    Status s = host.CatchUp([&](std::uint64_t, std::uint64_t) {
      if (!told) told = write(ready, "r", 1) == 1;
    });
    if (!s.ok()) _exit(4);
  }
}

BOOST_AUTO_TEST_SUITE(crash_test)

BOOST_AUTO_TEST_CASE(a_kill_during_catch_up_loses_nothing_and_applies_nothing_twice) {
  // Forked before any store is opened (WaitingChildren), each told the folder.
  WaitingChildren children(kKills,
                           [](const std::string& dir, int ready) { CatchUpForever(dir, ready); });
  StoreFixture fixture;
  EventGenerator generator(11, "org", StoreFixture::kStart);
  fixture.Generate(generator, 30000);
  const auto reference = fixture.Rebuilt();
  const std::uint64_t head = fixture.log().Head();
  fixture.Close();

  std::mt19937 random(20261129);
  int resumed_midway = 0;
  for (int run = 0; run < kKills; ++run) {
    const ChildProcess child = children.Start(fixture.dir());
    // Under way, within a minute.
    pollfd under_way{child.from_child, POLLIN, 0};
    char byte = 0;
    const bool started = poll(&under_way, 1, 60'000) == 1 && read(child.from_child, &byte, 1) == 1;
    close(child.from_child);
    if (!started) KillAndReap(child.pid);
    BOOST_REQUIRE_MESSAGE(started, "run " << run << ": the child did not start catching up");
    std::this_thread::sleep_for(
        std::chrono::milliseconds(std::uniform_int_distribution<>(0, 150)(random)));
    const int status = KillAndReap(child.pid);
    BOOST_TEST_REQUIRE(WIFSIGNALED(status),
                       "run " << run << ": the child exited with " << WEXITSTATUS(status));

    fixture.Reopen();
    auto host = fixture.Host();
    for (const ProjectionStatus& p : host->Statuses()) {
      BOOST_TEST_REQUIRE(p.position <= head);
      if (p.position > 0 && p.position < head) ++resumed_midway;
    }
    BOOST_REQUIRE(host->CatchUp().ok());
    for (const auto& [name, bytes] : StoreFixture::Bytes(*host)) {
      BOOST_TEST_INFO("run " << run << ", projection " << name);
      BOOST_TEST((bytes == reference.at(name)));
    }
    host.reset();
    fixture.Close();
  }
  // The kills landed during catch-ups, not only between them.
  BOOST_TEST(resumed_midway > 0);
  BOOST_TEST_MESSAGE(kKills << " kills; " << resumed_midway
                            << " projections resumed from a checkpoint part-way through");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::testing
