// Closing a unit while other commands add to it: whichever order they are
// decided in, no unit closes with open sub-units or live activities under
// it. The log holds each append at a gate (tests/engine/gated_log.h), so a
// command is decided and waits uncommitted while the other is sent: that one
// waits for the unit's turn, or is decided and caught by a stream version.

#include <boost/test/unit_test.hpp>
#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <vector>

#include "engine/command_service.h"
#include "engine/memory_log.h"
#include "engine/turns.h"
#include "tests/engine/gated_log.h"

namespace homeward::testing {
namespace {

using namespace std::chrono_literals;

constexpr std::int64_t kHour = 3600LL * 1000000;
constexpr std::int64_t kTripStart = 1811811600LL * 1000000;  // 2027-06-01 09:00 in Shiyan

struct ClosingRace {
  std::int64_t now_us = 1803866400LL * 1000000;  // 2027-03-01 10:00 in Shanghai
  InMemoryLog memory{[this] { return now_us; }};
  GatedLog log{memory};
  CommandService service{log, [this] { return now_us; }};
  CommandContext ctx{"county", "coordinator:li", "corr-1", ""};

  ClosingRace() {
    Given(CreateUnit{"office", "郧阳区妇联", UnitKind::kFederation, "", ""});
    Given(CreateUnit{"school", "马岭小学", UnitKind::kSchool, "office", ""});
  }

  template <typename Command>
  void Given(const Command& command) {
    auto result = service.Execute(ctx, command);
    BOOST_REQUIRE_MESSAGE(result.ok(), "given: " << result.status().ToString());
  }

  // Runs `command` on a thread of its own; its outcome comes with get().
  template <typename Command>
  std::future<Result<AppendResult>> Begin(const Command& command) {
    return std::async(std::launch::async,
                      [this, command] { return service.Execute(ctx, command); });
  }

  // Shuts the gate and begins `first`, which is decided and held there.
  template <typename Command>
  std::future<Result<AppendResult>> BeginHeld(const Command& first) {
    log.Shut();
    auto started = Begin(first);
    BOOST_REQUIRE_EQUAL(log.WaitHeld(1, 10s), 1u);
    return started;
  }

  // A command sent the way the server sends it (ExecuteAsync): decided at
  // once when its turn is free, otherwise posted here, when the turn passes.
  struct Sent {
    std::vector<std::function<void()>> posted;
    std::optional<Result<AppendResult>> outcome;
    // Runs what was posted, and what that posts in turn (a decision again).
    void Drain() {
      while (!posted.empty()) {
        auto work = std::move(posted.front());
        posted.erase(posted.begin());
        work();
      }
    }
  };
  template <typename Command>
  std::shared_ptr<Sent> Send(const Command& command) {
    auto sent = std::make_shared<Sent>();
    service.ExecuteAsync(
        ctx, command,
        [sent](std::function<void()> work) { sent->posted.push_back(std::move(work)); },
        [sent](Result<AppendResult> r) { sent->outcome = std::move(r); });
    return sent;
  }
  // Whether `sent` waits for a turn: neither decided nor at the gate.
  bool Waiting(const Sent& sent) {
    return sent.posted.empty() && !sent.outcome && log.WaitHeld(2, 0ms) == 1;
  }
  // Lets the held append through, then runs what its commit set going.
  std::string OutcomeAfterOpening(Sent& sent) {
    log.Open();
    sent.Drain();
    return sent.outcome ? Reason(*sent.outcome) : "no answer";
  }

