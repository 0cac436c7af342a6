// Counseling over the API: a session's confidential notes reach the
// counselors who work in the activity or recorded them, and no one else (not an auditor granted
// personal data), and every read of them is recorded for each child of the session.

#include "tests/adapters/router_fixture.h"

namespace homeward::http {
namespace {

BOOST_FIXTURE_TEST_SUITE(counseling_routes_test, RouterFixture)

constexpr std::int64_t kHour = 3600LL * 1000000;

// A vetted counselor's token, and a counseling activity talk-1 of xiaocao
// for an hour, starting in an hour when `soon`, else in a year.
std::string CounselorAndTalk(RouterFixture& f, bool soon = false) {
  const std::int64_t start = SystemClockMicros() + (soon ? kHour : 365 * 24 * kHour);
  const std::string today = FormatDate(LocalDate(SystemClockMicros(), "Asia/Shanghai").value());
  BOOST_REQUIRE(f.Post("/v1/volunteers", f.admin,
                       R"({"volunteer_id":"v-gu","unit_id":"xiaocao","details":{"name":"顾老师",
                         "date_of_birth":"1980-01-01","kinds":["counselor"]}})")
                    .status == 201);
  BOOST_REQUIRE(f.Post("/v1/volunteers/v-gu/vet", f.admin,
                       R"({"checked_by":"公安","checked_on":")" + today + "\"}")
                    .status == 201);
  const Response account = f.Post("/v1/accounts", f.admin,
                                  R"({"account_id":"gu","name":"顾老师","role":"counselor",
                                    "volunteer_id":"v-gu"})");
  BOOST_REQUIRE(account.status == 201);
  BOOST_REQUIRE(f.Post("/v1/activities", f.coordinator,
                       R"({"activity_id":"talk-1","unit_id":"xiaocao","kind":"counseling",
                         "title":"心理辅导","starts_at_us":)" +
                           std::to_string(start) + R"(,"ends_at_us":)" +
                           std::to_string(start + kHour) + R"(,"children_capacity":4})")
                    .status == 201);
  return std::string(RouterFixture::Body(account).at("data").at("token").as_string());
}

