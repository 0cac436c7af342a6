// Disk faults under a real RocksDB (tests/engine/full_disk.h): a write the
// disk refuses is never acknowledged, every append in flight gets an answer,
// and after the fault clears and the store is reopened the log holds each
// batch whole or not at all: no partial batch, no gap, a valid chain.

#include <boost/test/unit_test.hpp>
#include <future>

#include "engine/projection_store.h"
#include "engine/store.h"
#include "engine/verify.h"
#include "tests/engine/full_disk.h"
#include "tests/engine/log_fixture.h"

namespace homeward::testing {
namespace {

// A log on a disk that fails on demand.
struct FailingDisk {
  TempDir dir{"homeward-disk-fault"};
  std::shared_ptr<FullDisk> disk;
  std::unique_ptr<rocksdb::Env> env;
  std::unique_ptr<RocksLog> log;

  FailingDisk() {
    std::tie(disk, env) = FullDisk::Make();
    Open();
  }
  void Open() {
    log.reset();
    RocksLogOptions options;
    options.env = env.get();
    auto opened = RocksLog::Open(dir.Sub("store"), options);
    BOOST_REQUIRE_MESSAGE(opened.ok(), opened.status().ToString());
    log = std::move(opened).value();
  }
  // The fault clears and the store is reopened, as an operator restarts the server.
  void Recover() {
    disk->Set(DiskFault::kNone);
    Open();
  }
  void RequireVerified(std::uint64_t count) {
    log.reset();
    auto report = VerifyStore(dir.Sub("store"));
    BOOST_REQUIRE(report.ok());
    BOOST_TEST(report->ok, report->problem);
    BOOST_TEST(report->count == count);
  }
  // A sign-up's shape: two streams, three events, in one batch.
  static AppendRequest Batch(std::string key) {
    AppendRequest request = To("o/volunteer/v1", ExpectedVersion::Any(),
                               {Ev("signed_up", "s1"), Ev("hours", "h1")}, std::move(key));
    request.streams.push_back(
        StreamAppend{"o/activity/a", ExpectedVersion::Any(), {Ev("roster", "r1")}});
    return request;
  }
  std::uint64_t Version(const std::string& stream) { return log->StreamVersion(stream).value(); }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(disk_fault_test, FailingDisk)

BOOST_AUTO_TEST_CASE(a_full_disk_refuses_the_write_as_unknown_and_stops_the_log) {
  BOOST_REQUIRE(log->Append(To("o/activity/a", ExpectedVersion::Any(), {Ev("x")})).ok());
  disk->Set(DiskFault::kNoSpace);
  auto failed = log->Append(To("o/activity/a", ExpectedVersion::Any(), {Ev("y")}, "key-y"));
  BOOST_TEST(failed.status().code() == Code::kUnavailable);
  BOOST_TEST(failed.status().message().find("outcome") != std::string::npos);
  BOOST_TEST(log->Head() == 1u);
  BOOST_TEST(disk->refusals() > 0);

  disk->Set(DiskFault::kNone);  // the disk is back, but the log waits for a reopen
  auto later = log->Append(To("o/activity/b", ExpectedVersion::Any(), {Ev("z")}));
  BOOST_TEST(later.status().code() == Code::kUnavailable);
  // A refusal decided after the failure is not trusted either.
  auto refused = log->Append(To("o/activity/a", ExpectedVersion::Exact(9), {Ev("z")}));
  BOOST_TEST(refused.status().code() == Code::kUnavailable);
}

BOOST_AUTO_TEST_CASE(after_a_full_disk_a_reopened_log_holds_nothing_of_the_refused_batch) {
  BOOST_REQUIRE(log->Append(To("o/activity/a", ExpectedVersion::Any(), {Ev("x")})).ok());
  disk->Set(DiskFault::kNoSpace);
  const AppendRequest retry = Batch("key-y");
  BOOST_TEST(!log->Append(retry).ok());
  Recover();
  BOOST_TEST(log->Head() == 1u);
  BOOST_TEST(Version("o/volunteer/v1") == 0u);
  auto first = log->Append(retry);
  BOOST_REQUIRE(first.ok());
  BOOST_TEST(first->positions.front() == 2u);
  auto again = log->Append(retry);
  BOOST_REQUIRE(again.ok());
  BOOST_TEST(again->replayed);
  BOOST_TEST(again->positions == first->positions);
  RequireVerified(4);
}

BOOST_AUTO_TEST_CASE(a_batch_torn_mid_record_is_dropped_whole_on_recovery) {
  for (int i = 0; i < 20; ++i) {
    BOOST_REQUIRE(
        log->Append(To("o/child/c" + std::to_string(i), ExpectedVersion::Any(), {Ev("x")})).ok());
  }
  disk->Set(DiskFault::kTorn);
  auto torn = log->Append(Batch("key-torn"));
  BOOST_TEST(torn.status().code() == Code::kUnavailable);
  Recover();
  // Nothing of the torn batch: not one of its three events, on neither stream.
  BOOST_TEST(log->Head() == 20u);
  BOOST_TEST(Version("o/volunteer/v1") == 0u);
  BOOST_TEST(Version("o/activity/a") == 0u);
  auto retried = log->Append(Batch("key-torn"));
  BOOST_REQUIRE(retried.ok());
  BOOST_TEST(!retried->replayed);
  BOOST_TEST(retried->positions == (std::vector<std::uint64_t>{21, 22, 23}));
  RequireVerified(23);
}

BOOST_AUTO_TEST_CASE(a_batch_whose_sync_failed_is_whole_or_absent_and_a_retry_settles_it) {
  BOOST_REQUIRE(log->Append(To("o/activity/a", ExpectedVersion::Any(), {Ev("x")})).ok());
  disk->Set(DiskFault::kSyncFails);
  auto unsure = log->Append(Batch("key-unsure"));
  BOOST_TEST(unsure.status().code() == Code::kUnavailable);
  Recover();
  // The bytes reached the file but not the platter: either all three events
  // came back or none did, never some.
  const std::uint64_t head = log->Head();
  BOOST_TEST_MESSAGE("after a failed sync the batch is " << (head == 4u ? "whole" : "absent"));
  BOOST_TEST((head == 1u || head == 4u), "head " << head);
  BOOST_TEST(Version("o/volunteer/v1") == (head == 4u ? 2u : 0u));
  BOOST_TEST(Version("o/activity/a") == (head == 4u ? 2u : 1u));
  // The client retries with its key: exactly one copy either way.
  auto retried = log->Append(Batch("key-unsure"));
  BOOST_REQUIRE(retried.ok());
  BOOST_TEST(retried->replayed == (head == 4u));
  BOOST_TEST(retried->positions == (std::vector<std::uint64_t>{2, 3, 4}));
  RequireVerified(4);
}

BOOST_AUTO_TEST_CASE(every_append_in_flight_when_a_write_fails_gets_an_answer) {
  disk->Set(DiskFault::kNoSpace);
  std::vector<std::future<Result<AppendResult>>> answers;
  for (int i = 0; i < 50; ++i) {
    auto promise = std::make_shared<std::promise<Result<AppendResult>>>();
    answers.push_back(promise->get_future());
    log->AppendAsync(To("o/activity/a" + std::to_string(i), ExpectedVersion::Any(), {Ev("x")}),
                     [promise](Result<AppendResult> r) { promise->set_value(std::move(r)); });
  }
  for (auto& answer : answers) {
    BOOST_REQUIRE(answer.wait_for(std::chrono::seconds(10)) == std::future_status::ready);
    BOOST_TEST(answer.get().status().code() == Code::kUnavailable);
  }
  BOOST_TEST(log->Head() == 0u);
  Recover();
  BOOST_TEST(log->Head() == 0u);
}

BOOST_AUTO_TEST_CASE(a_saved_view_whose_chunks_cannot_be_read_is_not_taken_for_damaged) {
  // Given a view of three chunks, saved and on disk (the store reopened, so
  // nothing of it is in a cache).
  ProjectionSnapshot saved{1, 0, std::string()};
  for (std::uint64_t i = 0; saved.state.size() < (3u << 20); ++i)
    saved.state += std::to_string(i * 7919);
  BOOST_REQUIRE(log->NewProjectionStore()->Save("big", saved).ok());
  Open();
  // When its large blocks cannot be read, the load is unavailable (a retry
  // may read it), not corrupt (which would drop it and rebuild the view).
  disk->Set(DiskFault::kLargeReadsFail);
  auto failed = log->NewProjectionStore()->Load("big");
  BOOST_TEST(failed.status().code() == Code::kUnavailable, failed.status().ToString());
  disk->Set(DiskFault::kNone);
  auto loaded = log->NewProjectionStore()->Load("big");
  BOOST_REQUIRE(loaded.ok());
  BOOST_TEST(loaded->has_value());
  BOOST_TEST((**loaded == saved));
}

BOOST_AUTO_TEST_CASE(a_store_whose_directory_cannot_be_synced_is_not_made) {
  // The rename that puts a new store in place is durable only once its
  // directory is synced: until then, nothing may be acknowledged in it.
  TempDir parent{"homeward-dir-sync"};
  auto [failing, failing_env] = FullDisk::Make();
  failing->FailDirectorySync(parent.path());
  auto made = Store::Open(parent.Sub("store"), StoreOptions{true, false, failing_env.get(), {}});
  BOOST_TEST(made.status().code() == Code::kUnavailable);
  BOOST_TEST(made.status().message().find("durable") != std::string::npos);
  failing->FailDirectorySync("");
  auto opened = Store::Open(parent.Sub("store"), StoreOptions{true, false, failing_env.get(), {}});
  BOOST_TEST(opened.ok(), opened.status().ToString());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace homeward::testing
