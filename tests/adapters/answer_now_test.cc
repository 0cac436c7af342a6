// Reads answered on the I/O threads: a read of the views that needs no disk
// and no wait is answered at once, and everything else is left, untouched,
// for the pool.

#include <atomic>
#include <stdexcept>

#include "tests/adapters/router_fixture.h"

namespace homeward::http {
namespace {

Request Asking(const std::string& target, const std::string& token) {
  return Request{"GET", target, {{"authorization", "Bearer " + token}}, ""};
}

BOOST_FIXTURE_TEST_SUITE(answer_now_test, RouterFixture)

BOOST_AUTO_TEST_CASE(a_read_of_the_views_is_answered_at_once_as_the_pool_would) {
  const Request roster = Asking("/v1/activities/trip-childrens-day/roster", coordinator);
  const std::optional<Response> now = router.AnswerNow(roster);
  BOOST_REQUIRE(now.has_value());
  BOOST_TEST(now->status == 200);
  BOOST_TEST(now->body == router.Handle(roster).body);
  // Refusals too: no token, someone else's schedule.
  const std::optional<Response> no_token =
      router.AnswerNow(Request{"GET", "/v1/activities/trip-childrens-day/roster", {}, ""});
  BOOST_REQUIRE(no_token.has_value());
  BOOST_TEST(no_token->status == 401);
  BOOST_TEST(router.AnswerNow(Asking("/v1/volunteers/v-li/schedule", volunteer))->status == 403);
}

BOOST_AUTO_TEST_CASE(what_waits_writes_or_reads_the_store_is_left_for_the_pool) {
  // A command.
  Request post{"POST",
               "/v1/activities/trip-childrens-day/sign-up",
               {{"authorization", "Bearer " + volunteer}},
               "{}"};
  const std::uint64_t head = log.Head();
  BOOST_TEST(!router.AnswerNow(post).has_value());
  BOOST_TEST(log.Head() == head);  // nothing was written
  // A read the views have not reached yet.
  BOOST_TEST(!router
                  .AnswerNow(Asking("/v1/activities/trip-childrens-day/roster?min_position=" +
                                        std::to_string(head + 1),
                                    admin))
                  .has_value());
  // Reads of the store: the log, a stream, verification, a replay.
  for (const char* target : {"/v1/events?limit=5", "/v1/streams/activity/trip-childrens-day",
                             "/v1/audit/verify", "/v1/replay/roster?position=5"}) {
    BOOST_TEST(!router.AnswerNow(Asking(target, auditor)).has_value(), target);
  }
}

BOOST_AUTO_TEST_CASE(a_read_of_a_whole_view_of_the_organization_is_left_for_the_pool) {
  // Each walks every activity, child, volunteer or reminder: on an I/O thread
  // a large organization's would hold up that thread's other connections.
  for (const char* target : {"/v1/activities", "/v1/volunteers", "/v1/accounts", "/v1/stations",
                             "/v1/care-board", "/v1/reminders", "/v1/units/yunyang-fulian/report",
                             "/v1/units/yunyang-fulian/assessment", "/v1/volunteers/v-wang/care"}) {
    BOOST_TEST(!router.AnswerNow(Asking(target, admin)).has_value(), target);
    BOOST_TEST(router.Handle(Asking(target, admin)).status == 200, target);
  }
  // Those naming what they read are answered at once.
  for (const char* target : {"/v1/me", "/v1/volunteers/v-wang/schedule",
                             "/v1/activities/trip-childrens-day/roster", "/v1/units"}) {
    const std::optional<Response> now = router.AnswerNow(Asking(target, admin));
    BOOST_TEST(now.has_value(), target);
    if (now) BOOST_TEST(now->status == 200, target);
  }
}

BOOST_AUTO_TEST_CASE(a_read_that_shows_a_childs_data_goes_to_the_pool_to_be_recorded_first) {
  RouterOptions options{std::chrono::milliseconds(100), SystemClockMicros, nullptr};
  options.access_log = &log;
  options.rate_limit = RateLimit{1, 2};
  Router recording{log, host, &service, options};
  const Request card = Asking("/v1/children/xiaoming/card", admin);
  const std::uint64_t head = log.Head();
  for (int i = 0; i < 5; ++i) BOOST_TEST(!recording.AnswerNow(card).has_value());
  BOOST_TEST(log.Head() == head);
  // The deferred reads took nothing from the account's rate: the pool's is
  // the one counted, and its read is recorded.
  const Response answered = recording.Handle(card);
  BOOST_TEST(answered.status == 200, answered.body);
  BOOST_TEST(log.Head() == head + 1);
}

BOOST_AUTO_TEST_CASE(a_read_that_fails_unexpectedly_at_once_is_counted_only_by_the_pool) {
  // Given a calendar feed of v-wang's, and a router whose clock fails (an
  // exception, as nothing in the router expects) until told otherwise,
  // allowing 2 requests at once per account and per feed, and one more
  // every 100 s
  const Response issued = Post("/v1/volunteers/v-wang/calendar-feed", volunteer, "");
  BOOST_TEST_REQUIRE(issued.status == 201, issued.body);
  const std::string feed(Body(issued).at("data").at("feed").as_string());
  BOOST_TEST_REQUIRE(host.AwaitPosition(PositionOf(issued), std::chrono::seconds(5)).ok());
  std::atomic<bool> failing{true};
  RouterOptions options{std::chrono::milliseconds(100),
                        [&] {
                          if (failing) throw std::runtime_error("the clock fails (test)");
                          return clock();
                        },
                        nullptr};
  options.rate_limit = RateLimit{0.01, 2};
  Router limited{log, host, &service, options};
  // When the I/O thread tries a schedule and the feed 5 times each, and each
  // attempt fails after the request was taken from its bucket
  const Request schedule = Asking("/v1/volunteers/v-wang/schedule", coordinator);
  const Request calendar{"GET", feed, {}, ""};
  for (int i = 0; i < 5; ++i) {
    BOOST_TEST(!limited.AnswerNow(schedule).has_value());
    BOOST_TEST(!limited.AnswerNow(calendar).has_value());
  }
  // Then nothing was kept from either bucket: the pool answers both twice,
  // and only then are they past their rate
  failing = false;
  for (const Request* r : {&schedule, &calendar}) {
    BOOST_TEST(limited.Handle(*r).status == 200, r->target);
    BOOST_TEST(limited.Handle(*r).status == 200, r->target);
    BOOST_TEST(limited.Handle(*r).status == 429, r->target);
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::http
