// Closing a unit while other commands add to it: whichever order they are
// decided in, no unit closes with open sub-units or live activities under
// it. The log holds each append at a gate (tests/engine/gated_log.h), so a
// command is decided and waits uncommitted while the other is decided.

#include <boost/test/unit_test.hpp>
#include <functional>
#include <future>
#include <optional>
#include <vector>

#include "engine/command_service.h"
#include "engine/memory_log.h"
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

  // Gives `second`, begun after the first was held, time to be decided and
  // held too (if nothing makes it wait for the first), then lets both through.
  void LetThrough() {
    log.WaitHeld(2, 300ms);
    log.Open();
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
  auto close = Begin(CloseUnit{"school", "撤并"});
  LetThrough();
  BOOST_TEST(Reason(plan.get()) == "ok");
  BOOST_TEST(Reason(close.get()) == "unit_in_use");
  BOOST_TEST(!service.LoadUnit("county", "school")->state().closed);
}

BOOST_AUTO_TEST_CASE(an_activity_planned_while_the_unit_closes_is_refused) {
  auto close = BeginHeld(CloseUnit{"school", "撤并"});
  auto plan = Begin(Trip("trip", "school"));
  LetThrough();
  BOOST_TEST(Reason(close.get()) == "ok");
  BOOST_TEST(Reason(plan.get()) == "inactive");
  BOOST_TEST(service.LoadActivity("county", "trip")->version == 0u);
}

BOOST_AUTO_TEST_CASE(a_unit_created_under_the_closing_unit_keeps_it_open) {
  auto create = BeginHeld(CreateUnit{"class", "三年级", UnitKind::kOther, "school", ""});
  auto close = Begin(CloseUnit{"school", "撤并"});
  LetThrough();
  BOOST_TEST(Reason(create.get()) == "ok");
  BOOST_TEST(Reason(close.get()) == "unit_in_use");
}

BOOST_AUTO_TEST_CASE(a_unit_moved_under_the_closing_unit_keeps_it_open) {
  Given(CreateUnit{"village", "柳陂村", UnitKind::kOther, "office", ""});
  auto move = BeginHeld(MoveUnit{"village", "school"});
  auto close = Begin(CloseUnit{"school", "撤并"});
  LetThrough();
  BOOST_TEST(Reason(move.get()) == "ok");
  BOOST_TEST(Reason(close.get()) == "unit_in_use");
  BOOST_TEST(!service.LoadUnit("county", "school")->state().closed);
}

BOOST_AUTO_TEST_CASE(a_cancelled_activity_rescheduled_while_the_unit_closes_keeps_it_open) {
  Given(Trip("trip", "school"));
  Given(CancelActivity{"trip", false, "下雨"});
  auto reschedule = BeginHeld(
      RescheduleActivity{"trip", kTripStart + 7 * 24 * kHour, kTripStart + 8 * 24 * kHour});
  // The closing is decided on the cancelled trip and held too: it takes no
  // turn the rescheduling holds, and is caught by the trip's version instead.
  auto close = Begin(CloseUnit{"school", "撤并"});
  BOOST_REQUIRE_EQUAL(log.WaitHeld(2, 10s), 2u);
  log.Open();
  BOOST_TEST(Reason(reschedule.get()) == "ok");
  BOOST_TEST(Reason(close.get()) == "unit_in_use");
}

BOOST_AUTO_TEST_CASE(a_closing_behind_a_held_turn_holds_no_thread_and_runs_when_it_passes) {
  // Given a plan decided in the school and waiting at the gate, holding its turn
  log.Shut();
  std::optional<Result<AppendResult>> planned, closed;
  service.ExecuteAsync(
      ctx, ActivityCommand{Trip("trip", "school")}, [](std::function<void()> work) { work(); },
      [&](Result<AppendResult> r) { planned = std::move(r); });
  BOOST_REQUIRE_EQUAL(log.WaitHeld(1, 10s), 1u);
  // When the closing is sent the way a server sends it, it returns at once
  std::vector<std::function<void()>> posted;
  service.ExecuteAsync(
      ctx, PeopleCommand{CloseUnit{"school", "撤并"}},
      [&](std::function<void()> work) { posted.push_back(std::move(work)); },
      [&](Result<AppendResult> r) { closed = std::move(r); });
  BOOST_TEST(posted.empty());
  BOOST_TEST(!closed.has_value());
  // Then once the plan commits, the closing is posted, and decided on the trip
  log.Open();
  BOOST_REQUIRE(planned.has_value());
  BOOST_TEST(Reason(*planned) == "ok");
  BOOST_REQUIRE_EQUAL(posted.size(), 1u);
  posted.front()();
  BOOST_REQUIRE(closed.has_value());
  BOOST_TEST(Reason(*closed) == "unit_in_use");
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
