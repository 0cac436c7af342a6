// Chosen cases of authorization, with their reasons: each role against read
// routes on someone else's object, with the status it gets and the personal
// data that must not be in the body, and each role's writes within and
// outside what it may do. The whole matrices: read_matrix_test.cc and
// write_matrix_test.cc.

#include "adapters/cli/seed_library.h"
#include "tests/adapters/router_fixture.h"

namespace homeward::http {
namespace {

struct Case {
  std::string route;
  std::string who;  // admin, gao (xiaocao), zhou (maling), wang (v-wang), xu (v-li), audit
  int status;
  std::vector<std::string> absent;  // must not be in the body
};

BOOST_FIXTURE_TEST_SUITE(authorization_test, RouterFixture)

BOOST_AUTO_TEST_CASE(each_role_reads_what_it_may_and_no_foreign_personal_data) {
  // Xiaohua (maling): guardian 刘奶奶, phone 139****0003; caring mother v-wang, help pair v-li.
  // Xiaoming (xiaocao): guardian 王爷爷, phone 13900000002; no carers.
  const std::string xiaohua_phone = "139****0003", xiaoming_phone = "13900000002";
  const std::vector<Case> cases = {
      // A child's card.
      {"/v1/children/xiaohua/card", "admin", 200, {}},
      {"/v1/children/xiaohua/card", "zhou", 200, {}},
      {"/v1/children/xiaohua/card", "gao", 403, {"小花", xiaohua_phone}},
      {"/v1/children/xiaohua/card", "wang", 200, {xiaohua_phone, "138****0001"}},
      {"/v1/children/xiaohua/card", "xu", 200, {xiaohua_phone}},
      {"/v1/children/xiaohua/card",
       "audit",
       200,
       {"小花", "刘奶奶", xiaohua_phone, "刘大山", "学习认真"}},
      {"/v1/children/xiaoming/card", "gao", 200, {}},
      {"/v1/children/xiaoming/card", "zhou", 403, {"王小明", xiaoming_phone}},
      {"/v1/children/xiaoming/card", "wang", 403, {"王小明", xiaoming_phone}},
      {"/v1/children/xiaoming/card", "xu", 403, {"王小明", xiaoming_phone}},
      // The care board: coordinators see their units' children only.
      {"/v1/care-board", "gao", 200, {"小花", "xiaohua"}},
      {"/v1/care-board", "zhou", 200, {"王小明", "xiaoming"}},
      {"/v1/care-board", "audit", 200, {"小花", "王小明"}},
      {"/v1/care-board", "wang", 403, {"小花"}},
      {"/v1/care-board", "xu", 403, {"小花"}},
      // Reports.
      {"/v1/units/maling/report", "zhou", 200, {}},
      {"/v1/units/maling/report", "gao", 403, {}},
      {"/v1/units/yunyang-fulian/report", "gao", 403, {}},
      {"/v1/units/maling/report", "wang", 403, {}},
      {"/v1/units/maling/report", "audit", 200, {}},
      {"/v1/units/maling/assessment", "zhou", 200, {}},
      {"/v1/units/maling/assessment?year=2027", "audit", 200, {}},
      {"/v1/units/maling/assessment", "gao", 403, {}},
      {"/v1/units/maling/assessment", "wang", 403, {}},
      {"/v1/units/maling/assessment?year=27", "zhou", 400, {}},
      {"/v1/units/maling/school-actions", "zhou", 200, {"小花", "xiaohua"}},
      {"/v1/units/maling/school-actions", "audit", 200, {"小花"}},
      {"/v1/units/maling/school-actions", "gao", 403, {}},
      {"/v1/units/maling/school-actions", "wang", 403, {}},
      // A volunteer's details: their own, and coordinators of their unit.
      {"/v1/volunteers/v-wang", "wang", 200, {}},
      {"/v1/volunteers/v-wang", "gao", 200, {}},
      {"/v1/volunteers/v-wang", "zhou", 403, {"王芳"}},
      {"/v1/volunteers/v-zhang", "wang", 403, {"张丽"}},
      {"/v1/volunteers/v-zhang", "xu", 403, {"张丽"}},
      {"/v1/volunteers/v-li", "xu", 200, {}},  // a counselor's own
      // A volunteer's service record: the same readers as their details.
      {"/v1/volunteers/v-wang/service-record", "wang", 200, {}},
      {"/v1/volunteers/v-wang/service-record", "gao", 200, {}},
      {"/v1/volunteers/v-wang/service-record", "audit", 200, {}},
      {"/v1/volunteers/v-wang/service-record", "zhou", 403, {"王芳"}},
      {"/v1/volunteers/v-zhang/service-record", "wang", 403, {"张丽"}},
      {"/v1/volunteers/v-zhang/service-record", "xu", 403, {"张丽"}},
      {"/v1/service-records?volunteer=v-zhang", "wang", 403, {"张丽"}},
      {"/v1/service-records", "audit", 200, {"小花"}},  // auditors read every view
      // Someone else's schedule, care and reminders.
      {"/v1/volunteers/v-zhang/schedule", "wang", 403, {"张丽"}},
      {"/v1/volunteers/v-zhang/care", "wang", 403, {"小花"}},
      {"/v1/volunteers/v-zhang/care", "xu", 403, {"小花"}},
      {"/v1/volunteers/v-wang/care", "wang", 200, {xiaohua_phone}},
      {"/v1/volunteers/v-wang/care", "gao", 200, {"小花", "xiaohua"}},  // not gao's units
      {"/v1/volunteers/v-wang/care", "zhou", 200, {}},
      {"/v1/volunteers/v-wang/care", "audit", 200, {"小花"}},
      {"/v1/replay/archive?position=1000000", "audit", 200, {"小花", "王小明"}},
      {"/v1/replay/care?position=1000000&id=v-wang", "audit", 200, {"小花"}},
      {"/v1/care-board?contact_days=0", "gao", 400, {}},
      {"/v1/reminders?for=v-zhang", "wang", 403, {}},
      {"/v1/volunteers/v-zhang/schedule", "gao", 200, {}},
      // The log and its audit: admins and auditors only; the auditor masked.
      {"/v1/events?limit=1000", "audit", 200, {"小花", "王小明", xiaohua_phone, xiaoming_phone}},
      {"/v1/events", "gao", 403, {"小花"}},
      {"/v1/events", "wang", 403, {"小花"}},
      {"/v1/events", "xu", 403, {"小花"}},
      {"/v1/streams/child/xiaohua", "audit", 200, {"小花", xiaohua_phone}},
      {"/v1/streams/child/xiaohua", "zhou", 403, {"小花"}},
      {"/v1/replay/archive?position=1000000&id=xiaohua", "audit", 200, {"小花", xiaohua_phone}},
      {"/v1/replay/archive?position=1000000&id=xiaohua", "gao", 403, {"小花"}},
      {"/v1/audit/verify", "wang", 403, {}},
      // Counseling notes: counselors only.
      {"/v1/activities/trip-childrens-day/sessions", "xu", 200, {}},
      {"/v1/activities/trip-childrens-day/sessions", "admin", 403, {}},
      {"/v1/activities/trip-childrens-day/sessions", "audit", 403, {}},
      {"/v1/activities/trip-childrens-day/sessions", "wang", 403, {}},
      // Activities are for everyone.
      {"/v1/activities/trip-childrens-day/roster", "wang", 200, {}},
      {"/v1/activities/trip-childrens-day/roster", "zhou", 403, {}},
  };
  const std::map<std::string, std::string> tokens = {{"admin", admin},  {"gao", coordinator},
                                                     {"zhou", school},  {"wang", volunteer},
                                                     {"xu", counselor}, {"audit", auditor}};
  for (const Case& c : cases) {
    const Response r = Get(c.route, tokens.at(c.who));
    BOOST_TEST(r.status == c.status, c.who << " GET " << c.route << " -> " << r.body);
    for (const std::string& text : c.absent) {
      BOOST_TEST(r.body.find(text) == std::string::npos,
                 c.who << " GET " << c.route << " shows " << text);
    }
  }
  // And nobody gets anything without a token.
  for (const Case& c : cases) BOOST_TEST(Get(c.route).status == 401, c.route);
}

BOOST_AUTO_TEST_CASE(a_city_friends_name_is_not_for_the_builds_volunteers) {
  // Given the seed's library build, where 小军 was paired with a city friend.
  const std::int64_t now = SystemClockMicros();
  const CommandContext ctx{std::string(cli::kSeedOrg), "test", "seed", ""};
  for (const auto& [key, command] :
       cli::SeedLibraryCommands(LocalDate(now, "Asia/Shanghai").value(), now)) {
    const auto done = std::visit([&](const auto& c) { return service.Execute(ctx, c); }, command);
    BOOST_REQUIRE_MESSAGE(done.ok(), key + ": " + done.status().ToString());
  }
  const std::string roster =
      "/v1/activities/library-maling/roster?min_position=" + std::to_string(log.Head());
  // Then its coordinators see the friend, the family and the books.
  const Response seen = Get(roster, admin);
  BOOST_TEST(seen.status == 200);
  BOOST_TEST(seen.body.find("城里朋友小雅") != std::string::npos);
  BOOST_TEST(seen.body.find("\"books_on_shelf\":280") != std::string::npos);
  // And a volunteer or a counselor sees the family, not the friend's name.
  for (const std::string& token : {volunteer, counselor}) {
    const Response masked = Get(roster, token);
    BOOST_TEST(masked.status == 200);
    BOOST_TEST(masked.body.find("城里朋友小雅") == std::string::npos);
    BOOST_TEST(masked.body.find("v-wang") != std::string::npos);
  }
}

BOOST_AUTO_TEST_CASE(each_role_writes_only_where_it_may) {
  const std::string assign = R"({"role":"caring_mother","volunteer_id":"v-zhang"})";
  // Auditors write nothing.
  BOOST_TEST(Post("/v1/children/xiaoming/care-roles", auditor, assign).status == 403);
  // A coordinator acts within their unit and below: xiaoming is xiaocao's, xiaohua maling's.
  BOOST_TEST(Post("/v1/children/xiaohua/end-care-role", coordinator,
                  R"({"role":"caring_mother","reason":"moved"})")
                 .status == 403);
  BOOST_TEST(Post("/v1/children/xiaoming/care-roles", school, assign).status == 403);
  const Response consent = Post(
      "/v1/children/xiaoming/consents", coordinator,
      R"({"kind":"data_processing","guardian_name":"王爷爷","purpose":"关爱帮扶","retention":"离开后一年","given_on":"2026-01-05"})");
  BOOST_TEST(consent.status == 201, consent.body);
  const Response mine = Post("/v1/children/xiaoming/care-roles", coordinator, assign);
  BOOST_TEST(mine.status == 201, mine.body);
  // A volunteer may not do a coordinator's work.
  BOOST_TEST(
      Post("/v1/children/xiaoming/help-pairs", volunteer, R"({"volunteer_id":"v-wang"})").status ==
      403);
  // Contacts are recorded by the child's carers for themselves.
  const std::string contact = R"({"contact_id":"c9","kind":"phone_call","minutes":10,
                                  "at_us":"2026-01-01T10:00:00+08:00","summary":"ok"})";
  const Response by_carer = Post("/v1/children/xiaohua/contacts", counselor, contact);
  BOOST_TEST(by_carer.status == 201, by_carer.body);
  BOOST_TEST(Post("/v1/children/xiaoming/contacts", volunteer, contact).status == 403);
  // Children named in a body are held to the coordinator's units too.
  const Response enrol =
      Post("/v1/activities/trip-childrens-day/enroll", coordinator, R"({"child_id":"xiaohua"})");
  BOOST_TEST(enrol.status == 403);
  BOOST_TEST(enrol.body.find("小花") == std::string::npos);
  // A volunteer overrides no rule and corrects only their own contacts.
  BOOST_TEST(Post("/v1/activities/trip-childrens-day/sign-up", volunteer,
                  R"({"slot_id":"safety","double_booking_override":"mine"})")
                 .status == 403);
  BOOST_TEST(Post("/v1/children/xiaohua/correct-contact", volunteer,
                  R"({"contact_id":"c9","kind":"talk","reason":"mine now",
                      "at_us":"2026-01-01T10:00:00+08:00","summary":"x"})")
                 .status == 403);  // c9 was recorded by v-li above
  // Accounts are the admin's.
  BOOST_TEST(
      Post("/v1/accounts", coordinator, R"({"account_id":"x","name":"x","role":"admin"})").status ==
      403);
}

