#include <boost/test/unit_test.hpp>
#include <future>

#include "engine/verify.h"
#include "tests/engine/log_fixture.h"

namespace homeward::testing {
namespace {

// A log whose writes fail while `failing` is set.
struct FailingLog {
  TempDir dir{"homeward-failure"};
  std::atomic<bool> failing{false};
  std::unique_ptr<RocksLog> log;

  FailingLog() { Open(); }
  void Open() {
    log.reset();
    RocksLogOptions options;
    options.fail_write = [this] { return failing.load(); };
    auto opened = RocksLog::Open(dir.Sub("store"), options);
    BOOST_REQUIRE(opened.ok());
    log = std::move(opened).value();
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(write_failure_test, FailingLog)

BOOST_AUTO_TEST_CASE(a_failed_write_is_reported_as_unknown_and_stops_the_log) {
  BOOST_REQUIRE(log->Append(To("o/activity/a", ExpectedVersion::Any(), {Ev("x")})).ok());
  failing = true;
  auto failed = log->Append(To("o/activity/a", ExpectedVersion::Any(), {Ev("y")}, "key-y"));
  BOOST_TEST(failed.status().code() == Code::kUnavailable);
  BOOST_TEST(failed.status().message().find("outcome") != std::string::npos);
  BOOST_TEST(log->Head() == 1u);

  failing = false;  // the disk is back, but the log waits for a reopen
  auto later = log->Append(To("o/activity/b", ExpectedVersion::Any(), {Ev("z")}));
  BOOST_TEST(later.status().code() == Code::kUnavailable);
  // A refusal decided after the failure is not trusted either.
  auto refused = log->Append(To("o/activity/a", ExpectedVersion::Exact(9), {Ev("z")}));
  BOOST_TEST(refused.status().code() == Code::kUnavailable);
}

BOOST_AUTO_TEST_CASE(reopening_after_a_failed_write_recovers_and_a_retry_succeeds_once) {
  BOOST_REQUIRE(log->Append(To("o/activity/a", ExpectedVersion::Any(), {Ev("x")})).ok());
  failing = true;
  const AppendRequest retry = To("o/activity/a", ExpectedVersion::Exact(1), {Ev("y")}, "key-y");
  BOOST_TEST(!log->Append(retry).ok());
  failing = false;
  Open();
  auto first = log->Append(retry);
  BOOST_REQUIRE(first.ok());
  BOOST_TEST(first->positions.front() == 2u);
  auto again = log->Append(retry);
  BOOST_TEST(again->replayed);
  log.reset();
  auto report = VerifyStore(dir.Sub("store"));
  BOOST_REQUIRE(report.ok());
  BOOST_TEST(report->ok);
  BOOST_TEST(report->count == 2u);
}

BOOST_AUTO_TEST_CASE(every_append_in_flight_when_a_write_fails_gets_an_answer) {
  failing = true;
  std::vector<std::future<Result<AppendResult>>> answers;
  for (int i = 0; i < 50; ++i) {
    auto promise = std::make_shared<std::promise<Result<AppendResult>>>();
    answers.push_back(promise->get_future());
    log->AppendAsync(To("o/activity/a" + std::to_string(i), ExpectedVersion::Any(), {Ev("x")}),
                     [promise](Result<AppendResult> r) { promise->set_value(std::move(r)); });
  }
  for (auto& answer : answers) {
    BOOST_TEST(answer.get().status().code() == Code::kUnavailable);
  }
  BOOST_TEST(log->Head() == 0u);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace homeward::testing
