#include <boost/test/unit_test.hpp>
#include <future>

#include "tests/engine/log_fixture.h"

namespace homeward::testing {

BOOST_AUTO_TEST_SUITE(round_limits_test)

// A burst bigger than one round must be split into several rounds, not stall.
BOOST_AUTO_TEST_CASE(a_burst_over_the_round_limits_is_written_in_several_rounds) {
  TempDir dir;
  RocksLogOptions options;
  options.sync = false;
  options.max_round_appends = 16;
  options.max_round_bytes = 64 << 10;
  auto log = RocksLog::Open(dir.Sub("store"), options);
  BOOST_REQUIRE(log.ok());

  std::vector<std::future<Result<AppendResult>>> answers;
  for (int i = 0; i < 200; ++i) {
    auto promise = std::make_shared<std::promise<Result<AppendResult>>>();
    answers.push_back(promise->get_future());
    // Every tenth append is large: 40 KiB, so two of them overfill a round.
    const std::string payload(i % 10 == 0 ? 40 << 10 : 100, 'x');
    (*log)->AppendAsync(To("o/activity/a", ExpectedVersion::Any(), {Ev("x", payload)}),
                        [promise](Result<AppendResult> r) { promise->set_value(std::move(r)); });
  }
  for (auto& answer : answers) {
    BOOST_REQUIRE(answer.wait_for(std::chrono::seconds(30)) == std::future_status::ready);
    BOOST_TEST(answer.get().ok());
  }
  BOOST_TEST((*log)->Head() == 200u);
  BOOST_TEST((*log)->writer_stats().rounds.load() >= 200u / 16);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace homeward::testing
