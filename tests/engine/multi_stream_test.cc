#include <boost/test/unit_test.hpp>

#include "engine/decision.h"
#include "tests/engine/log_fixture.h"

namespace homeward::testing {
namespace {

// A sign-up touches the activity and the volunteer: one append, two streams.
AppendRequest SignUp(ExpectedVersion activity, ExpectedVersion volunteer) {
  AppendRequest request = To("o/activity/trip", activity, {Ev("activity.signed_up")});
  request.streams.push_back(
      StreamAppend{"o/volunteer/v-wang", volunteer, {Ev("volunteer.signed_up")}});
  return request;
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(multi_stream_test, LogFixture)

BOOST_AUTO_TEST_CASE(an_append_to_two_streams_writes_both_with_their_versions) {
  Given(To("o/activity/trip", ExpectedVersion::NoStream(), {Ev("activity.planned")}));
  auto result = log().Append(SignUp(ExpectedVersion::Exact(1), ExpectedVersion::NoStream()));
  BOOST_REQUIRE(result.ok());
  BOOST_TEST(result->positions == (std::vector<std::uint64_t>{2, 3}),
             boost::test_tools::per_element());
  BOOST_TEST(result->stream_versions == (std::vector<std::uint64_t>{2, 1}),
             boost::test_tools::per_element());
  BOOST_TEST(log().ReadStream("o/volunteer/v-wang", 1, 10)->front().position == 3u);
}

BOOST_AUTO_TEST_CASE(a_conflict_on_the_second_stream_writes_neither) {
  Given(To("o/activity/trip", ExpectedVersion::NoStream(), {Ev("activity.planned")}));
  Given(To("o/volunteer/v-wang", ExpectedVersion::NoStream(), {Ev("volunteer.registered")}));
  auto result = log().Append(SignUp(ExpectedVersion::Exact(1), ExpectedVersion::NoStream()));
  BOOST_TEST(result.status().code() == Code::kConflict);
  BOOST_TEST(result.status().detail("stream").value() == "o/volunteer/v-wang");
  BOOST_TEST(log().Head() == 2u);
  BOOST_TEST(log().StreamVersion("o/activity/trip").value() == 1u);
  BOOST_TEST(log().StreamVersion("o/volunteer/v-wang").value() == 1u);
}

BOOST_AUTO_TEST_CASE(a_conflict_on_the_first_stream_writes_neither) {
  auto result = log().Append(SignUp(ExpectedVersion::Exact(4), ExpectedVersion::NoStream()));
  BOOST_TEST(result.status().detail("stream").value() == "o/activity/trip");
  BOOST_TEST(log().Head() == 0u);
  BOOST_TEST(log().StreamVersion("o/volunteer/v-wang").value() == 0u);
}

BOOST_AUTO_TEST_CASE(a_guard_stream_is_checked_but_not_written) {
  Given(To("o/unit/school", ExpectedVersion::NoStream(), {Ev("unit.created")}));
  AppendRequest request = To("o/child/c1", ExpectedVersion::NoStream(), {Ev("child.registered")});
  request.streams.push_back(StreamAppend{"o/unit/school", ExpectedVersion::Exact(1), {}});
  auto result = log().Append(request);
  BOOST_REQUIRE(result.ok());
  BOOST_TEST(result->positions.size() == 1u);
  BOOST_TEST(result->stream_versions == (std::vector<std::uint64_t>{1, 1}),
             boost::test_tools::per_element());
  BOOST_TEST(log().StreamVersion("o/unit/school").value() == 1u);
}

BOOST_AUTO_TEST_CASE(a_guard_that_no_longer_holds_refuses_the_whole_append) {
  Given(To("o/unit/school", ExpectedVersion::NoStream(), {Ev("unit.created"), Ev("unit.closed")}));
  AppendRequest request = To("o/child/c1", ExpectedVersion::NoStream(), {Ev("child.registered")});
  request.streams.push_back(StreamAppend{"o/unit/school", ExpectedVersion::Exact(1), {}});
  auto result = log().Append(request);
  BOOST_TEST(result.status().detail("stream").value() == "o/unit/school");
  BOOST_TEST(log().StreamVersion("o/child/c1").value() == 0u);
}

BOOST_AUTO_TEST_CASE(an_append_of_guards_alone_is_refused) {
  AppendRequest request;
  request.streams.push_back(StreamAppend{"o/unit/school", ExpectedVersion::NoStream(), {}});
  BOOST_TEST(log().Append(request).status().message().find("at least one event") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_decision_on_a_stream_read_at_two_versions_conflicts) {
  // Given a volunteer at version 2 that a decision read first at 1 and again
  // at 2 (it changed between the reads), and an activity read at 3 and at 2.
  Given(To("o/volunteer/v", ExpectedVersion::Any(), {Ev("x"), Ev("y")}));
  Given(To("o/activity/a", ExpectedVersion::Any(), {Ev("x"), Ev("y")}));
  MemoryKeyRing keys;
  const Decision decision{{"o/volunteer/v", Event{VolunteerSuspended{"v", "no vetting"}}}};
  Result<AppendRequest> request = ToAppendRequest(
      decision, keys,
      {{"o/volunteer/v", 1}, {"o/activity/a", 3}, {"o/volunteer/v", 2}, {"o/activity/a", 2}});
  BOOST_REQUIRE(request.ok());
  // Then each is expected at the older version it was read at.
  BOOST_REQUIRE_EQUAL(request->streams.size(), 2u);
  BOOST_TEST(request->streams[0].stream_id == "o/volunteer/v");
  BOOST_TEST(request->streams[0].expected.ToString() == "1");
  BOOST_TEST(request->streams[1].stream_id == "o/activity/a");
  BOOST_TEST(request->streams[1].expected.ToString() == "2");
  BOOST_TEST(request->streams[1].events.empty());
  // And the append conflicts: the part of the decision made on version 1 is stale.
  const std::uint64_t head = log().Head();
  BOOST_TEST(log().Append(std::move(request).value()).status().reason() ==
             "wrong_expected_version");
  BOOST_TEST(log().Head() == head);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace homeward::testing