BOOST_AUTO_TEST_CASE(counseling_notes_reach_counselors_and_no_one_else) {
  const std::string xu = CounselorAndTalk(*this, /*soon=*/true);
  const std::string held = R"({"outcome":"held","confidential_notes":"想念妈妈"})";
  const Response early = Post("/v1/activities/talk-1/sessions", xu, held);
  BOOST_TEST(early.status == 409, early.body);
  BOOST_TEST(ErrorCode(early) == "not_begun");
  ahead_us = 90LL * 60 * 1000000;  // half an hour into the talk
  const Response session = Post("/v1/activities/talk-1/sessions", xu, held);
  BOOST_TEST_REQUIRE(session.status == 201, session.body);
  const std::string at = "min_position=" + std::to_string(PositionOf(session));
  const Response notes = Get("/v1/activities/talk-1/sessions?" + at, xu);
  BOOST_TEST(notes.status == 200);
  BOOST_TEST(notes.body.find("想念妈妈") != std::string::npos);
  BOOST_TEST(Get("/v1/events?limit=1000&" + at, admin).body.find("想念妈妈") == std::string::npos);
  BOOST_TEST(Get("/v1/events?limit=1000&" + at, auditor).body.find("想念妈妈") ==
             std::string::npos);
  BOOST_TEST(Get("/v1/activities/talk-1/sessions?" + at, coordinator).status == 403);
  // Nor another counselor, who holds no place in the talk and recorded none of it.
  const Response other = Get("/v1/activities/talk-1/sessions?" + at, counselor);
  BOOST_TEST(other.status == 403, other.body);
  BOOST_TEST(other.body.find("想念妈妈") == std::string::npos);
  // A second counselor who records a session of their own reads it, and only it:
  // neither holds a place in the talk, so neither reads the other's.
  BOOST_REQUIRE(Post("/v1/volunteers", admin,
                     R"({"volunteer_id":"v-he","unit_id":"xiaocao","details":{"name":"何老师",
                       "date_of_birth":"1981-01-01","kinds":["counselor"]}})")
                    .status == 201);
  const std::string today = FormatDate(LocalDate(SystemClockMicros(), "Asia/Shanghai").value());
  BOOST_REQUIRE(Post("/v1/volunteers/v-he/vet", admin,
                     R"({"checked_by":"公安","checked_on":")" + today + "\"}")
                    .status == 201);
  const Response he_account = Post("/v1/accounts", admin,
                                   R"({"account_id":"he","name":"何老师","role":"counselor",
                                     "volunteer_id":"v-he"})");
  BOOST_REQUIRE(he_account.status == 201);
  const std::string he = std::string(Body(he_account).at("data").at("token").as_string());
  const Response own = Post("/v1/activities/talk-1/sessions", he,
                            R"({"outcome":"held","confidential_notes":"另一次谈话"})");
  BOOST_TEST_REQUIRE(own.status == 201, own.body);
  const std::string later = "min_position=" + std::to_string(PositionOf(own));
  const Response theirs = Get("/v1/activities/talk-1/sessions?" + later, he);
  BOOST_TEST(theirs.status == 200, theirs.body);
  BOOST_TEST(theirs.body.find("另一次谈话") != std::string::npos);
  BOOST_TEST(theirs.body.find("想念妈妈") == std::string::npos, theirs.body);
  const Response first = Get("/v1/activities/talk-1/sessions?" + later, xu);
  BOOST_TEST(first.body.find("想念妈妈") != std::string::npos);
  BOOST_TEST(first.body.find("另一次谈话") == std::string::npos, first.body);
  // Not even an auditor granted children's personal data sees them.
  BOOST_REQUIRE(Post("/v1/accounts/audit/grant-personal-data", admin,
                     R"({"reason":"annual audit of the guardians' records"})")
                    .status == 201);
  const std::string granted = Get("/v1/events?limit=1000&" + at, auditor).body;
  BOOST_TEST(granted.find("想念妈妈") == std::string::npos);
  BOOST_TEST(granted.find("王小明") != std::string::npos);  // the grant itself works
}

