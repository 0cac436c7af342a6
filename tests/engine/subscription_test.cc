#include "engine/subscription.h"

#include <boost/test/unit_test.hpp>
#include <mutex>

#include "tests/engine/log_fixture.h"

namespace homeward::testing {
namespace {

// Collects what a subscription delivers.
struct Collector {
  std::mutex mu;
  std::vector<std::uint64_t> positions;

  EnvelopeHandler Handler() {
    return [this](const Envelope& e) {
      std::lock_guard lock(mu);
      positions.push_back(e.position);
    };
  }
  // Waits (bounded) until `n` envelopes arrived; returns what arrived.
  std::vector<std::uint64_t> Await(std::size_t n) {
    for (int i = 0; i < 500; ++i) {
      {
        std::lock_guard lock(mu);
        if (positions.size() >= n) return positions;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    std::lock_guard lock(mu);
    return positions;
  }
};

std::vector<std::uint64_t> Range(std::uint64_t from, std::uint64_t to) {
  std::vector<std::uint64_t> out;
  for (auto p = from; p <= to; ++p) out.push_back(p);
  return out;
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(subscription_test, LogFixture)

BOOST_AUTO_TEST_CASE(a_subscriber_catches_up_then_follows_live_exactly_once_in_order) {
  for (int i = 0; i < 700; ++i) Given(To("o/activity/a", ExpectedVersion::Any(), {Ev("x")}));
  Collector collector;
  Subscription subscription(log(), 1, collector.Handler());
  BOOST_TEST(collector.Await(700) == Range(1, 700), boost::test_tools::per_element());

  std::vector<std::thread> writers;
  for (int t = 0; t < 4; ++t) {
    writers.emplace_back([&] {
      for (int i = 0; i < 50; ++i) Given(To("o/activity/b", ExpectedVersion::Any(), {Ev("y")}));
    });
  }
  for (auto& w : writers) w.join();
  BOOST_TEST(collector.Await(900) == Range(1, 900), boost::test_tools::per_element());
  BOOST_TEST(subscription.next() == 901u);
  BOOST_TEST(subscription.status().ok());
}

BOOST_AUTO_TEST_CASE(a_subscriber_starts_from_its_checkpoint) {
  Given(To("o/activity/a", ExpectedVersion::Any(), {Ev("1"), Ev("2"), Ev("3"), Ev("4")}));
  Collector collector;
  Subscription subscription(log(), 3, collector.Handler());
  Given(To("o/activity/a", ExpectedVersion::Any(), {Ev("5")}));
  BOOST_TEST(collector.Await(3) == Range(3, 5), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_subscriber_on_an_empty_log_waits_for_the_first_event) {
  Collector collector;
  Subscription subscription(log(), 0, collector.Handler());
  std::this_thread::sleep_for(std::chrono::milliseconds(60));
  BOOST_TEST(collector.Await(0).empty());
  Given(To("o/activity/a", ExpectedVersion::Any(), {Ev("1")}));
  BOOST_TEST(collector.Await(1) == Range(1, 1), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(waiting_for_a_position_returns_once_it_is_committed) {
  BOOST_TEST(!log().WaitForPosition(1, std::chrono::milliseconds(20)));
  std::thread writer([&] { Given(To("o/activity/a", ExpectedVersion::Any(), {Ev("1")})); });
  BOOST_TEST(log().WaitForPosition(1, std::chrono::seconds(10)));
  writer.join();
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace homeward::testing
