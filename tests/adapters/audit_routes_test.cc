// The auditor's side of the API: the log, a stream, verification and as-of
// replay, with children's personal fields masked and nothing for others.

#include "adapters/http/audit_routes.h"

#include "tests/adapters/router_fixture.h"

namespace homeward::http {
namespace {

BOOST_FIXTURE_TEST_SUITE(audit_routes_test, RouterFixture)

BOOST_AUTO_TEST_CASE(an_auditor_pages_through_the_log_with_childrens_data_masked) {
  const Response first = Get("/v1/events?limit=10", auditor);
  BOOST_TEST_REQUIRE(first.status == 200, first.body);
  const auto page = Body(first);
  BOOST_TEST(page.at("data").as_array().size() == 10u);
  BOOST_TEST(page.at("next").to_number<std::uint64_t>() == 11u);
  std::uint64_t next = 1;
  std::string all;
  while (next <= log.Head()) {
    const Response r = Get("/v1/events?limit=1000&from=" + std::to_string(next), auditor);
    BOOST_TEST_REQUIRE(r.status == 200);
    all += r.body;
    next = Body(r).at("next").to_number<std::uint64_t>();
  }
  BOOST_TEST(all.find("child.registered") != std::string::npos);
  for (const char* personal : {"小花", "刘奶奶", "139****0003", "王小明", "给小花的父母打电话"}) {
    BOOST_TEST(all.find(personal) == std::string::npos, personal << " leaked to the auditor");
  }
  // The admin sees them; nobody else reads the log.
  BOOST_TEST(Get("/v1/events?limit=1000", admin).body.find("小花") != std::string::npos);
  BOOST_TEST(Get("/v1/events", coordinator).status == 403);
  BOOST_TEST(Get("/v1/events", volunteer).status == 403);
  const Response typed = Get("/v1/events?type=child.care_role_assigned&limit=1000", auditor);
  const boost::json::value typed_body = Body(typed);
  for (const auto& e : typed_body.at("data").as_array())
    BOOST_TEST(e.at("type").as_string() == "child.care_role_assigned");
  BOOST_TEST(Get("/v1/events?from=x", auditor).status == 400);
}

BOOST_AUTO_TEST_CASE(an_admins_grant_lets_an_auditor_see_childrens_fields_until_withdrawn) {
  const std::string card = "/v1/children/xiaoming/card";
  BOOST_TEST(Get(card, auditor).body.find("王小明") == std::string::npos);
  const std::string why = R"({"reason":"annual audit of the guardians' records"})";
  // Only an admin grants, and only to an auditor.
  BOOST_TEST(Post("/v1/accounts/audit/grant-personal-data", coordinator, why).status == 403);
  BOOST_TEST(Post("/v1/accounts/audit/grant-personal-data", auditor, why).status == 403);
  const Response other = Post("/v1/accounts/gao/grant-personal-data", admin, why);
  BOOST_TEST(other.status == 409);
  BOOST_TEST(ErrorCode(other) == "not_an_auditor");
  BOOST_TEST(Post("/v1/accounts/audit/grant-personal-data", admin, "{}").status == 400);

  const Response granted = Post("/v1/accounts/audit/grant-personal-data", admin, why);
  BOOST_TEST_REQUIRE(granted.status == 201, granted.body);
  // It counts from the auditor's next request, with no wait for the views.
  const Response seen = Get(card, auditor);
  BOOST_TEST(seen.body.find("王小明") != std::string::npos, seen.body);
  BOOST_TEST(seen.body.find("13900000002") != std::string::npos);
  BOOST_TEST(Get("/v1/events?limit=1000", auditor).body.find("王小明") != std::string::npos);
  // Still read-only.
  BOOST_TEST(Post("/v1/children/xiaoming/care-roles", auditor,
                  R"({"role":"caring_mother","volunteer_id":"v-wang"})")
                 .status == 403);

  const Response withdrawn =
      Post("/v1/accounts/audit/withdraw-personal-data", admin, R"({"reason":"audit over"})");
  BOOST_TEST_REQUIRE(withdrawn.status == 201, withdrawn.body);
  BOOST_TEST(Get(card, auditor).body.find("王小明") == std::string::npos);
  const Response again =
      Post("/v1/accounts/audit/withdraw-personal-data", admin, R"({"reason":"audit over"})");
  BOOST_TEST(ErrorCode(again) == "not_granted");
}

BOOST_AUTO_TEST_CASE(a_stream_reads_with_its_version_for_if_match) {
  const Response r = Get("/v1/streams/activity/trip-childrens-day", auditor);
  BOOST_TEST_REQUIRE(r.status == 200, r.body);
  const auto data = Body(r).at("data");
  BOOST_TEST(data.at("stream_id").as_string() == "shiyan/activity/trip-childrens-day");
  BOOST_TEST(data.at("version").to_number<std::uint64_t>() ==
             log.StreamVersion("shiyan/activity/trip-childrens-day").value());
  BOOST_TEST(data.at("events").at(0).at("event").at("title").as_string() ==
             "走出大山看世界 关爱留守儿童");
  BOOST_TEST(Get("/v1/streams/shiyan%2Factivity%2Ftrip-childrens-day", auditor).status == 200);
  BOOST_TEST(Get("/v1/streams/elsewhere/activity/trip-childrens-day", auditor).status == 404);
}

BOOST_AUTO_TEST_CASE(a_replay_shows_the_roster_as_it_stood) {
  const std::uint64_t before = log.Head();
  BOOST_REQUIRE(Post("/v1/activities/trip-childrens-day/cancel", coordinator,
                     R"({"weather":true,"reason":"暴雨"})")
                    .status == 201);
  const auto status_at = [&](const std::string& query) {
    const Response r = Get("/v1/replay/roster?id=trip-childrens-day&" + query, auditor);
    BOOST_TEST_REQUIRE(r.status == 200, r.body);
    return std::string(Body(r).at("data").at("view").at("status").as_string());
  };
  BOOST_TEST(status_at("position=" + std::to_string(before)) == "recruiting");
  BOOST_TEST(status_at("position=" + std::to_string(log.Head())) == "cancelled");
  // In 2000 the trip was not planned yet.
  BOOST_TEST(Get("/v1/replay/roster?id=trip-childrens-day&as_of=2000-01-01", auditor).status ==
             404);
  BOOST_TEST(Get("/v1/replay/roster", auditor).status == 400);
  BOOST_TEST(Get("/v1/replay/nothing?position=1", auditor).status == 400);
  BOOST_TEST(Get("/v1/replay/roster?position=1", volunteer).status == 403);
}

BOOST_AUTO_TEST_CASE(an_auditors_replay_masks_childrens_names_and_no_one_elses) {
  const std::string at = "position=" + std::to_string(log.Head());
  // v-wang's own name shows in her care, as it does live; the child's she cares for does not.
  const Response care = Get("/v1/replay/care?id=v-wang&" + at, auditor);
  BOOST_TEST_REQUIRE(care.status == 200, care.body);
  BOOST_TEST(care.body.find("王芳") != std::string::npos, care.body);
  BOOST_TEST(care.body.find("小花") == std::string::npos, care.body);
  BOOST_TEST(Get("/v1/volunteers/v-wang/care", auditor).body.find("王芳") != std::string::npos);
  // The accounts' names show.
  const Response accounts = Get("/v1/replay/accounts?" + at, auditor);
  BOOST_TEST_REQUIRE(accounts.status == 200, accounts.body);
  BOOST_TEST(accounts.body.find(R"("name":"gao")") != std::string::npos, accounts.body);
  // The archive's list masks every child's name.
  const Response archive = Get("/v1/replay/archive?" + at, auditor);
  BOOST_TEST_REQUIRE(archive.status == 200, archive.body);
  BOOST_TEST(archive.body.find("小花") == std::string::npos, archive.body);
  BOOST_TEST(archive.body.find("王小明") == std::string::npos, archive.body);
  BOOST_TEST(archive.body.find(R"("name":"[masked]")") != std::string::npos, archive.body);
}

BOOST_AUTO_TEST_CASE(verification_needs_a_store_that_can_verify) {
  const Response r = Get("/v1/audit/verify", auditor);
  BOOST_TEST(r.status == 503);  // the in-memory log keeps no hash chain to walk
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::http
