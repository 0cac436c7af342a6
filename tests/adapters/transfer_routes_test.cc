// Handing a volunteer or a child, or a whole unit's people, over to another
// unit over HTTP: who may, and how a child transferred away is taken off the
// old unit's activities.

#include "tests/adapters/router_fixture.h"

namespace homeward::http {
namespace {

// Checks that `r` was refused because `unit` is outside the coordinator's units.
void ExpectOutside(const Response& r, const std::string& unit) {
  BOOST_TEST(r.status == 403, r.body);
  BOOST_TEST(r.body.find("unit '" + unit + "' is outside") != std::string::npos, r.body);
}

BOOST_FIXTURE_TEST_SUITE(transfer_routes_test, RouterFixture)

BOOST_AUTO_TEST_CASE(a_transfer_needs_both_units_within_the_coordinators_own) {
  const std::string to_school = R"({"unit_id":"maling","reason":"搬家"})";
  // 小草's coordinator may not hand v-wang or xiaoming over to the school.
  ExpectOutside(Post("/v1/volunteers/v-wang/transfer", coordinator, to_school), "maling");
  BOOST_TEST(Post("/v1/children/xiaoming/transfer", coordinator, to_school).status == 403);
  // The county's admin may; the volunteer is then the school's to act for.
  const Response moved = Post("/v1/volunteers/v-wang/transfer", admin, to_school);
  BOOST_TEST_REQUIRE(moved.status == 201, moved.body);
  const auto events = log.ReadAll(PositionOf(moved), 1).value();
  BOOST_TEST(events.at(0).type == "volunteer.transferred");
  BOOST_TEST(Post("/v1/volunteers/v-wang/leave", coordinator, R"({"reason":"x"})").status == 403);
  ExpectOutside(
      Post("/v1/volunteers/v-wang/transfer", school, R"({"unit_id":"xiaocao","reason":"回来"})"),
      "xiaocao");
  // A second transfer to the unit she is with is the caller's mistake.
  BOOST_TEST(Post("/v1/volunteers/v-wang/transfer", admin, to_school).status == 400);
  // The school's coordinator may not pull 小草's child over either.
  ExpectOutside(Post("/v1/children/xiaoming/transfer", school, to_school), "xiaocao");
  BOOST_TEST(Post("/v1/children/xiaoming/transfer", volunteer, to_school).status == 403);
  // 王小明's guardian has not consented to processing his data: no new staff.
  const Response no_consent = Post("/v1/children/xiaoming/transfer", admin, to_school);
  BOOST_TEST(no_consent.status == 409, no_consent.body);
  BOOST_TEST(ErrorCode(no_consent) == "consent_missing");
  const Response xiaohua =
      Post("/v1/children/xiaohua/transfer", admin, R"({"unit_id":"xiaocao","reason":"转学"})");
  BOOST_TEST(xiaohua.status == 201, xiaohua.body);
}

BOOST_AUTO_TEST_CASE(a_coordinator_takes_another_units_child_off_their_own_activity) {
  // 小花 (马岭小学) is enrolled in 小草's Children's Day trip. 小草's coordinator
  // may take her off it (a child transferred away would otherwise be stuck
  // there: the school's coordinator does not act on 小草's trip).
  const std::string trip = "/v1/activities/trip-childrens-day";
  const Response off =
      Post(trip + "/unenroll", coordinator, R"({"child_id":"xiaohua","reason":"转学"})");
  BOOST_TEST(off.status == 201, off.body);
  BOOST_TEST(Post(trip + "/enroll", school, R"({"child_id":"xiaohua"})").status == 403);
}

BOOST_AUTO_TEST_CASE(a_units_members_move_together_and_a_child_without_consent_stays_if_asked) {
  const std::string to_school = R"({"to_unit_id":"maling","reason":"撤点并校"})";
  const std::string members = "/v1/units/xiaocao/transfer-members";
  // 小草's coordinator may not hand its people to the school.
  ExpectOutside(Post(members, coordinator, to_school), "maling");
  // 王小明's guardian has not consented to processing his data: the admin is
  // told who holds the move up, and nothing moves.
  const Response held = Post(members, admin, to_school);
  BOOST_TEST(held.status == 409, held.body);
  BOOST_TEST(ErrorCode(held) == "consent_missing");
  BOOST_TEST(Body(held).at("error").at("details").at("children").as_string() == "xiaoming");
  BOOST_TEST(Post("/v1/volunteers/v-zhang/suspend", school, R"({"reason":"x"})").status == 403);
  // Leaving him behind, everyone else moves: the school's coordinator now acts for them.
  const Response moved =
      Post(members, admin, R"({"to_unit_id":"maling","reason":"撤点并校","skip_refused":true})");
  BOOST_TEST_REQUIRE(moved.status == 201, moved.body);
  // 小草's five volunteers (its counselor too); 王小明 stays.
  BOOST_TEST(Body(moved).at("data").at("positions").as_array().size() == 5u);
  BOOST_TEST(Post("/v1/volunteers/v-zhang/suspend", coordinator, R"({"reason":"x"})").status ==
             403);
  BOOST_TEST(Post("/v1/volunteers/v-zhang/suspend", school, R"({"reason":"x"})").status == 201);
  // 王小明 stays with 小草, out of the school's reach.
  ExpectOutside(
      Post("/v1/children/xiaoming/transfer", school, R"({"unit_id":"maling","reason":"转学"})"),
      "xiaocao");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::http
