// A coordinator gives a volunteer of their units a sign-in over the API (an
// account of the volunteer's own, its token answered once), lists their
// volunteers' accounts and revokes one when a phone is lost; every other
// account stays an admin's to make and revoke.

#include "tests/adapters/router_fixture.h"

namespace homeward::http {
namespace {

constexpr std::string_view kWangPhone =
    R"({"account_id":"wang-phone","name":"王芳","role":"volunteer","volunteer_id":"v-wang"})";

// The ids of the accounts `list` (GET /v1/accounts) answers.
std::set<std::string> Ids(const Response& list) {
  std::set<std::string> ids;
  const boost::json::value body = boost::json::parse(list.body);  // kept: the loop reads into it
  for (const boost::json::value& a : body.at("data").as_array()) {
    ids.emplace(a.at("account_id").as_string());
  }
  return ids;
}

BOOST_FIXTURE_TEST_SUITE(account_routes_test, RouterFixture)

BOOST_AUTO_TEST_CASE(an_admin_creates_an_account_whose_token_works_at_once) {
  const Response made = Post("/v1/accounts", admin,
                             R"({"account_id":"li","name":"李强","role":"volunteer",
                                 "volunteer_id":"v-li"})");
  BOOST_TEST_REQUIRE(made.status == 201, made.body);
  const std::string token(Body(made).at("data").at("token").as_string());
  BOOST_TEST(Get("/v1/volunteers/v-li/schedule", token).status == 200);
  BOOST_TEST(Post("/v1/accounts", admin, R"({"account_id":"y","name":"y","role":"admin",
                                             "token_hash":"00"})")
                 .status == 400);
  // The admin's list shows it, revoked once revoked, and never a token.
  const Response revoked = Post("/v1/accounts/li/revoke", admin, R"({"reason":"离职"})");
  BOOST_TEST_REQUIRE(revoked.status == 201, revoked.body);
  const Response list =
      Get("/v1/accounts?min_position=" + std::to_string(PositionOf(revoked)), admin);
  BOOST_TEST_REQUIRE(list.status == 200, list.body);
  bool listed = false;
  const boost::json::value accounts = Body(list);  // kept: the loop reads into it
  for (const boost::json::value& a : accounts.at("data").as_array()) {
    if (a.at("account_id").as_string() != "li") continue;
    listed = true;
    BOOST_TEST(a.at("role").as_string() == "volunteer");
    BOOST_TEST(a.at("revoked").as_bool());
  }
  BOOST_TEST(listed);
  BOOST_TEST(list.body.find(token) == std::string::npos);
  BOOST_TEST(list.body.find("token") == std::string::npos);
  BOOST_TEST(Get("/v1/accounts", auditor).status == 200);
  BOOST_TEST(Get("/v1/accounts", coordinator).status == 200);  // their volunteers' (below)
  BOOST_TEST(Get("/v1/accounts", volunteer).status == 403);
}

BOOST_AUTO_TEST_CASE(a_coordinator_gives_a_volunteer_of_their_units_a_sign_in_and_revokes_it) {
  // Given 王芳 (v-wang), a volunteer of the association that gao coordinates:
  // when gao makes her an account
  const Response made = Post("/v1/accounts", coordinator, std::string(kWangPhone));
  BOOST_TEST_REQUIRE(made.status == 201, made.body);
  const std::string token(Body(made).at("data").at("token").as_string());
  // Then its token signs her in at once, as herself
  BOOST_TEST(Get("/v1/volunteers/v-wang/schedule", token).status == 200);
  BOOST_TEST(Get("/v1/volunteers/v-zhang/schedule", token).status == 403);

  // And gao's list of accounts holds her volunteers' accounts alone, no token
  const Response list =
      Get("/v1/accounts?min_position=" + std::to_string(PositionOf(made)), coordinator);
  BOOST_TEST_REQUIRE(list.status == 200, list.body);
  BOOST_TEST((Ids(list) == std::set<std::string>{"wang", "wang-phone"}));
  BOOST_TEST(list.body.find(token) == std::string::npos);

  // When her phone is lost, gao revokes that account, and its token stops
  const Response revoked =
      Post("/v1/accounts/wang-phone/revoke", coordinator, R"({"reason":"手机丢失"})");
  BOOST_TEST_REQUIRE(revoked.status == 201, revoked.body);
  BOOST_TEST(Get("/v1/volunteers/v-wang/schedule", token).status == 401);
}

