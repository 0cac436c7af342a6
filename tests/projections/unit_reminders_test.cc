// Reminders about units at an injected moment: each member unit's monthly
// report by the 30th (the last day in February, the 29th in a leap year),
// in the unit's own time zone, for the months it is a member unit.

#include <boost/test/unit_test.hpp>

#include "tests/projections/reminders_fixture.h"

namespace homeward::testing {
namespace {

BOOST_FIXTURE_TEST_SUITE(unit_reminders_test, RemindersFixture)

BOOST_AUTO_TEST_CASE(the_monthly_report_is_due_by_the_30th) {
  const std::string id = "monthly_report/school/2027-04";
  BOOST_TEST(DueOf(id, At("2027-04-01")) == "2027-04-30");
  BOOST_TEST(StateOf(id, At("2027-04-10")) == "upcoming");
  BOOST_TEST(StateOf(id, At("2027-04-25")) == "due");
  BOOST_TEST(StateOf(id, At("2027-04-30", 23, 59)) == "due");
  BOOST_TEST(StateOf(id, At("2027-05-01", 0, 1)) == "overdue");
  Given("unit", "school", MonthlyReportSubmitted{"school", "2027-04", "", 1, 2, 3},
        At("2027-05-02"));
  BOOST_TEST(StateOf(id, At("2027-05-03")) == "done");
}

BOOST_AUTO_TEST_CASE(in_february_the_report_is_due_on_its_last_day_29_in_a_leap_year) {
  BOOST_TEST(DueOf("monthly_report/school/2027-02", At("2027-02-01")) == "2027-02-28");
  BOOST_TEST(DueOf("monthly_report/school/2028-02", At("2028-02-01")) == "2028-02-29");
  BOOST_TEST(StateOf("monthly_report/school/2028-02", At("2028-02-29", 23)) == "due");
  BOOST_TEST(StateOf("monthly_report/school/2028-02", At("2028-03-01", 0, 5)) == "overdue");
  // A 31-day month is still due on the 30th.
  BOOST_TEST(DueOf("monthly_report/school/2027-03", At("2027-03-01")) == "2027-03-30");
}

BOOST_AUTO_TEST_CASE(only_member_units_report_and_not_before_they_exist) {
  BOOST_TEST(StateOf("monthly_report/county/2027-04", At("2027-04-10")) == "absent");
  BOOST_TEST(StateOf("monthly_report/school/2026-12", At("2027-04-10")) == "absent");
  BOOST_TEST(StateOf("monthly_report/school/2027-05", At("2027-04-10")) == "absent");
}

BOOST_AUTO_TEST_CASE(a_unit_reports_the_months_it_is_a_member_unit_when_the_report_falls_due) {
  // Given a township federation at the top since January, moved under the
  // county after March's report fell due, and back to the top in June.
  Given("unit", "town", UnitCreated{"town", "乡妇联", UnitKind::kFederation, "", "Asia/Shanghai"},
        At("2027-01-02"));
  Given("unit", "town", UnitMoved{"town", "county"}, At("2027-03-31"));
  Given("unit", "town", UnitMoved{"town", ""}, At("2027-06-10"));
  // Then it owes April's and May's reports only.
  const std::int64_t now = At("2027-07-05");
  BOOST_TEST(StateOf("monthly_report/town/2027-02", now) == "absent");
  BOOST_TEST(StateOf("monthly_report/town/2027-03", now) == "absent");
  BOOST_TEST(StateOf("monthly_report/town/2027-04", now) == "overdue");
  BOOST_TEST(StateOf("monthly_report/town/2027-05", now) == "overdue");
  BOOST_TEST(StateOf("monthly_report/town/2027-06", now) == "absent");
}

BOOST_AUTO_TEST_CASE(a_unit_in_another_time_zone_has_its_own_end_of_day) {
  Given("unit", "kashgar",
        UnitCreated{"kashgar", "喀什", UnitKind::kSchool, "county", "Asia/Urumqi"},
        At("2027-01-05"));
  // 00:30 on 1 May in Shanghai is still 30 April in Urumqi (UTC+6).
  const std::int64_t now = At("2027-05-01", 0, 30);
  BOOST_TEST(StateOf("monthly_report/school/2027-04", now) == "overdue");
  BOOST_TEST(StateOf("monthly_report/kashgar/2027-04", now) == "due");
  BOOST_TEST(StateOf("monthly_report/kashgar/2027-04", At("2027-05-01", 0, 1, "Asia/Urumqi")) ==
             "overdue");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::testing
