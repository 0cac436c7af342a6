// Activity commands with no thread waiting for the disk: two pool threads
// carry a hundred sign-ups at once; each is answered exactly once, a busy
// activity's commands take turns, and a retried key gets the first answer.

#include <boost/test/unit_test.hpp>
#include <condition_variable>
#include <deque>
#include <map>
#include <thread>

#include "engine/turns.h"
#include "tests/engine/log_fixture.h"
#include "tests/engine/sign_up_world.h"

namespace homeward::testing {
namespace {

// Two threads running what is posted, in order of posting.
class TwoThreads {
 public:
  TwoThreads() {
    for (auto& t : threads_) t = std::thread([this] { Work(); });
  }
  ~TwoThreads() {
    {
      std::lock_guard lock(mu_);
      stopping_ = true;
    }
    ready_.notify_all();
    for (auto& t : threads_) t.join();
  }
  Executor executor() {
    return [this](std::function<void()> work) {
      std::lock_guard lock(mu_);
      work_.push_back(std::move(work));
      ready_.notify_one();
    };
  }

 private:
  void Work() {
    for (;;) {
      std::function<void()> work;
      {
        std::unique_lock lock(mu_);
        ready_.wait(lock, [&] { return stopping_ || !work_.empty(); });
        if (work_.empty()) return;
        work = std::move(work_.front());
        work_.pop_front();
      }
      work();
    }
  }
  std::mutex mu_;
  std::condition_variable ready_;
  std::deque<std::function<void()>> work_;
  bool stopping_ = false;
  std::thread threads_[2];
};

// Outcomes by the command's number, each counted.
struct Outcomes {
  std::mutex mu;
  std::condition_variable all_in;
  std::map<int, std::vector<Result<AppendResult>>> by_command;
  std::size_t count = 0;

  CommandDone For(int n) {
    return [this, n](Result<AppendResult> r) {
      std::lock_guard lock(mu);
      by_command[n].push_back(std::move(r));
      ++count;
      all_in.notify_all();
    };
  }
  void AwaitCount(std::size_t n) {
    std::unique_lock lock(mu);
    BOOST_REQUIRE(all_in.wait_for(lock, std::chrono::seconds(60), [&] { return count >= n; }));
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(command_async_test, LogFixture)

BOOST_AUTO_TEST_CASE(a_turn_passes_in_order_and_frees_when_no_one_waits) {
  Turns turns;
  std::vector<int> started;
  BOOST_TEST(turns.Enter(7, [] {}));
  BOOST_TEST(!turns.Enter(7, [&] { started.push_back(1); }));
  BOOST_TEST(!turns.Enter(7, [&] { started.push_back(2); }));
  BOOST_TEST(turns.Enter(8, [] {}));  // another stripe is free
  turns.Leave(7);
  BOOST_TEST(started == std::vector<int>{1});
  turns.Leave(7);
  BOOST_TEST(started == (std::vector<int>{1, 2}));
  turns.Leave(7);
  BOOST_TEST(turns.Enter(7, [] {}));
}

BOOST_AUTO_TEST_CASE(a_hundred_sign_ups_in_flight_on_two_threads_fill_places_once_each) {
  const std::int64_t now = 1803866400LL * 1000000;  // 2027-03-01
  CommandService service(log(), [now] { return now; });
  const CommandContext ctx{"county", "coordinator:li", "async", ""};
  constexpr int kVolunteers = 100, kActivities = 4, kPlaces = 10;
  constexpr std::int64_t kHour = 3600LL * 1000000;
  GivenSignUpWorld(service, ctx, {kVolunteers, kActivities, kPlaces, 3 * kHour, kHour});

  // When every volunteer signs up for one activity, all sent at once, and
  // the first ten send their sign-up a second time with the same key
  TwoThreads pool;
  Outcomes outcomes;
  const auto context = [&](int v) {
    CommandContext c = ctx;
    c.idempotency_key = "county/li/sign-up-" + std::to_string(v);
    return c;
  };
  const auto sign_up = [&](int v) {
    return ActivityCommand{
        SignUp{"a" + std::to_string(v % kActivities), "s", "v" + std::to_string(v), ""}};
  };
  for (int v = 0; v < kVolunteers; ++v) {
    service.ExecuteAsync(context(v), sign_up(v), pool.executor(), outcomes.For(v));
  }
  for (int v = 0; v < 10; ++v) {
    service.ExecuteAsync(context(v), sign_up(v), pool.executor(), outcomes.For(1000 + v));
  }
  outcomes.AwaitCount(kVolunteers + 10);

  // Then each is answered once: a place or the waitlist, never a stale version
  for (int v = 0; v < kVolunteers; ++v) {
    BOOST_REQUIRE(outcomes.by_command[v].size() == 1u);
    const Result<AppendResult>& r = outcomes.by_command[v].front();
    BOOST_TEST(r.ok(), "v" << v << ": " << r.status().ToString());
  }
  // and a retry got the first answer, not a second place
  for (int v = 0; v < 10; ++v) {
    const Result<AppendResult>& retry = outcomes.by_command[1000 + v].front();
    BOOST_REQUIRE(retry.ok());
    BOOST_TEST(retry->positions == outcomes.by_command[v].front()->positions);
  }
  for (int a = 0; a < kActivities; ++a) {
    const ActivitySlot slot =
        service.LoadActivity("county", "a" + std::to_string(a))->state().slots.front();
    BOOST_TEST(slot.holders.size() == std::size_t{kPlaces});
    BOOST_TEST(slot.holders.size() + slot.waiting.size() == std::size_t{kVolunteers / kActivities});
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace homeward::testing
