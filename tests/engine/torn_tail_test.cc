// A torn tail: a process appends with sync on and dies without closing the
// store, so the newest write-ahead log file holds the events; then the end of
// that file is damaged as a crash or a failing disk leaves it (bytes of a
// half-written record after it, the last record cut short, bytes of the last
// record changed, half the file gone). On reopen the store either recovers a
// prefix of what was written, every event of it intact, with a valid chain
// and stream versions that agree with the log, and goes on appending, losing
// only the records the damage touched. It never serves an event that was
// not written.

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>

#include "engine/verify.h"
#include "tests/engine/child_process.h"
#include "tests/engine/log_fixture.h"

namespace homeward::testing {
namespace {

namespace fs = std::filesystem;
constexpr int kEvents = 200;

std::string Stream(int i) { return "o/volunteer/v" + std::to_string(i % 7); }
std::string Payload(int i) { return "signed-up-" + std::to_string(i); }

// In a child process: appends kEvents one by one (each synced), then dies
// without closing anything, as a SIGKILL would leave it. The children are
// forked at the first call, before this process opens any store (see
// WaitingChildren), one for each store the suite writes.
void WriteAndDie(const std::string& dir) {
  static WaitingChildren writers(5, [](const std::string& store, int) {
    auto log = RocksLog::Open(store, RocksLogOptions{});
    if (!log.ok()) _exit(3);
    for (int i = 0; i < kEvents; ++i) {
      if (!(*log)
               ->Append(To(Stream(i), ExpectedVersion::Any(), {Ev("signed_up", Payload(i))}))
               .ok())
        _exit(4);
    }
    _exit(0);
  });
  const ChildProcess child = writers.Start(dir);
  int status = 0;
  waitpid(child.pid, &status, 0);
  close(child.from_child);
  BOOST_REQUIRE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

// The newest write-ahead log file of the store (the one with the highest number).
fs::path NewestWal(const std::string& dir) {
  fs::path newest;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".log" && entry.path().filename() > newest.filename())
      newest = entry.path();
  }
  BOOST_REQUIRE(!newest.empty());
  BOOST_REQUIRE(fs::file_size(newest) > 0);
  return newest;
}

using Damage = void (*)(const fs::path& wal);

void AppendHalfRecord(const fs::path& wal) {
  std::ofstream out(wal, std::ios::binary | std::ios::app);
  const char header[] = {'\x17', '\x2a', '\x05', '\x00', '\x00', '\x01', '\x01', 's', 'i', 'g'};
  out.write(header, sizeof header);
}
void CutLastBytes(const fs::path& wal) { fs::resize_file(wal, fs::file_size(wal) - 5); }
void CutHalf(const fs::path& wal) { fs::resize_file(wal, fs::file_size(wal) / 2); }
void ChangeLastRecord(const fs::path& wal) {
  std::fstream file(wal, std::ios::binary | std::ios::in | std::ios::out);
  file.seekp(static_cast<std::streamoff>(fs::file_size(wal)) - 12);
  file.write("\x5a\x5a\x5a\x5a\x5a\x5a\x5a\x5a", 8);  // eight bytes of the last record, changed
}

// Opens the damaged store and checks that it serves only what was written.
void RequireRecoveredPrefix(const std::string& dir, const std::string& damage,
                            std::uint64_t least) {
  auto opened = RocksLog::Open(dir, RocksLogOptions{});
  // Point-in-time recovery stops at the first damaged record, so the store
  // opens; a refusal here would be a regression (and would have to name the
  // damage, never serve around it).
  BOOST_REQUIRE_MESSAGE(opened.ok(), damage << ": " << opened.status().ToString());
  RocksLog& log = **opened;
  const std::uint64_t head = log.Head();
  BOOST_TEST_MESSAGE(damage << ": recovered " << head << " of " << kEvents << " events");
  BOOST_TEST(head <= static_cast<std::uint64_t>(kEvents), damage);
  BOOST_TEST(head >= least, damage);
  auto all = log.ReadAll(1, kEvents + 10);
  BOOST_REQUIRE(all.ok());
  BOOST_REQUIRE_EQUAL(all->size(), head);
  std::map<std::string, std::uint64_t> versions;
  for (const Envelope& e : *all) {
    const int i = static_cast<int>(e.position) - 1;
    BOOST_TEST(e.payload == Payload(i), damage << " at " << e.position);
    BOOST_TEST(e.stream_id == Stream(i), damage << " at " << e.position);
    BOOST_TEST(e.stream_version == ++versions[e.stream_id], damage << " at " << e.position);
  }
  for (const auto& [stream, version] : versions) {
    BOOST_TEST(log.StreamVersion(stream).value() == version, damage << " " << stream);
  }
  // The store goes on: the next append takes the next position.
  auto next = log.Append(
      To(Stream(0), ExpectedVersion::Exact(versions[Stream(0)]), {Ev("signed_up", "after")}));
  BOOST_REQUIRE_MESSAGE(next.ok(), damage << ": " << next.status().ToString());
  BOOST_TEST(next->positions.front() == head + 1, damage);
  opened->reset();
  auto report = VerifyStore(dir);
  BOOST_REQUIRE(report.ok());
  BOOST_TEST(report->ok, damage << ": " << report->problem);
  BOOST_TEST(report->count == head + 1, damage);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(torn_tail_test)

BOOST_AUTO_TEST_CASE(a_damaged_end_of_the_newest_wal_gives_a_true_prefix) {
  // Garbage after the last whole record loses nothing; the other damage loses
  // the records it touched and nothing before them.
  const std::vector<std::tuple<std::string, Damage, std::uint64_t>> cases = {
      {"half a record appended", AppendHalfRecord, kEvents},
      {"last 5 bytes cut", CutLastBytes, kEvents - 1},
      {"last record changed", ChangeLastRecord, kEvents - 1},
      {"half the file cut", CutHalf, kEvents / 2 - 10},
  };
  for (const auto& [name, damage, least] : cases) {
    TempDir dir("homeward-torn");
    const std::string store = dir.Sub("store");
    WriteAndDie(store);
    damage(NewestWal(store));
    RequireRecoveredPrefix(store, name, least);
  }
}

BOOST_AUTO_TEST_CASE(an_undamaged_wal_after_a_crash_recovers_every_synced_event) {
  TempDir dir("homeward-torn");
  const std::string store = dir.Sub("store");
  WriteAndDie(store);
  RequireRecoveredPrefix(store, "no damage", kEvents);
  auto log = RocksLog::Open(store, RocksLogOptions{});
  BOOST_REQUIRE(log.ok());
  BOOST_TEST((*log)->Head() == static_cast<std::uint64_t>(kEvents) + 1);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace homeward::testing
