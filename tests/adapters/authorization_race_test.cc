// A request is decided on the state its authorization saw. Here a
// coordinator's enrollment waits for its turn on a busy trip; meanwhile the
// child changes. The gated log holds the trip's earlier command, so the
// interleaving does not rest on the threads' timing.

#include <optional>

#include "tests/adapters/router_fixture.h"
#include "tests/engine/gated_log.h"

namespace homeward::http {
namespace {

struct Race : RouterFixture {
  testing::GatedLog gate{log};
  CommandService gated{gate};
  Router gated_router{log, host, &gated,
                      RouterOptions{std::chrono::milliseconds(100), SystemClockMicros, nullptr}};
  Executor inline_run = [](std::function<void()> work) { work(); };
  const CommandContext ctx{std::string(cli::kSeedOrg), "test", "race", ""};
  const Date today = LocalDate(SystemClockMicros(), "Asia/Shanghai").value();

  Race() {
    // 王小明 may go on trips and have his data processed.
    for (ConsentKind kind : {ConsentKind::kDataProcessing, ConsentKind::kTrips}) {
      BOOST_REQUIRE(
          service
              .Execute(ctx, PeopleCommand{GiveConsent{"xiaoming", kind, "王爷爷", "关爱帮扶",
                                                      "离开项目后一年", today}})
              .ok());
    }
  }

  // Another command on the trip, held at the gate: the trip's turn is taken.
  void GivenTheTripBusy() {
    gate.Shut();
    gated.ExecuteAsync(
        ctx,
        ActivityCommand{PledgeSponsor{"trip-childrens-day", "water", "十堰市某超市", "饮用水", 1}},
        inline_run, [](Result<AppendResult>) {});
    BOOST_REQUIRE(gate.WaitHeld(1, std::chrono::milliseconds(1000)) == 1u);
  }

  // 小草's coordinator enrolls 王小明 in the trip; the answer, once given.
  std::optional<Response> answer;
  void WhenTheCoordinatorEnrollsXiaoming() {
    Request request{
        "POST", "/v1/activities/trip-childrens-day/enroll", {}, R"({"child_id":"xiaoming"})"};
    request.headers["authorization"] = "Bearer " + coordinator;
    gated_router.HandleAsync(request, &inline_run, [this](Response r) { answer = std::move(r); });
  }

  // Whether the log holds 王小明's enrollment.
  bool Enrolled() {
    for (const Envelope& e : log.ReadAll(1, 100000).value()) {
      if (e.type == "activity.child_enrolled" && e.payload.find("xiaoming") != std::string::npos)
        return true;
    }
    return false;
  }
};

BOOST_FIXTURE_TEST_SUITE(authorization_race_test, Race)

BOOST_AUTO_TEST_CASE(a_child_transferred_away_before_the_decision_is_not_enrolled) {
  GivenTheTripBusy();
  WhenTheCoordinatorEnrollsXiaoming();
  BOOST_TEST_REQUIRE(!answer.has_value());  // authorized, waiting for the trip's turn
  // The county's admin transfers him to the school meanwhile.
  BOOST_REQUIRE(
      service.Execute(ctx, PeopleCommand{TransferChild{"xiaoming", "maling", "转学"}}).ok());
  gate.Open();

  BOOST_TEST_REQUIRE(answer.has_value());
  BOOST_TEST(answer->status == 403, answer->body);
  BOOST_TEST(answer->body.find("unit 'maling' is outside") != std::string::npos, answer->body);
  BOOST_TEST(!Enrolled());
}

BOOST_AUTO_TEST_CASE(
    a_change_that_leaves_the_child_in_the_unit_is_authorized_again_and_goes_through) {
  GivenTheTripBusy();
  WhenTheCoordinatorEnrollsXiaoming();
  BOOST_TEST_REQUIRE(!answer.has_value());
  // His grandfather signs for the Children's Day trip meanwhile: his record
  // changed, his unit did not.
  BOOST_REQUIRE(service
                    .Execute(ctx, PeopleCommand{GiveConsent{"xiaoming", ConsentKind::kTrips,
                                                            "王爷爷", "六一外出活动", "", today}})
                    .ok());
  gate.Open();

  BOOST_TEST_REQUIRE(answer.has_value());
  BOOST_TEST(answer->status == 201, answer->body);
  BOOST_TEST(Enrolled());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::http
