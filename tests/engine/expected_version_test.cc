#include <boost/test/unit_test.hpp>

#include "tests/engine/log_fixture.h"

namespace homeward::testing {

BOOST_FIXTURE_TEST_SUITE(expected_version_test, LogFixture)

BOOST_AUTO_TEST_CASE(no_stream_admits_only_a_new_stream) {
  Given(To("o/activity/a", ExpectedVersion::NoStream(), {Ev("x")}));
  auto again = log().Append(To("o/activity/a", ExpectedVersion::NoStream(), {Ev("y")}));
  BOOST_TEST(again.status().code() == Code::kConflict);
  BOOST_TEST(again.status().detail("expected").value() == "no stream");
  BOOST_TEST(again.status().detail("actual").value() == "1");
}

BOOST_AUTO_TEST_CASE(an_exact_version_that_matches_is_admitted) {
  Given(To("o/activity/a", ExpectedVersion::Any(), {Ev("x"), Ev("y")}));
  auto result = log().Append(To("o/activity/a", ExpectedVersion::Exact(2), {Ev("z")}));
  BOOST_REQUIRE(result.ok());
  BOOST_TEST(result->stream_versions.front() == 3u);
}

BOOST_AUTO_TEST_CASE(a_mismatch_names_the_stream_expected_and_actual_and_writes_nothing) {
  Given(To("o/activity/a", ExpectedVersion::Any(), {Ev("x"), Ev("y")}));
  auto result = log().Append(To("o/activity/a", ExpectedVersion::Exact(1), {Ev("z")}));
  BOOST_REQUIRE(!result.ok());
  const Status& s = result.status();
  BOOST_TEST(s.code() == Code::kConflict);
  BOOST_TEST(s.reason() == "wrong_expected_version");
  BOOST_TEST(s.detail("stream").value() == "o/activity/a");
  BOOST_TEST(s.detail("expected").value() == "1");
  BOOST_TEST(s.detail("actual").value() == "2");
  BOOST_TEST(s.message().find("o/activity/a") != std::string::npos);
  BOOST_TEST(log().Head() == 2u);
  BOOST_TEST(log().StreamVersion("o/activity/a").value() == 2u);
}

BOOST_AUTO_TEST_CASE(any_admits_every_version) {
  Given(To("o/activity/a", ExpectedVersion::Any(), {Ev("x")}));
  BOOST_TEST(log().Append(To("o/activity/a", ExpectedVersion::Any(), {Ev("y")})).ok());
}

BOOST_AUTO_TEST_CASE(exact_zero_means_the_stream_is_new) {
  BOOST_TEST(log().Append(To("o/activity/a", ExpectedVersion::Exact(0), {Ev("x")})).ok());
  BOOST_TEST(!log().Append(To("o/activity/a", ExpectedVersion::Exact(0), {Ev("y")})).ok());
}

BOOST_AUTO_TEST_CASE(a_refused_append_leaves_the_next_append_unaffected) {
  Given(To("o/activity/a", ExpectedVersion::Any(), {Ev("x")}));
  BOOST_TEST(!log().Append(To("o/activity/a", ExpectedVersion::Exact(5), {Ev("bad")})).ok());
  auto next = log().Append(To("o/activity/b", ExpectedVersion::Any(), {Ev("y")}));
  BOOST_REQUIRE(next.ok());
  BOOST_TEST(next->positions.front() == 2u);  // no position was spent on the refusal
  const auto all = All();
  BOOST_TEST((all[1].prev_hash == all[0].hash));
}

// After a reopen nothing is known in memory: the writer checks an expected
// version against the store, with point lookups of the stream index.
BOOST_AUTO_TEST_CASE(after_a_reopen_an_expected_version_is_checked_against_the_store) {
  Given(To("o/activity/a", ExpectedVersion::Any(), {Ev("x"), Ev("y"), Ev("z")}));
  for (const std::uint64_t wrong : {0u, 1u, 2u, 4u}) {
    Reopen();
    auto refused = log().Append(To("o/activity/a", ExpectedVersion::Exact(wrong), {Ev("bad")}));
    BOOST_REQUIRE(!refused.ok());
    BOOST_TEST(refused.status().reason() == "wrong_expected_version");
    BOOST_TEST(refused.status().detail("actual").value() == "3");
  }
  Reopen();
  BOOST_TEST(!log().Append(To("o/activity/a", ExpectedVersion::NoStream(), {Ev("bad")})).ok());
  Reopen();
  auto guard = log().Append(To("o/activity/new", ExpectedVersion::Exact(0), {Ev("first")}));
  BOOST_REQUIRE(guard.ok());
  Reopen();
  auto admitted = log().Append(To("o/activity/a", ExpectedVersion::Exact(3), {Ev("w")}));
  BOOST_REQUIRE(admitted.ok());
  BOOST_TEST(admitted->stream_versions.front() == 4u);
  BOOST_TEST(log().Head() == 5u);
}

BOOST_AUTO_TEST_CASE(a_stream_read_whole_after_reopening_is_known_at_the_version_read) {
  Given(To("o/volunteer/v", ExpectedVersion::Any(), {Ev("x"), Ev("y")}));
  Reopen();  // a new writer knows no stream's version
  BOOST_TEST(!log().KnownVersion("o/volunteer/v").has_value());
  BOOST_REQUIRE(log().ReadStream("o/volunteer/v", 1, 1 << 20).ok());
  BOOST_TEST(log().KnownVersion("o/volunteer/v").value() == 2u);
  // A stream that does not exist is known to be new.
  BOOST_REQUIRE(log().ReadStream("o/volunteer/w", 1, 1 << 20).ok());
  BOOST_TEST(log().KnownVersion("o/volunteer/w").value() == 0u);
}

BOOST_AUTO_TEST_CASE(a_partial_read_of_a_stream_teaches_nothing) {
  Given(To("o/volunteer/v", ExpectedVersion::Any(), {Ev("x"), Ev("y"), Ev("z")}));
  Reopen();
  BOOST_REQUIRE(log().ReadStream("o/volunteer/v", 1, 2).ok());   // stops short of the end
  BOOST_REQUIRE(log().ReadStream("o/volunteer/v", 9, 10).ok());  // past its end: no version
  BOOST_TEST(!log().KnownVersion("o/volunteer/v").has_value());
}

BOOST_AUTO_TEST_CASE(a_version_learned_from_a_read_still_refuses_a_stale_append) {
  Given(To("o/volunteer/v", ExpectedVersion::Any(), {Ev("x")}));
  Reopen();
  BOOST_REQUIRE(log().ReadStream("o/volunteer/v", 1, 1 << 20).ok());
  Given(To("o/volunteer/v", ExpectedVersion::Exact(1), {Ev("y")}));
  auto stale = log().Append(To("o/volunteer/v", ExpectedVersion::Exact(1), {Ev("z")}));
  BOOST_TEST(stale.status().reason() == "wrong_expected_version");
  BOOST_TEST(stale.status().detail("actual").value() == "2");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace homeward::testing
