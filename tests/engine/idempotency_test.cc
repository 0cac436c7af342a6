#include <boost/test/unit_test.hpp>
#include <future>

#include "tests/engine/log_fixture.h"

namespace homeward::testing {

BOOST_FIXTURE_TEST_SUITE(idempotency_test, LogFixture)

BOOST_AUTO_TEST_CASE(a_retry_with_the_same_key_and_content_returns_the_original_positions) {
  const AppendRequest request =
      To("o/activity/a", ExpectedVersion::NoStream(), {Ev("x"), Ev("y")}, "key-1");
  auto first = log().Append(request);
  BOOST_REQUIRE(first.ok());
  auto retry = log().Append(request);
  BOOST_REQUIRE(retry.ok());
  BOOST_TEST(retry->replayed);
  BOOST_TEST(retry->positions == first->positions, boost::test_tools::per_element());
  BOOST_TEST(retry->stream_versions == first->stream_versions, boost::test_tools::per_element());
  BOOST_TEST(log().Head() == 2u);  // nothing written the second time
}

BOOST_AUTO_TEST_CASE(a_retry_ignores_a_changed_correlation_id) {
  AppendRequest request = To("o/activity/a", ExpectedVersion::Any(), {Ev("x")}, "key-1");
  Given(request);
  request.correlation_id = "a-new-request-id";
  BOOST_TEST(log().Append(request)->replayed);
  BOOST_TEST(log().Head() == 1u);
}

BOOST_AUTO_TEST_CASE(the_same_key_with_different_content_is_a_conflict) {
  Given(To("o/activity/a", ExpectedVersion::Any(), {Ev("x")}, "key-1"));
  auto other = log().Append(To("o/activity/a", ExpectedVersion::Any(), {Ev("other")}, "key-1"));
  BOOST_TEST(other.status().code() == Code::kConflict);
  BOOST_TEST(other.status().reason() == "idempotency_key_reused");
  BOOST_TEST(other.status().message().find("key-1") != std::string::npos);
  BOOST_TEST(log().Head() == 1u);
}

BOOST_AUTO_TEST_CASE(a_request_decided_again_on_newer_state_is_known_by_its_request_digest) {
  // The first try commits; its retry, which had missed the key, was decided
  // again after it: other events, another expected version, the same request.
  AppendRequest first = To("o/activity/a", ExpectedVersion::Exact(0), {Ev("x")}, "key-1");
  first.request_digest = Hash{1};
  const auto positions = Given(first);
  AppendRequest again = To("o/activity/a", ExpectedVersion::Exact(1), {Ev("x-again")}, "key-1");
  again.request_digest = Hash{1};
  auto retry = log().Append(again);
  BOOST_REQUIRE(retry.ok());
  BOOST_TEST(retry->replayed);
  BOOST_TEST(retry->positions == positions, boost::test_tools::per_element());
  // Another request under the same key is still refused.
  AppendRequest other = again;
  other.request_digest = Hash{2};
  BOOST_TEST(log().Append(other).status().reason() == "idempotency_key_reused");
  BOOST_TEST(log().Head() == 1u);
}

BOOST_AUTO_TEST_CASE(a_replay_wins_over_a_version_check_that_would_now_fail) {
  const AppendRequest request = To("o/activity/a", ExpectedVersion::NoStream(), {Ev("x")}, "k");
  Given(request);
  auto retry = log().Append(request);  // NoStream no longer holds, but this is the same append
  BOOST_REQUIRE(retry.ok());
  BOOST_TEST(retry->replayed);
}

BOOST_AUTO_TEST_CASE(keys_survive_a_reopen) {
  const AppendRequest request = To("o/activity/a", ExpectedVersion::Any(), {Ev("x")}, "key-1");
  const auto positions = Given(request);
  Reopen();
  auto retry = log().Append(request);
  BOOST_REQUIRE(retry.ok());
  BOOST_TEST(retry->replayed);
  BOOST_TEST(retry->positions == positions, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(two_concurrent_appends_with_one_key_write_once) {
  const AppendRequest request = To("o/activity/a", ExpectedVersion::Any(), {Ev("x")}, "key-1");
  std::promise<Result<AppendResult>> a, b;
  log().AppendAsync(request, [&](Result<AppendResult> r) { a.set_value(std::move(r)); });
  log().AppendAsync(request, [&](Result<AppendResult> r) { b.set_value(std::move(r)); });
  auto ra = a.get_future().get();
  auto rb = b.get_future().get();
  BOOST_REQUIRE(ra.ok());
  BOOST_REQUIRE(rb.ok());
  BOOST_TEST(ra->positions == rb->positions, boost::test_tools::per_element());
  BOOST_TEST(ra->replayed != rb->replayed);
  BOOST_TEST(log().Head() == 1u);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace homeward::testing
