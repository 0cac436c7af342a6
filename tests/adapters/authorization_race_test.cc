// A request is decided on the state its authorization saw. Here a
// coordinator's enrollment waits for its turn on a busy trip; meanwhile the
// child changes. The gated log holds the trip's earlier command, so the
// interleaving does not rest on the threads' timing.

#include <optional>

#include "adapters/http/command_authorization.h"
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

  // 小草's coordinator (or `who`) enrolls 王小明 in the trip; the answer, once given.
  std::optional<Response> answer;
  void WhenTheCoordinatorEnrollsXiaoming(const std::string& who = "") {
    Request request{
        "POST", "/v1/activities/trip-childrens-day/enroll", {}, R"({"child_id":"xiaoming"})"};
    request.headers["authorization"] = "Bearer " + (who.empty() ? coordinator : who);
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

// A log on which the stream `watched` changes (by `change`) after every
// second read of it: after each authorization's read, before the decision's.
class ChangingLog : public testing::GatedLog {
 public:
  ChangingLog(EventLog& inner, std::string watched, std::function<void()> change)
      : GatedLog(inner), watched_(std::move(watched)), change_(std::move(change)) {}

  Result<std::vector<Envelope>> ReadStream(std::string_view stream_id, std::uint64_t from_version,
                                           std::size_t max_count) const override {
    auto read = GatedLog::ReadStream(stream_id, from_version, max_count);
    if (stream_id == watched_ && reads_++ % 2 == 0) change_();
    return read;
  }

 private:
  std::string watched_;
  std::function<void()> change_;
  mutable int reads_ = 0;
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

BOOST_AUTO_TEST_CASE(a_unit_moved_out_of_the_coordinators_tree_before_the_decision_is_not_theirs) {
  // Given the district federation's coordinator, over 小草 and 马岭小学
  const std::string district = NewToken();
  BOOST_REQUIRE(
      service
          .Execute(ctx, AccountCommand{CreateAccount{"li", "li", AccountRole::kCoordinator,
                                                     "yunyang-fulian", "", TokenHash(district)}})
          .ok());
  BOOST_REQUIRE(service
                    .Execute(ctx, PeopleCommand{CreateUnit{"shiyan-fulian", "十堰市妇联",
                                                           UnitKind::kFederation, "", ""}})
                    .ok());
  GivenTheTripBusy();
  WhenTheCoordinatorEnrollsXiaoming(district);
  BOOST_TEST_REQUIRE(!answer.has_value());  // authorized through 小草, waiting for the trip
  // 小草 comes under the city's federation meanwhile: no longer the district's.
  BOOST_REQUIRE(service.Execute(ctx, PeopleCommand{MoveUnit{"xiaocao", "shiyan-fulian"}}).ok());
  gate.Open();

  BOOST_TEST_REQUIRE(answer.has_value());
  BOOST_TEST(answer->status == 403, answer->body);
  BOOST_TEST(answer->body.find("unit 'xiaocao' is outside") != std::string::npos, answer->body);
  BOOST_TEST(!Enrolled());
}

BOOST_AUTO_TEST_CASE(what_an_authorization_rests_on_is_the_object_whose_unit_decided_it) {
  const auto pins = [&](std::string_view resource, std::string_view action, const std::string& body,
                        AccountRole role, std::string unit = "", std::string volunteer = "") {
    const CommandRoute* route = FindCommandRoute(resource, action);
    BOOST_REQUIRE(route != nullptr);
    const Account account{
        std::string(cli::kSeedOrg), "someone", "someone", role, unit, volunteer, false, false};
    std::vector<StreamExpectation> seen;
    BOOST_REQUIRE(
        Authorize(*route, boost::json::parse(body).as_object(), account, service, &seen).ok());
    std::vector<std::string> streams;
    for (const StreamExpectation& s : seen) streams.push_back(s.stream_id);
    return streams;
  };
  const std::string signup = R"({"activity_id":"trip-childrens-day","slot_id":"volunteers",)"
                             R"("volunteer_id":"v-wang"})";
  // A sign-up by the volunteer, or by an admin, rests on nobody's record:
  // busy trips never conflict on it.
  BOOST_TEST(pins("activities", "sign-up", signup, AccountRole::kVolunteer, "", "v-wang").empty());
  BOOST_TEST(pins("activities", "sign-up", signup, AccountRole::kAdmin).empty());
  // A coordinator's enrollment rests on the child's record.
  BOOST_TEST(pins("activities", "enroll",
                  R"({"activity_id":"trip-childrens-day","child_id":"xiaoming"})",
                  AccountRole::kCoordinator,
                  "xiaocao") == std::vector<std::string>{"shiyan/child/xiaoming"});
  // The district's coordinator rests on the units between the child's and theirs too.
  BOOST_TEST(pins("activities", "enroll",
                  R"({"activity_id":"trip-childrens-day","child_id":"xiaoming"})",
                  AccountRole::kCoordinator, "yunyang-fulian") ==
             (std::vector<std::string>{"shiyan/child/xiaoming", "shiyan/unit/xiaocao"}));
  // A paper waiver recorded by a coordinator of the waiver's unit rests on no volunteer.
  BOOST_TEST(pins("volunteers", "accept-waiver",
                  R"({"volunteer_id":"v-wang","waiver_version":"2027-1","unit_id":"xiaocao"})",
                  AccountRole::kCoordinator, "xiaocao")
                 .empty());
}

BOOST_AUTO_TEST_CASE(a_child_changing_at_every_try_is_answered_authorization_stale_at_last) {
  // Given 王小明's record changes between every authorization and decision
  int changes = 0;
  ChangingLog changing(log, "shiyan/child/xiaoming", [&] {
    ++changes;
    BOOST_REQUIRE(service
                      .Execute(ctx, PeopleCommand{GiveConsent{"xiaoming", ConsentKind::kTrips,
                                                              "王爷爷", "外出活动", "", today}})
                      .ok());
  });
  CommandService changing_service{changing};
  Router changing_router{log, host, &changing_service,
                         RouterOptions{std::chrono::milliseconds(100), SystemClockMicros, nullptr}};
  // When the coordinator enrolls him
  Request request{
      "POST", "/v1/activities/trip-childrens-day/enroll", {}, R"({"child_id":"xiaoming"})"};
  request.headers["authorization"] = "Bearer " + coordinator;
  const Response r = changing_router.Handle(request);
  // Then the request is authorized and decided 8 times, and refused at last
  BOOST_TEST(r.status == 409, r.body);
  BOOST_TEST(ErrorCode(r) == "authorization_stale");
  BOOST_TEST(changes == 8);
  BOOST_TEST(!Enrolled());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::http
