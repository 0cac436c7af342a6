// Reflections over the API: after the seed's trip, a volunteer who was on it
// posts hers, and the roster shows it; she writes only her own, and only once
// the trip is over.

#include "tests/adapters/router_fixture.h"

namespace homeward::http {
namespace {

constexpr std::string_view kPath = "/v1/activities/trip-childrens-day/reflections";

BOOST_FIXTURE_TEST_SUITE(reflection_routes_test, RouterFixture)

BOOST_AUTO_TEST_CASE(a_volunteer_posts_her_reflection_once_the_trip_is_over_and_only_her_own) {
  const std::string post = R"({"text":"孩子们第一次坐大巴进城，很开心"})";
  // Given v-wang (王芳) with a place on the trip, before it
  const Response early = Post(std::string(kPath), volunteer, post);
  BOOST_TEST(early.status == 409, early.body);
  BOOST_TEST(ErrorCode(early) == "not_over");

  // When the trip is over and she posts hers
  const auto trip = service.LoadActivity(std::string(cli::kSeedOrg), "trip-childrens-day");
  BOOST_REQUIRE(trip.ok());
  ahead_us = trip->state().plan.ends_at_us - SystemClockMicros() + 3600LL * 1000000;
  const Response posted = Post(std::string(kPath), volunteer, post);
  BOOST_TEST_REQUIRE(posted.status == 201, posted.body);

  // Then the roster shows it under her name
  const Response roster = Get(
      "/v1/activities/trip-childrens-day/roster?min_position=" + std::to_string(PositionOf(posted)),
      volunteer);
  BOOST_TEST_REQUIRE(roster.status == 200, roster.body);
  const boost::json::value body = Body(roster);
  const boost::json::array& reflections = body.at("data").at("reflections").as_array();
  BOOST_TEST_REQUIRE(reflections.size() == 1u);
  BOOST_TEST(reflections[0].at("name").as_string() == "王芳");
  BOOST_TEST(reflections[0].at("text").as_string() == "孩子们第一次坐大巴进城，很开心");

  // And no one writes someone else's, nor an auditor anyone's
  const std::uint64_t head = log.Head();
  const Response for_another =
      Post(std::string(kPath), volunteer, R"({"volunteer_id":"v-zhang","text":"x"})");
  BOOST_TEST(for_another.status == 403, for_another.body);
  BOOST_TEST(Post(std::string(kPath), auditor, R"({"volunteer_id":"v-zhang","text":"x"})").status ==
             403);
  BOOST_TEST(log.Head() == head);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::http
