// The HTTP API as a function: each route for each kind of account, and the
// one error shape for every refusal. No sockets (server_test.cc has those).

#include "adapters/http/router.h"

#include <boost/json.hpp>
#include <boost/test/unit_test.hpp>

#include "adapters/http/api_document.h"
#include "adapters/http/command_routes.h"
#include "adapters/http/read_routes.h"
#include "tests/adapters/router_fixture.h"

namespace homeward::http {
namespace {

BOOST_FIXTURE_TEST_SUITE(router_test, RouterFixture)

BOOST_AUTO_TEST_CASE(healthz_answers_without_a_token_with_each_projection) {
  const Response r = Get("/healthz");
  BOOST_TEST(r.status == 200);
  const auto body = Body(r);
  BOOST_TEST(body.at("status").as_string() == "ok");
  BOOST_TEST(body.at("head").to_number<std::uint64_t>() == log.Head());
  BOOST_TEST(body.at("projections").as_array().size() == ProjectionNames().size());
}

BOOST_AUTO_TEST_CASE(no_token_or_a_wrong_one_is_401_in_the_one_error_shape) {
  const Response none = Get("/v1/activities");
  BOOST_TEST(none.status == 401);
  BOOST_TEST(ErrorCode(none) == "unauthorized");
  BOOST_TEST(Body(none).at("error").at("message").as_string().size() > 0u);
  BOOST_TEST(none.headers.at(0).first == "WWW-Authenticate");
  BOOST_TEST(Get("/v1/activities", NewToken()).status == 401);
}

BOOST_AUTO_TEST_CASE(a_revoked_token_stops_working_at_once) {
  BOOST_TEST(Get("/v1/activities", coordinator).status == 200);
  const CommandContext ctx{std::string(cli::kSeedOrg), "test", "revoke", ""};
  BOOST_REQUIRE(service.Execute(ctx, AccountCommand{RevokeAccount{"gao", "left"}}).ok());
  BOOST_TEST(Get("/v1/activities", coordinator).status == 401);
}

BOOST_AUTO_TEST_CASE(a_token_in_the_url_is_refused_even_beside_a_good_header) {
  for (const std::string& query :
       std::vector<std::string>{"?access_token=" + admin, "?Token=x", "?min_position=1&q=" + admin,
                                "?api_key=" + admin, "?q=" + admin + "&q=x", "?" + admin,
                                "?" + admin + "=" + admin, "?q=%68w_" + admin.substr(3)}) {
    const Response r = Get("/v1/care-board" + query, admin);
    BOOST_TEST(r.status == 400, query);
    BOOST_TEST(ErrorCode(r) == "token_in_url", query);
    BOOST_TEST(r.body.find(admin) == std::string::npos, query);  // never echoed
  }
  // Not even on a route that needs no token, nor on a command.
  BOOST_TEST(Get("/healthz?token=" + admin).status == 400);
  BOOST_TEST(Post("/v1/activities/trip/sign-up?access_token=" + volunteer, volunteer,
                  R"({"slot_id":"volunteers","volunteer_id":"v-wang"})")
                 .status == 400);
  BOOST_TEST(Get("/v1/care-board?min_position=1", admin).status == 200);
}

BOOST_AUTO_TEST_CASE(an_error_quoting_bytes_that_are_not_utf8_is_still_valid_json) {
  for (const std::string target : {"/v1/children/%FF%FE/card", "/v1/chi\x8c\x9bren/x/card"}) {
    const Response r = Get(target, admin);
    BOOST_TEST(r.status == 404, target);
    boost::json::error_code ec;
    boost::json::parse(r.body, ec);
    BOOST_TEST(!ec, target << ": " << r.body);
  }
  // The path is quoted, its bad bytes replaced by U+FFFD.
  const Response quoted = Get("/v1/chi\x8c\x9bren/x/card", admin);
  BOOST_TEST(quoted.body.find("chi\xEF\xBF\xBD\xEF\xBF\xBDren") != std::string::npos, quoted.body);
}

BOOST_AUTO_TEST_CASE(a_coordinator_reads_the_trips_roster_and_the_care_board) {
  const Response list = Get("/v1/activities", coordinator);
  BOOST_TEST(list.status == 200);
  BOOST_TEST(Body(list).at("data").as_array().size() == 1u);
  const Response roster = Get("/v1/activities/trip-childrens-day/roster", coordinator);
  BOOST_TEST(roster.status == 200);
  BOOST_TEST(Body(roster).at("data").at("status").as_string() == "recruiting");
  const Response board = Get("/v1/care-board?contact_days=60", coordinator);
  BOOST_TEST(board.status == 200);
  BOOST_TEST(Body(board).at("data").at("contact_days").to_number<int>() == 60);
  BOOST_TEST(Get("/v1/children/xiaohua/card", auditor).status == 200);
}

BOOST_AUTO_TEST_CASE(a_volunteer_sees_only_their_own) {
  BOOST_TEST(Get("/v1/volunteers/v-wang/schedule", volunteer).status == 200);
  BOOST_TEST(Get("/v1/volunteers/v-wang/care", volunteer).status == 200);
  const Response other = Get("/v1/volunteers/v-zhang/schedule", volunteer);
  BOOST_TEST(other.status == 403);
  BOOST_TEST(ErrorCode(other) == "forbidden");
  BOOST_TEST(Get("/v1/care-board", volunteer).status == 403);
  BOOST_TEST(Get("/v1/children/xiaohua/card", volunteer).status == 200);  // in her care
  BOOST_TEST(Get("/v1/children/xiaoming/card", volunteer).status == 403);
  BOOST_TEST(Get("/v1/reminders?for=v-zhang", volunteer).status == 403);
  const Response mine = Get("/v1/reminders", volunteer);
  BOOST_TEST(mine.status == 200);
  const boost::json::value reminders = Body(mine);
  BOOST_TEST(!reminders.at("data").as_array().empty());
  for (const auto& r : reminders.at("data").as_array())
    BOOST_TEST(r.at("for").as_string() == "v-wang");
}

BOOST_AUTO_TEST_CASE(bad_requests_get_clear_errors) {
  BOOST_TEST(Get("/v1/nothing-here", coordinator).status == 404);
  BOOST_TEST(Get("/v1/activities/none/roster", coordinator).status == 404);
  const Response bad = Get("/v1/activities?min_position=soon", coordinator);
  BOOST_TEST(bad.status == 400);
  BOOST_TEST(Body(bad).at("error").at("message").as_string().find("min_position") !=
             std::string::npos);
  BOOST_TEST(Get("/v1/units/xiaocao/report?month=2027-13", coordinator).status == 400);
  BOOST_TEST(Get("/v1/reminders?from=yesterday", coordinator).status == 400);
  BOOST_TEST(Get("/v1/activities/%zz/roster", coordinator).status == 400);
  Request put{"PUT", "/v1/activities", {}, "{}"};
  BOOST_TEST(router.Handle(put).status == 405);
}

BOOST_AUTO_TEST_CASE(a_read_waits_for_min_position_and_then_gives_up_with_503) {
  // Views that stopped at the head as it is now, while the log goes on.
  InMemoryProjectionStore behind_store;
  ProjectionHost behind{log, behind_store, MakeProjections()};
  BOOST_REQUIRE(behind.CatchUp().ok());
  Router lagging{log, behind, &service,
                 RouterOptions{std::chrono::milliseconds(100), SystemClockMicros, nullptr}};
  const std::uint64_t seen = log.Head();
  const CommandContext ctx{std::string(cli::kSeedOrg), "test", "later",
                           ""};  // not an account change
  ArchiveCard card;
  card.name = "李小丽";
  card.date_of_birth = ParseDate("2016-03-02").value();
  BOOST_REQUIRE(
      service.Execute(ctx, PeopleCommand{RegisterChild{"xiaoli", "xiaocao", card, "周老师"}}).ok());
  Request read{"GET", "", {{"authorization", "Bearer " + coordinator}}, ""};
  read.target = "/v1/activities?min_position=" + std::to_string(log.Head());
  BOOST_TEST(lagging.Handle(read).status == 503);
  read.target = "/v1/activities?min_position=" + std::to_string(seen);
  BOOST_TEST(lagging.Handle(read).status == 200);
}

BOOST_AUTO_TEST_CASE(a_coordinator_never_acts_on_a_unit_tree_older_than_its_last_change) {
  // Given a unit under maling (zhou's school) with an activity, and views
  // that stop before the unit is moved under xiaocao.
  const CommandContext ctx{std::string(cli::kSeedOrg), "test", "tree", ""};
  BOOST_REQUIRE(service
                    .Execute(ctx, PeopleCommand{CreateUnit{"maling-2", "马岭二校", UnitKind::kOther,
                                                           "maling", ""}})
                    .ok());
  PlanActivity plan;
  plan.activity_id = "visit-m2";
  plan.unit_id = "maling-2";
  plan.title = "Visit";
  plan.starts_at_us = 1937000000000000;  // 2031
  plan.ends_at_us = plan.starts_at_us + 3600000000;
  BOOST_REQUIRE(service.Execute(ctx, ActivityCommand{plan}).ok());
  InMemoryProjectionStore behind_store;
  ProjectionHost behind{log, behind_store, MakeProjections()};
  BOOST_REQUIRE(behind.CatchUp().ok());
  Router lagging{log, behind, &service,
                 RouterOptions{std::chrono::milliseconds(100), SystemClockMicros, nullptr}};
  BOOST_REQUIRE(service.Execute(ctx, PeopleCommand{MoveUnit{"maling-2", "xiaocao"}}).ok());
  // When zhou, no longer its coordinator, cancels its activity through views
  // that have not seen the move (a move counts as a change of who may do what,
  // which a request waits for, as for a revoked account), then nothing is
  // written. (The scope check itself reads the units' streams:
  // authorization_race_test.)
  const std::uint64_t head = log.Head();
  Request cancel{"POST",
                 "/v1/activities/visit-m2/cancel",
                 {{"authorization", "Bearer " + school}},
                 R"({"reason":"rain"})"};
  const Response refused = lagging.Handle(cancel);
  BOOST_TEST(refused.status == 503, refused.body);
  BOOST_TEST(log.Head() == head);
  // And through views that have: 403.
  const Response forbidden = router.Handle(cancel);
  BOOST_TEST(forbidden.status == 403, forbidden.body);
  BOOST_TEST(log.Head() == head);
}

BOOST_AUTO_TEST_CASE(a_min_position_past_the_end_of_the_log_is_refused_at_once) {
  // No write has that position: a read that waited for it would hold a
  // worker for the whole wait, and a client could hold them all.
  const std::string past = std::to_string(log.Head() + 1);
  const Response refused = Get("/v1/activities?min_position=" + past, coordinator);
  BOOST_TEST(refused.status == 400);
  BOOST_TEST(Body(refused).at("error").at("message").as_string().find("past the end of the log") !=
             std::string::npos);
  const Response report =
      Get("/v1/units/xiaocao/report?month=2027-05&min_position=" + past, coordinator);
  BOOST_TEST(report.status == 400);
}

BOOST_AUTO_TEST_CASE(metrics_count_requests_by_route_and_show_projection_lag) {
  BOOST_REQUIRE(Get("/v1/activities", coordinator).status == 200);
  BOOST_REQUIRE(Get("/v1/activities/none/roster", coordinator).status == 404);
  const Response r = Get("/metrics");
  BOOST_TEST(r.status == 200);
  BOOST_TEST(r.content_type.starts_with("text/plain"));
  const std::string& m = r.body;
  BOOST_TEST(m.find("homeward_http_requests_total{method=\"GET\",route=\"/v1/activities\","
                    "code=\"200\"} 1") != std::string::npos,
             m);
  BOOST_TEST(m.find("route=\"/v1/activities/{activity_id}/roster\",code=\"404\"} 1") !=
             std::string::npos);
  BOOST_TEST(
      m.find("homeward_http_request_seconds_bucket{route=\"GET /v1/activities\",le=\"+Inf\"} 1") !=
      std::string::npos);
  BOOST_TEST(m.find("homeward_projection_lag_events{projection=\"roster\"}") != std::string::npos);
  BOOST_TEST(m.find("homeward_log_head " + std::to_string(log.Head())) != std::string::npos);
  BOOST_TEST(m.find("none") == std::string::npos);  // no request content in a label
}

BOOST_AUTO_TEST_CASE(an_account_past_its_rate_gets_429_and_others_are_served) {
  RouterOptions options{std::chrono::milliseconds(100), SystemClockMicros, nullptr};
  options.rate_limit = RateLimit{1, 3};
  Router limited{log, host, &service, options};
  const auto get = [&](const std::string& token) {
    return limited.Handle(
        Request{"GET", "/v1/activities", {{"authorization", "Bearer " + token}}, ""});
  };
  for (int i = 0; i < 3; ++i) BOOST_TEST(get(coordinator).status == 200);
  const Response refused = get(coordinator);
  BOOST_TEST(refused.status == 429);
  BOOST_TEST(ErrorCode(refused) == "rate_limited");
  BOOST_TEST(refused.headers.at(0).first == "Retry-After");
  BOOST_TEST(get(admin).status == 200);  // another account is not held back
}

BOOST_AUTO_TEST_CASE(a_feed_or_link_counts_against_what_it_opens_and_no_one_else) {
  RouterOptions options{std::chrono::milliseconds(100), clock, nullptr};
  options.rate_limit = RateLimit{1, 3};
  Router limited{log, host, &service, options};
  const auto get = [&](const std::string& target, const std::string& token = "") {
    Request r{"GET", target, {}, ""};
    if (!token.empty()) r.headers["authorization"] = "Bearer " + token;
    return limited.Handle(r);
  };
  const auto feed_of = [&](const std::string& volunteer_id, const std::string& token) {
    const Response issued = Post("/v1/volunteers/" + volunteer_id + "/calendar-feed", token, "");
    BOOST_TEST_REQUIRE(issued.status == 201, issued.body);
    return std::string(Body(issued).at("data").at("feed").as_string()) +
           "?min_position=" + std::to_string(PositionOf(issued));
  };
  // A calendar app polling wang's feed past the rate is held back...
  const std::string wang = feed_of("v-wang", volunteer), zhang = feed_of("v-zhang", admin);
  for (int i = 0; i < 3; ++i) BOOST_TEST(get(wang).status == 200);
  const Response refused = get(wang);
  BOOST_TEST(refused.status == 429, refused.body);
  BOOST_TEST(ErrorCode(refused) == "rate_limited");
  BOOST_TEST(refused.headers.at(0).first == "Retry-After");
  BOOST_TEST(refused.body.find("this calendar feed") != std::string::npos, refused.body);
  // ...and no one else: another volunteer's feed, wang's own account, a feed
  // that is no one's (a cheap lookup, never counted).
  BOOST_TEST(get(zhang).status == 200);
  BOOST_TEST(get("/v1/activities", volunteer).status == 200);
  for (int i = 0; i < 5; ++i) BOOST_TEST(get("/v1/calendar/not-a-feed.ics").status == 404);

  // A link opens the file as its account, and counts against that account.
  const Response asked = get("/v1/activities/trip-childrens-day/calendar-link", coordinator);
  BOOST_TEST_REQUIRE(asked.status == 200, asked.body);
  const std::string link(Body(asked).at("data").at("url").as_string());
  for (int i = 0; i < 2; ++i) BOOST_TEST(get(link).status == 200);
  const Response spent = get(link);
  BOOST_TEST(spent.status == 429, spent.body);
  BOOST_TEST(get("/v1/activities", coordinator).status == 429);  // the same account's bucket
  BOOST_TEST(get("/v1/activities", admin).status == 200);
}

BOOST_AUTO_TEST_CASE(every_operation_in_the_api_document_is_routed) {
  std::size_t operations = 0;
  const boost::json::object document = ApiDocument();
  for (const auto& [path, methods] : document.at("paths").as_object()) {
    std::string target(path);
    for (std::size_t open; (open = target.find('{')) != std::string::npos;) {
      target.replace(open, target.find('}', open) - open + 1, "x");
    }
    for (const auto& [method, operation] : methods.as_object()) {
      std::string upper(method);
      for (char& c : upper) c = static_cast<char>(std::toupper(c));
      Request request{upper, target, {{"authorization", "Bearer " + admin}}, "{}"};
      const Response r = router.Handle(request);
      ++operations;
      if (r.content_type != "application/json") continue;  // /metrics
      const boost::json::value body = Body(r);
      const auto* error = body.as_object().if_contains("error");
      const std::string message(error ? error->at("message").as_string() : "");
      BOOST_TEST(message.find("no such route") == std::string::npos, upper << " " << target);
      BOOST_TEST(message.find("no command at") == std::string::npos, upper << " " << target);
    }
  }
  // + /healthz and /metrics
  BOOST_TEST(operations == ReadRoutes().size() + CommandRoutes().size() + 2);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::http