BOOST_AUTO_TEST_CASE(a_coordinator_makes_no_other_account_and_none_outside_their_units) {
  // Accounts of other roles, or tied to a unit, are an admin's
  for (
      const char* body :
      {R"({"account_id":"x","name":"x","role":"admin"})",
       R"({"account_id":"x","name":"x","role":"coordinator","unit_id":"xiaocao"})",
       R"({"account_id":"x","name":"x","role":"counselor","volunteer_id":"v-xu"})",
       R"({"account_id":"x","name":"x","role":"volunteer","volunteer_id":"v-wang","unit_id":"xiaocao"})"}) {
    const Response r = Post("/v1/accounts", coordinator, body);
    BOOST_TEST(r.status == 403, body << " → " << r.body);
  }
  // and so is revoking one: an admin's, an auditor's, a coordinator's (their own
  // too), a counselor's
  for (const char* id : {"root", "audit", "zhou", "gao", "xu"}) {
    const Response r =
        Post("/v1/accounts/" + std::string(id) + "/revoke", coordinator, R"({"reason":"x"})");
    BOOST_TEST(r.status == 403, id << " → " << r.body);
  }

  // The school's coordinator has none of the association's volunteers
  const Response outside = Post("/v1/accounts", school, std::string(kWangPhone));
  BOOST_TEST(outside.status == 403);
  BOOST_TEST(outside.body.find("outside the units") != std::string::npos, outside.body);
  BOOST_TEST(Post("/v1/accounts/wang/revoke", school, R"({"reason":"x"})").status == 403);
  const Response list = Get("/v1/accounts", school);
  BOOST_TEST_REQUIRE(list.status == 200, list.body);
  BOOST_TEST(Ids(list).empty());

  // A volunteer makes no account, not even their own
  BOOST_TEST(Post("/v1/accounts", volunteer, std::string(kWangPhone)).status == 403);
  BOOST_TEST(Get("/v1/accounts", volunteer).status == 403);
  // And a volunteer that does not exist is the domain's to say
  const Response nobody =
      Post("/v1/accounts", coordinator,
           R"({"account_id":"x","name":"x","role":"volunteer","volunteer_id":"v-nobody"})");
  BOOST_TEST(nobody.status == 404, nobody.body);
}

BOOST_AUTO_TEST_CASE(a_volunteers_sign_ins_move_with_her_to_another_unit) {
  // Given 王芳's account made by the association's coordinator
  const Response made = Post("/v1/accounts", coordinator, std::string(kWangPhone));
  BOOST_TEST_REQUIRE(made.status == 201, made.body);
  // When she moves to the school
  const Response moved = Post("/v1/volunteers/v-wang/transfer", admin,
                              R"({"unit_id":"maling","reason":"调入马岭小学"})");
  BOOST_TEST_REQUIRE(moved.status == 201, moved.body);
  const std::string after = "?min_position=" + std::to_string(PositionOf(moved));
  // Then her accounts are the school's coordinator's to see and revoke, no longer the association's
  BOOST_TEST(Ids(Get("/v1/accounts" + after, coordinator)).empty());
  BOOST_TEST(
      (Ids(Get("/v1/accounts" + after, school)) == std::set<std::string>{"wang", "wang-phone"}));
  BOOST_TEST(Post("/v1/accounts/wang-phone/revoke", coordinator, R"({"reason":"x"})").status ==
             403);
  BOOST_TEST(Post("/v1/accounts/wang-phone/revoke", school, R"({"reason":"已调走"})").status ==
             201);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::http
