#include <boost/test/unit_test.hpp>
#include <set>
#include <thread>

#include "tests/engine/log_fixture.h"

namespace homeward::testing {

BOOST_FIXTURE_TEST_SUITE(concurrency_test, LogFixture)

BOOST_AUTO_TEST_CASE(many_threads_appending_get_unique_gap_free_positions) {
  constexpr int kThreads = 16;
  constexpr int kAppends = 150;
  std::vector<std::vector<std::uint64_t>> positions(kThreads);
  std::atomic<int> refusals{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      const std::string stream = "o/volunteer/v" + std::to_string(t);
      for (int i = 0; i < kAppends; ++i) {
        // Every other append goes to a shared stream, with no expectation.
        auto result =
            log().Append(i % 2 ? To("o/activity/shared", ExpectedVersion::Any(), {Ev("shared")})
                               : To(stream, ExpectedVersion::Exact(i), {Ev("own"), Ev("own")}));
        if (!result.ok()) {
          refusals++;
          continue;
        }
        positions[t].insert(positions[t].end(), result->positions.begin(), result->positions.end());
      }
    });
  }
  for (auto& thread : threads) thread.join();
  BOOST_TEST(refusals.load() == 0);

  std::set<std::uint64_t> seen;
  std::size_t total = 0;
  for (const auto& mine : positions) {
    BOOST_TEST(std::is_sorted(mine.begin(), mine.end()));  // each caller sees its order kept
    total += mine.size();
    seen.insert(mine.begin(), mine.end());
  }
  const std::size_t expected = kThreads * (kAppends / 2) * 3;
  BOOST_TEST(total == expected);
  BOOST_TEST(seen.size() == expected);
  BOOST_TEST(*seen.begin() == 1u);
  BOOST_TEST(*seen.rbegin() == expected);
  BOOST_TEST(log().Head() == expected);

  const auto all = All();
  BOOST_REQUIRE(all.size() == expected);
  for (std::size_t i = 0; i < all.size(); ++i) {
    BOOST_TEST(all[i].position == i + 1);
    if (i > 0) BOOST_TEST((all[i].prev_hash == all[i - 1].hash));
  }
  BOOST_TEST(log().StreamVersion("o/activity/shared").value() == kThreads * (kAppends / 2));
  for (int t = 0; t < kThreads; ++t) {
    BOOST_TEST(log().StreamVersion("o/volunteer/v" + std::to_string(t)).value() == kAppends);
  }
}

BOOST_AUTO_TEST_CASE(concurrent_appends_with_one_expected_version_admit_exactly_one) {
  Given(To("o/activity/a", ExpectedVersion::Any(), {Ev("planned")}));
  constexpr int kThreads = 12;
  std::atomic<int> admitted{0}, conflicts{0}, other{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&] {
      // Boost.Test is not thread-safe: count here, check after the join.
      auto r = log().Append(To("o/activity/a", ExpectedVersion::Exact(1), {Ev("took-last-place")}));
      (r.ok() ? admitted : r.status().code() == Code::kConflict ? conflicts : other)++;
    });
  }
  for (auto& thread : threads) thread.join();
  BOOST_TEST(other.load() == 0);
  BOOST_TEST(admitted.load() == 1);
  BOOST_TEST(conflicts.load() == kThreads - 1);
  BOOST_TEST(log().StreamVersion("o/activity/a").value() == 2u);
}

// Submitters stage for each other: whoever finds another staging leaves its
// append queued and returns. Closing the log right after must still stage,
// write and answer every one of them.
BOOST_AUTO_TEST_CASE(appends_submitted_from_many_threads_then_closed_at_once_are_all_written) {
  constexpr int kThreads = 8;
  constexpr int kAppends = 400;
  std::atomic<int> written{0}, failed{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kAppends; ++i) {
        log().AppendAsync(
            To("o/volunteer/v" + std::to_string(t), ExpectedVersion::Exact(i), {Ev("own")}),
            [&](Result<AppendResult> r) { (r.ok() ? written : failed)++; });
      }
    });
  }
  for (auto& thread : threads) thread.join();
  Close();  // without waiting for any answer
  BOOST_TEST(failed.load() == 0);
  BOOST_TEST(written.load() == kThreads * kAppends);
  Reopen();
  BOOST_TEST(log().Head() == static_cast<std::uint64_t>(kThreads * kAppends));
  for (int t = 0; t < kThreads; ++t) {
    BOOST_TEST(log().StreamVersion("o/volunteer/v" + std::to_string(t)).value() == kAppends);
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace homeward::testing
