// A command is decided on the state its caller's authorization saw: when the
// object whose unit gave the caller the right to act changed in between (a
// volunteer transferred to another unit, say), the command is refused
// authorization_stale and writes nothing, and the caller authorizes it again.

#include <boost/test/unit_test.hpp>

#include "events/stream_id.h"
#include "tests/engine/opened_state.h"
#include "tests/engine/people_fixture.h"

namespace homeward::testing {
namespace {

struct Authorized : PeopleFixture {
  Authorized() {
    Given(CreateUnit{"central", "城关小学", UnitKind::kSchool, "office", ""});
    GivenReadyVolunteer("wang");
    GivenChildWithConsent("c1");
  }

  // The stream of `id` in `category` as an authorization reads it now.
  StreamExpectation Seen(std::string_view category, std::string_view id) {
    const std::string stream = StreamOf("county", category, id);
    return StreamExpectation{stream, log.StreamVersion(stream).value()};
  }

  // Runs `command` as authorized on `seen`; Then() reports what it appended.
  Result<AppendResult> WhenAuthorizedOn(const PeopleCommand& command,
                                        std::vector<StreamExpectation> seen) {
    ctx.authorized_on = std::move(seen);
    Result<AppendResult> result = When(command);
    ctx.authorized_on.clear();
    return result;
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(authorized_on_test, Authorized)

BOOST_AUTO_TEST_CASE(a_command_authorized_on_the_state_as_it_stands_goes_through) {
  const auto done =
      WhenAuthorizedOn(SuspendVolunteer{"wang", "投诉待查"}, {Seen("volunteer", "wang")});
  BOOST_TEST(Reason(done) == "ok");
  BOOST_TEST(Then() == std::vector<std::string>{"volunteer/wang volunteer.suspended"});
}

BOOST_AUTO_TEST_CASE(a_volunteer_transferred_after_the_authorization_is_not_acted_on) {
  const StreamExpectation seen = Seen("volunteer", "wang");
  Given(TransferVolunteer{"wang", "central", "马岭小学并入城关小学"});

  const auto refused = WhenAuthorizedOn(SuspendVolunteer{"wang", "投诉待查"}, {seen});
  BOOST_TEST(Reason(refused) == "authorization_stale");
  BOOST_TEST((refused.status().code() == Code::kConflict));
  BOOST_TEST(refused.status().detail("stream").value() == "county/volunteer/wang");
  BOOST_TEST(Then().empty());
  // Authorized again on the state as it is now, it goes through.
  BOOST_TEST(Reason(WhenAuthorizedOn(SuspendVolunteer{"wang", "投诉待查"},
                                     {Seen("volunteer", "wang")})) == "ok");
}

BOOST_AUTO_TEST_CASE(a_stream_the_decision_does_not_read_must_not_change_either) {
  // Suspending a volunteer reads only the volunteer; the caller's right to
  // act rested on the child's record too.
  const StreamExpectation seen = Seen("child", "c1");
  Given(GiveConsent{"c1", ConsentKind::kTrips, "祖母c1", "外出活动", "", D("2026-12-01")});

  const auto refused =
      WhenAuthorizedOn(SuspendVolunteer{"wang", "投诉待查"}, {Seen("volunteer", "wang"), seen});
  BOOST_TEST(Reason(refused) == "authorization_stale");
  BOOST_TEST(refused.status().detail("stream").value() == "county/child/c1");
  BOOST_TEST(Then().empty());
}

BOOST_AUTO_TEST_CASE(an_erasure_authorized_before_the_child_changed_destroys_nothing) {
  const StreamExpectation seen = Seen("child", "c1");
  Given(TransferChild{"c1", "central", "转学"});

  const auto refused = WhenAuthorizedOn(EraseChildData{"c1", "依法删除", true}, {seen});
  BOOST_TEST(Reason(refused) == "authorization_stale");
  BOOST_TEST(Then().empty());
  // The key is whole: the card still opens.
  BOOST_TEST(OpenedChild(log, "county", "c1").card.name == "留守儿童c1");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace homeward::testing
