// Loading a volunteer from a view that follows the log (StateSource): a
// view at the stream's version is taken as it is, without reading the
// stream; a view behind the stream, whether behind what an earlier process
// committed or what this one did, is caught up from the log.

#include <boost/test/unit_test.hpp>
#include <memory>

#include "engine/command_service.h"
#include "tests/engine/log_fixture.h"
#include "tests/engine/people_fixture.h"

namespace homeward::testing {
namespace {

// A view that holds one state, whatever stream is asked for.
struct OneState : StateSource<VolunteerState> {
  std::optional<SourcedState<VolunteerState>> kept;
  std::optional<SourcedState<VolunteerState>> Find(const std::string&) const override {
    return kept;
  }
};

struct World : LogFixture {
  std::int64_t now_us = 1803866400LL * 1000000;  // 2027-03-01 10:00 in Shanghai
  CommandContext ctx{"county", "coordinator:li", "corr-1", ""};
  OneState view;

  World() {
    CommandService service(log(), [this] { return now_us; });
    Given(service, CreateUnit{"school", "马岭小学", UnitKind::kSchool, "", ""});
    Given(service, PublishWaiver{"school", "2027-v1", "特别承诺"});
    GivenEligible(service, "v1");
  }

  template <typename Command>
  void Given(CommandService& service, const Command& command) {
    auto result = service.Execute(ctx, command);
    BOOST_REQUIRE_MESSAGE(result.ok(), "given: " << result.status().ToString());
  }
  // Registered, vetted, waiver accepted: versions 1 to 3 of their stream.
  void GivenEligible(CommandService& service, const std::string& id) {
    Given(service, PeopleFixture::Volunteer(id));
    Given(service, VetVolunteer{id, "派出所", D("2027-01-10"), std::nullopt});
    Given(service, AcceptWaiver{id, "2027-v1"});
  }

  // A fresh service (nothing cached) with `view` as its source of volunteers.
  std::unique_ptr<CommandService> Service() {
    auto service = std::make_unique<CommandService>(log(), [this] { return now_us; });
    service->UseVolunteerStates(&view);
    return service;
  }
  // `id` as a fresh service loads them.
  Loaded<VolunteerState> Load(const std::string& id) {
    auto loaded = Service()->LoadVolunteer("county", id);
    BOOST_REQUIRE_MESSAGE(loaded.ok(), loaded.status().ToString());
    return std::move(loaded).value();
  }
  // The view holds `state` at `version`, as of log position `as_of`.
  void ViewHolds(VolunteerState state, std::uint64_t version, std::uint64_t as_of) {
    view.kept =
        SourcedState<VolunteerState>{Loaded<VolunteerState>(std::move(state), version), as_of};
  }
  // Trip "a1" with slot "s" (4 places, vetted volunteers only), open a week ahead.
  void GivenTripOpen() {
    CommandService service(log(), [this] { return now_us; });
    PlanActivity plan;
    plan.activity_id = "a1";
    plan.unit_id = "school";
    plan.title = "春游";
    plan.starts_at_us = now_us + 7LL * 24 * 3600 * 1000000;
    plan.ends_at_us = plan.starts_at_us + 3LL * 3600 * 1000000;
    Given(service, plan);
    Given(service, AddSlot{"a1", "s", "义工", 4, true, false, true});
    Given(service, OpenRecruitment{"a1"});
  }
  // `loaded` is an eligible volunteer's whole stream: registered, vetted,
  // waiver accepted.
  static void ThenCaughtUp(const Loaded<VolunteerState>& loaded) {
    BOOST_TEST(loaded.version == 3u);
    BOOST_TEST(loaded.state().vetted_until.has_value());
    BOOST_TEST(loaded.state().AcceptedWaiver("school") == "2027-v1");
  }
  // The log position of version `version` of `id`'s stream.
  std::uint64_t PositionOf(const std::string& id, std::uint64_t version) {
    for (const Envelope& e : All()) {
      if (e.stream_id == VolunteerStream("county", id) && e.stream_version == version)
        return e.position;
    }
    BOOST_FAIL("no such version");
    return 0;
  }
  // The state the log gives for `id` up to `version`.
  VolunteerState FoldedTo(const std::string& id, std::uint64_t version) {
    auto events = log().ReadStream(VolunteerStream("county", id), 1, version);
    BOOST_REQUIRE(events.ok());
    VolunteerState state;
    for (const Envelope& e : *events) {
      auto event = DecodeEvent(e.type, e.schema_version, e.payload);
      BOOST_REQUIRE(event.ok());
      Apply(state, *event);
    }
    return state;
  }
};

BOOST_FIXTURE_TEST_SUITE(volunteer_source_test, World)

BOOST_AUTO_TEST_CASE(a_view_at_the_streams_version_is_taken_without_reading_the_stream) {
  // Given a server started on the log, with a view caught up to its head
  // (its state marked, so that a read of the stream would show).
  Reopen();
  VolunteerState marked = FoldedTo("v1", 3);
  marked.unit_id = "as-the-view-holds-it";
  ViewHolds(marked, 3, log().Head());
  // When a command loads the volunteer, then the view's state is what it gets.
  const Loaded<VolunteerState> loaded = Load("v1");
  BOOST_TEST(loaded.version == 3u);
  BOOST_TEST(loaded.state().unit_id == "as-the-view-holds-it");
}

BOOST_AUTO_TEST_CASE(a_view_behind_what_an_earlier_process_committed_is_caught_up_from_the_log) {
  // Given a view still catching up after a restart: at the registration only.
  Reopen();
  ViewHolds(FoldedTo("v1", 1), 1, PositionOf("v1", 1));
  // When a command loads the volunteer, then it sees the check and the waiver.
  ThenCaughtUp(Load("v1"));
}

BOOST_AUTO_TEST_CASE(a_view_behind_what_this_process_committed_is_caught_up_from_the_log) {
  // Given a volunteer who registered, was vetted and accepted the waiver
  // after the log was opened, and a view that saw only the registration.
  Reopen();
  {
    CommandService service(log(), [this] { return now_us; });
    GivenEligible(service, "v2");
  }
  ViewHolds(FoldedTo("v2", 1), 1, PositionOf("v2", 1));
  // When a command loads the volunteer, then it sees what was committed since.
  ThenCaughtUp(Load("v2"));
}

BOOST_AUTO_TEST_CASE(a_sign_up_decided_on_the_views_state_goes_through) {
  GivenTripOpen();
  Reopen();
  ViewHolds(FoldedTo("v1", 3), 3, log().Head());
  auto signed_up = Service()->Execute(ctx, SignUp{"a1", "s", "v1", ""});
  BOOST_REQUIRE_MESSAGE(signed_up.ok(), signed_up.status().ToString());
  BOOST_TEST(FoldedTo("v1", 10).bookings.size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_sign_up_is_decided_on_the_views_state_not_on_a_read_of_the_stream) {
  // Given a view whose state of the volunteer, at the stream's version, lacks
  // the check the log records (marked, so that a read of the stream would show).
  GivenTripOpen();
  Reopen();
  VolunteerState marked = FoldedTo("v1", 3);
  marked.vetted_until.reset();
  ViewHolds(marked, 3, log().Head());
  // When they sign up for a place that needs the check, then the view decides.
  auto signed_up = Service()->Execute(ctx, SignUp{"a1", "s", "v1", ""});
  BOOST_TEST(signed_up.status().reason() == reason::kNotVetted);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::testing
