#include <boost/test/unit_test.hpp>

#include "engine/projection_store.h"
#include "engine/verify.h"
#include "tests/engine/log_fixture.h"

namespace homeward::testing {

BOOST_FIXTURE_TEST_SUITE(reopen_test, LogFixture)

BOOST_AUTO_TEST_CASE(reopening_recovers_the_next_position_versions_and_chain_head) {
  Given(To("o/activity/a", ExpectedVersion::Any(), {Ev("x"), Ev("y")}));
  Given(To("o/volunteer/v", ExpectedVersion::Any(), {Ev("z")}));
  const Hash head = All().back().hash;
  Reopen();
  BOOST_TEST(log().Head() == 3u);
  BOOST_TEST(log().StreamVersion("o/activity/a").value() == 2u);

  auto next = log().Append(To("o/activity/a", ExpectedVersion::Exact(2), {Ev("after")}));
  BOOST_REQUIRE(next.ok());
  BOOST_TEST(next->positions.front() == 4u);
  BOOST_TEST(next->stream_versions.front() == 3u);
  BOOST_TEST((All().back().prev_hash == head));

  auto stale = log().Append(To("o/volunteer/v", ExpectedVersion::NoStream(), {Ev("again")}));
  BOOST_TEST(stale.status().code() == Code::kConflict);
}

BOOST_AUTO_TEST_CASE(a_reopened_log_still_verifies) {
  for (int i = 0; i < 5; ++i) {
    Given(To("o/activity/a", ExpectedVersion::Any(), {Ev("x")}));
    Reopen();
  }
  Close();
  auto report = VerifyStore(store_dir());
  BOOST_REQUIRE(report.ok());
  BOOST_TEST(report->ok);
  BOOST_TEST(report->count == 5u);
}

BOOST_AUTO_TEST_CASE(a_large_view_saved_just_before_closing_is_there_after_a_reopen) {
  // Its snapshot goes around the write-ahead log and is flushed in the
  // background: closing must wait for that flush.
  for (int round = 0; round < 3; ++round) {
    ProjectionSnapshot saved{1, static_cast<std::uint64_t>(round), std::string()};
    for (int i = 0; saved.state.size() < (2u << 20); ++i) saved.state += std::to_string(i + round);
    BOOST_REQUIRE(log().NewProjectionStore()->Save("roster", saved).ok());
    Reopen();
    auto loaded = log().NewProjectionStore()->Load("roster");
    BOOST_REQUIRE(loaded.ok());
    BOOST_REQUIRE(loaded->has_value());
    BOOST_TEST((**loaded == saved));
  }
}

BOOST_AUTO_TEST_CASE(an_empty_store_reopens_empty) {
  Reopen();
  BOOST_TEST(log().Head() == 0u);
  BOOST_TEST(
      log().Append(To("o/activity/a", ExpectedVersion::NoStream(), {Ev("x")}))->positions.front() ==
      1u);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace homeward::testing