BOOST_AUTO_TEST_CASE(a_coordinator_sees_a_volunteers_places_and_hours_in_their_units_only) {
  // Given v-wang holding a place in xiaocao's trip and serving a two-hour talk of maling.
  ServeTalk("talk-maling", "maling", "v-wang", /*vetted_only=*/false);
  const std::string at = "?min_position=" + std::to_string(log.Head());
  const auto hours = [](const Response& r) {
    const boost::json::value body = Body(r);  // kept: the loop reads into it
    double sum = 0;
    for (const auto& month : body.at("data").at("hours_by_month").as_object())
      sum += month.value().to_number<double>();
    return sum;
  };
  // Then xiaocao's coordinator sees the trip, not maling's talk nor its hours,
  const Response gao = Get("/v1/volunteers/v-wang/schedule" + at, coordinator);
  BOOST_TEST_REQUIRE(gao.status == 200, gao.body);
  BOOST_TEST(gao.body.find("trip-childrens-day") != std::string::npos);
  BOOST_TEST(gao.body.find("talk-maling") == std::string::npos, gao.body);
  BOOST_TEST(hours(gao) == 0.0);
  // maling's the talk and its hours, not the trip,
  const Response zhou = Get("/v1/volunteers/v-wang/schedule" + at, school);
  BOOST_TEST(zhou.body.find("talk-maling") != std::string::npos);
  BOOST_TEST(zhou.body.find("trip-childrens-day") == std::string::npos, zhou.body);
  BOOST_TEST(hours(zhou) == 2.0);
  // and an admin both.
  const Response all = Get("/v1/volunteers/v-wang/schedule" + at, admin);
  BOOST_TEST(all.body.find("talk-maling") != std::string::npos);
  BOOST_TEST(all.body.find("trip-childrens-day") != std::string::npos);
  BOOST_TEST(hours(all) == 2.0);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::http