BOOST_AUTO_TEST_CASE(a_read_of_a_sessions_notes_is_recorded_for_each_of_its_children) {
  const std::string xu = CounselorAndTalk(*this, /*soon=*/true);
  const Response enrolled =
      Post("/v1/activities/talk-1/enroll", coordinator, R"({"child_id":"xiaoming"})");
  BOOST_REQUIRE_MESSAGE(enrolled.status == 201, enrolled.body);
  ahead_us = 90LL * 60 * 1000000;  // half an hour into the talk
  const Response session =
      Post("/v1/activities/talk-1/sessions", xu,
           R"({"outcome":"held","children":["xiaoming"],"confidential_notes":"想念妈妈"})");
  BOOST_TEST_REQUIRE(session.status == 201, session.body);
  RouterOptions options{std::chrono::milliseconds(2000), SystemClockMicros, nullptr};
  options.access_log = &log;
  Router recording{log, host, &service, options};
  Request read{"GET",
               "/v1/activities/talk-1/sessions?min_position=" + std::to_string(PositionOf(session)),
               {{"authorization", "Bearer " + xu}},
               ""};
  const std::uint64_t head = log.Head();
  const Response notes = recording.Handle(read);
  BOOST_TEST_REQUIRE(notes.status == 200, notes.body);
  BOOST_TEST(notes.body.find("想念妈妈") != std::string::npos);
  BOOST_TEST(log.Head() == head + 1);  // recorded before it was answered
  const Response reads =
      Get("/v1/audit/reads?child=xiaoming&min_position=" + std::to_string(log.Head()), auditor);
  BOOST_TEST_REQUIRE(reads.status == 200, reads.body);
  const boost::json::value body = Body(reads);
  const auto& list = body.at("data").as_array();
  BOOST_TEST_REQUIRE(list.size() == 1u, reads.body);
  BOOST_TEST(list.at(0).at("account_id").as_string() == "gu");
  BOOST_TEST(serialize(list.at(0).at("fields")).find("confidential_notes") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_counselor_holding_a_place_reads_the_childrens_names_and_the_read_is_kept) {
  const std::string gu = CounselorAndTalk(*this);
  const Response enrolled =
      Post("/v1/activities/talk-1/enroll", coordinator, R"({"child_id":"xiaoming"})");
  BOOST_REQUIRE(enrolled.status == 201);
  const std::string seen = "?min_position=" + std::to_string(PositionOf(enrolled));
  const Response no_place = Get("/v1/activities/talk-1/children" + seen, gu);
  BOOST_TEST(no_place.status == 403, no_place.body);
  // A counselor waiting for a place reads nothing either.
  BOOST_REQUIRE(Post("/v1/activities/talk-1/slots", coordinator,
                     R"({"slot_id":"c","role":"心理咨询师","capacity":1})")
                    .status == 201);
  BOOST_REQUIRE(Post("/v1/activities/talk-1/open-recruitment", coordinator, "{}").status == 201);
  const Response first =
      Post("/v1/activities/talk-1/sign-up", admin, R"({"slot_id":"c","volunteer_id":"v-xu"})");
  BOOST_TEST_REQUIRE(first.status == 201, first.body);
  BOOST_REQUIRE(
      Post("/v1/volunteers/v-gu/accept-waiver", gu, R"({"waiver_version":"2027-1"})").status ==
      201);
  const Response waiting = Post("/v1/activities/talk-1/sign-up", gu, R"({"slot_id":"c"})");
  BOOST_TEST_REQUIRE(waiting.status == 201, waiting.body);
  const Response on_waitlist =
      Get("/v1/activities/talk-1/children?min_position=" + std::to_string(PositionOf(waiting)), gu);
  BOOST_TEST(on_waitlist.status == 403, on_waitlist.body);
  // Once the counselor ahead withdraws, the one waiting holds the place.
  const Response withdrawn =
      Post("/v1/activities/talk-1/withdraw", admin, R"({"volunteer_id":"v-xu"})");
  BOOST_TEST_REQUIRE(withdrawn.status == 201, withdrawn.body);
  const std::string at = "?min_position=" + std::to_string(PositionOf(withdrawn));

  RouterOptions options{std::chrono::milliseconds(2000), SystemClockMicros, nullptr};
  options.access_log = &log;
  Router recording{log, host, &service, options};
  const std::uint64_t head = log.Head();
  const Response names = recording.Handle(Request{
      "GET", "/v1/activities/talk-1/children" + at, {{"authorization", "Bearer " + gu}}, ""});
  BOOST_TEST_REQUIRE(names.status == 200, names.body);
  BOOST_TEST(names.body.find("王小明") != std::string::npos);
  BOOST_TEST(log.Head() == head + 1);  // recorded before it was answered

  BOOST_TEST(Get("/v1/activities/talk-1/children" + at, coordinator).body.find("王小明") !=
             std::string::npos);
  const Response audited = Get("/v1/activities/talk-1/children" + at, auditor);
  BOOST_TEST(audited.status == 200);
  BOOST_TEST(audited.body.find("王小明") == std::string::npos);
  BOOST_TEST(audited.body.find("xiaoming") != std::string::npos);
  BOOST_TEST(Get("/v1/activities/talk-1/children" + at, volunteer).status == 403);
  BOOST_TEST(Get("/v1/activities/talk-1/children" + at, school).status == 403);  // not theirs
  BOOST_TEST(Get("/v1/activities/nothing/children", coordinator).status == 404);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::http