  static PlanActivity Trip(std::string id, std::string unit) {
    PlanActivity plan;
    plan.activity_id = std::move(id);
    plan.unit_id = std::move(unit);
    plan.title = "走出大山看世界";
    plan.starts_at_us = kTripStart;
    plan.ends_at_us = kTripStart + 8 * kHour;
    plan.children_capacity = 30;
    return plan;
  }
  static std::string Reason(const Result<AppendResult>& r) {
    return r.ok() ? "ok" : r.status().reason();
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(unit_closing_race_test, ClosingRace)

BOOST_AUTO_TEST_CASE(an_activity_planned_before_the_closing_commits_keeps_the_unit_open) {
  auto plan = BeginHeld(Trip("trip", "school"));
  auto close = Send(PeopleCommand{CloseUnit{"school", "撤并"}});
  BOOST_TEST(Waiting(*close));  // for the unit's turn, which the plan holds
  BOOST_TEST(OutcomeAfterOpening(*close) == "unit_in_use");
  BOOST_TEST(Reason(plan.get()) == "ok");
  BOOST_TEST(!service.LoadUnit("county", "school")->state().closed);
}

BOOST_AUTO_TEST_CASE(an_activity_planned_while_the_unit_closes_is_refused) {
  auto close = BeginHeld(CloseUnit{"school", "撤并"});
  auto plan = Send(ActivityCommand{Trip("trip", "school")});
  BOOST_TEST(Waiting(*plan));
  BOOST_TEST(OutcomeAfterOpening(*plan) == "inactive");
  BOOST_TEST(Reason(close.get()) == "ok");
  BOOST_TEST(service.LoadActivity("county", "trip")->version == 0u);
}

BOOST_AUTO_TEST_CASE(a_unit_created_under_the_closing_unit_keeps_it_open) {
  auto create = BeginHeld(CreateUnit{"class", "三年级", UnitKind::kOther, "school", ""});
  auto close = Send(PeopleCommand{CloseUnit{"school", "撤并"}});
  BOOST_TEST(Waiting(*close));
  BOOST_TEST(OutcomeAfterOpening(*close) == "unit_in_use");
  BOOST_TEST(Reason(create.get()) == "ok");
}

BOOST_AUTO_TEST_CASE(a_unit_moved_under_the_closing_unit_keeps_it_open) {
  Given(CreateUnit{"village", "柳陂村", UnitKind::kOther, "office", ""});
  auto move = BeginHeld(MoveUnit{"village", "school"});
  auto close = Send(PeopleCommand{CloseUnit{"school", "撤并"}});
  BOOST_TEST(Waiting(*close));
  BOOST_TEST(OutcomeAfterOpening(*close) == "unit_in_use");
  BOOST_TEST(Reason(move.get()) == "ok");
  BOOST_TEST(!service.LoadUnit("county", "school")->state().closed);
}

BOOST_AUTO_TEST_CASE(a_cancelled_activity_rescheduled_while_the_unit_closes_keeps_it_open) {
  Given(Trip("trip", "school"));
  Given(CancelActivity{"trip", false, "下雨"});
  // The two take different turns (the trip's and the school's; were their
  // stripes one, the closing would merely wait): the closing is decided on
  // the cancelled trip and held too, and the trip's version catches it.
  BOOST_REQUIRE(Turns::StripeOf("county/trip") != Turns::StripeOf("county/unit/school"));
  auto reschedule = BeginHeld(
      RescheduleActivity{"trip", kTripStart + 7 * 24 * kHour, kTripStart + 8 * 24 * kHour});
  auto close = Send(PeopleCommand{CloseUnit{"school", "撤并"}});
  BOOST_REQUIRE_EQUAL(log.WaitHeld(2, 0ms), 2u);
  BOOST_TEST(OutcomeAfterOpening(*close) == "unit_in_use");
  BOOST_TEST(Reason(reschedule.get()) == "ok");
}

BOOST_AUTO_TEST_CASE(a_closing_over_cancelled_and_completed_work_goes_through) {
  Given(Trip("trip", "school"));
  Given(CancelActivity{"trip", false, "下雨"});
  Given(CreateUnit{"class", "三年级", UnitKind::kOther, "school", ""});
  Given(CloseUnit{"class", "并班"});
  BOOST_TEST(Reason(service.Execute(ctx, CloseUnit{"school", "撤并"})) == "ok");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace homeward::testing
