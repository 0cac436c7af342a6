// A school's six actions this term (六个一) over the API: the school's
// coordinator reads what was held and whom it reached, once it was held; a
// cancelled meeting counts for nothing; volunteers read none of it.

#include "tests/adapters/router_fixture.h"

namespace homeward::http {
namespace {

constexpr std::int64_t kMinute = 60LL * 1000000;

struct Term : RouterFixture {
  // Plans an activity of `kind` at 马岭小学 a minute from now.
  void Plan(const std::string& id, ActivityKind kind) {
    PlanActivity plan;
    plan.activity_id = id;
    plan.unit_id = "maling";
    plan.kind = kind;
    plan.title = id;
    plan.place = "操场";
    plan.starts_at_us = SystemClockMicros() + kMinute;
    plan.ends_at_us = plan.starts_at_us + 30 * kMinute;
    Do(ActivityCommand{plan});
  }
  template <class Command>
  void Do(Command command) {
    const CommandContext ctx{std::string(cli::kSeedOrg), "zhou", "term", ""};
    auto done = service.Execute(ctx, command);
    BOOST_REQUIRE_MESSAGE(done.ok(), done.status().ToString());
  }
  boost::json::object Maling(const std::string& token) {
    const Response r =
        Get("/v1/units/maling/school-actions?min_position=" + std::to_string(log.Head()), token);
    BOOST_TEST_REQUIRE(r.status == 200, r.body);
    const boost::json::value body = Body(r);  // kept: the loop reads into it
    for (const auto& row : body.at("data").at("units").as_array()) {
      if (row.at("unit_id").as_string() == "maling") return row.as_object();
    }
    BOOST_FAIL("no row for maling: " << r.body);
    return {};
  }
};

BOOST_FIXTURE_TEST_SUITE(school_action_routes_test, Term)

BOOST_AUTO_TEST_CASE(the_school_reads_what_it_held_this_term_and_whom_it_reached) {
  // Given 马岭小学's flag ceremony and class meeting a minute from now, the
  // meeting then called off, and a letter and a call for 小花 (whose card is approved)
  Plan("flag", ActivityKind::kFlagCeremony);
  Plan("meeting", ActivityKind::kClassMeeting);
  Do(ActivityCommand{CancelActivity{"meeting", false, "停电"}});
  const std::int64_t now = SystemClockMicros();
  Do(PeopleCommand{RecordContact{"xiaohua", "term-letter", ContactKind::kLetter, "班主任周老师",
                                 now, 20, "给妈妈的信"}});
  Do(PeopleCommand{RecordContact{"xiaohua", "term-call", ContactKind::kPhoneCall, "班主任周老师",
                                 now, 10, "与父亲通话"}});

  // When the school's coordinator reads the checklist before the ceremony
  auto row = Maling(school);
  // Then nothing is held yet, and 小花 has her letter, call and card
  BOOST_TEST(row.at("flag_ceremonies").as_array().empty());
  BOOST_TEST(row.at("children").as_int64() == 1);
  BOOST_TEST(row.at("letters").as_int64() == 1);
  BOOST_TEST(row.at("calls").as_int64() == 1);
  BOOST_TEST(row.at("cards").as_int64() == 1);

  // When the ceremony has begun: it is held; the called-off meeting is not
  ahead_us = 2 * kMinute;
  row = Maling(school);
  const std::string today =
      FormatDate(LocalDate(SystemClockMicros() + kMinute, "Asia/Shanghai").value());
  BOOST_TEST(boost::json::serialize(row.at("flag_ceremonies")) == "[\"" + today + "\"]");
  BOOST_TEST(row.at("class_meetings").as_int64() == 0);
  BOOST_TEST(row.at("forums").as_int64() == 0);
  BOOST_TEST(!row.at("done").as_bool());
}

BOOST_AUTO_TEST_CASE(the_checklist_is_for_the_units_staff_and_auditors) {
  BOOST_TEST(Get("/v1/units/maling/school-actions", school).status == 200);
  BOOST_TEST(Get("/v1/units/maling/school-actions", auditor).status == 200);
  BOOST_TEST(Get("/v1/units/maling/school-actions", admin).status == 200);
  BOOST_TEST(Get("/v1/units/maling/school-actions", coordinator).status == 403);  // not gao's
  BOOST_TEST(Get("/v1/units/maling/school-actions", volunteer).status == 403);
  BOOST_TEST(Get("/v1/units/maling/school-actions", counselor).status == 403);
  BOOST_TEST(Get("/v1/units/nowhere/school-actions", admin).status == 404);
  const Response bad = Get("/v1/units/maling/school-actions?term=2027-summer", school);
  BOOST_TEST(bad.status == 400);
  BOOST_TEST(ErrorField(bad) == "term");
  const Response named = Get("/v1/units/maling/school-actions?term=2027-spring", school);
  BOOST_TEST_REQUIRE(named.status == 200, named.body);
  BOOST_TEST(Body(named).at("data").at("from").as_string() == "2027-02-01");
  BOOST_TEST(Body(named).at("data").at("to").as_string() == "2027-07-31");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::http
