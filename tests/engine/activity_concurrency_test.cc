// 64 threads sign 200 volunteers up for 10 activities with overlapping times
// through the command service, on a real RocksDB log, some withdrawing again.
// Afterwards no activity holds more than its capacity, nobody holds two
// overlapping places, and every waitlist is in arrival order.

#include <boost/test/unit_test.hpp>
#include <map>
#include <mutex>
#include <random>
#include <thread>

#include "tests/engine/log_fixture.h"
#include "tests/engine/people_fixture.h"
#include "tests/engine/sign_up_world.h"

namespace homeward::testing {
namespace {

constexpr int kThreads = 64;
constexpr int kVolunteers = 200;
constexpr int kActivities = 10;
constexpr std::int64_t kHour = 3600LL * 1000000;

}  // namespace

BOOST_FIXTURE_TEST_SUITE(activity_concurrency_test, LogFixture)

BOOST_AUTO_TEST_CASE(racing_sign_ups_never_overfill_double_book_or_reorder_the_waitlist) {
  const std::int64_t now = 1803866400LL * 1000000;  // 2027-03-01
  CommandService service(log(), [now] { return now; });
  CommandContext ctx{"county", "coordinator:li", "race", ""};
  // Two-hour activities starting an hour apart: each overlaps its neighbours.
  GivenSignUpWorld(service, ctx, {kVolunteers, kActivities, 8, kHour, 2 * kHour});

  std::mutex mu;
  std::map<std::string, std::vector<std::pair<std::uint64_t, std::string>>> waitlisted;
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      std::mt19937 random(t);
      for (int i = 0; i < 40; ++i) {
        const std::string v = "v" + std::to_string(random() % kVolunteers);
        const std::string a = "a" + std::to_string(random() % kActivities);
        Result<AppendResult> r = random() % 5 == 0 ? service.Execute(ctx, Withdraw{a, v, false, ""})
                                                   : service.Execute(ctx, SignUp{a, "s", v, ""});
        if (!r.ok() && r.status().code() != Code::kConflict &&
            r.status().code() != Code::kNotFound) {
          ++failures;
        }
        if (!r.ok() && r.status().reason() == "wrong_expected_version") ++failures;
      }
    });
  }
  for (auto& thread : threads) thread.join();
  BOOST_TEST(failures.load() == 0);

  std::map<std::string, std::vector<Booking>> held;
  int waitlistings = 0, promotions = 0;
  for (int a = 0; a < kActivities; ++a) {
    const std::string id = "a" + std::to_string(a);
    const ActivityState act = service.LoadActivity("county", id)->state();
    const ActivitySlot& slot = act.slots.front();
    BOOST_TEST(slot.holders.size() <= slot.capacity, id);
    // Arrival order: the order the log recorded the waitlistings, less those
    // who since left the list.
    std::vector<std::string> arrivals;
    for (const Envelope& e : log().ReadStream("county/activity/" + id, 1, 1 << 20).value()) {
      auto event = DecodeEvent(e.type, e.schema_version, e.payload).value();
      if (auto* w = std::get_if<Waitlisted>(&event)) {
        arrivals.push_back(w->volunteer_id);
        ++waitlistings;
      } else if (auto* p = std::get_if<PromotedFromWaitlist>(&event)) {
        ++promotions;
        std::erase(arrivals, p->volunteer_id);
      } else if (auto* d = std::get_if<Withdrawn>(&event)) {
        std::erase(arrivals, d->volunteer_id);
      }
    }
    BOOST_TEST(slot.waiting == arrivals, boost::test_tools::per_element());
    for (const std::string& h : slot.holders) {
      held[h].push_back({id, "s", act.plan.starts_at_us, act.plan.ends_at_us, false});
    }
  }
  // The race did exercise the waitlist and its promotions.
  BOOST_TEST(waitlistings > 0);
  BOOST_TEST(promotions > 0);
  for (const auto& [volunteer, bookings] : held) {
    for (std::size_t i = 0; i < bookings.size(); ++i) {
      for (std::size_t j = i + 1; j < bookings.size(); ++j) {
        const bool overlap = bookings[i].starts_at_us < bookings[j].ends_at_us &&
                             bookings[j].starts_at_us < bookings[i].ends_at_us;
        BOOST_TEST(!overlap, volunteer << " holds " << bookings[i].activity_id << " and "
                                       << bookings[j].activity_id);
      }
    }
    // The volunteer's own schedule agrees with the activities.
    BOOST_TEST(service.LoadVolunteer("county", volunteer)->state().bookings.size() ==
               bookings.size());
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace homeward::testing
