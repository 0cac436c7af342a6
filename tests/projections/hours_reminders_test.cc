// Reminders after an activity: marking it completed on the day, and
// confirming volunteers' hours within 10 working days (declared holidays
// skipped, make-up Saturdays counted), late completions and corrections.

#include <boost/test/unit_test.hpp>

#include "tests/projections/reminders_fixture.h"

namespace homeward::testing {
namespace {

BOOST_FIXTURE_TEST_SUITE(hours_reminders_test, RemindersFixture)

BOOST_AUTO_TEST_CASE(an_activity_over_is_its_coordinators_to_mark_completed_that_day) {
  Activity("trip", ActivityKind::kTrip, At("2027-06-01", 9));  // until 17:00
  const std::string id = "completion/trip";
  BOOST_TEST(StateOf(id, At("2027-05-20")) == "upcoming");
  BOOST_TEST(StateOf(id, At("2027-06-01", 18)) == "due");
  BOOST_TEST(StateOf(id, At("2027-06-02", 8)) == "overdue");
  BOOST_TEST(Row(All(At("2027-06-02", 8), For("gao")), "id", id) != nullptr);
  Given("activity", "trip", ActivityCompleted{"trip"}, At("2027-06-02", 9));
  BOOST_TEST(StateOf(id, At("2027-06-02", 10)) == "done");
  // A cancelled activity owes none.
  Activity("talk", ActivityKind::kForum, At("2027-06-03", 9));
  Given("activity", "talk", ActivityCancelled{"talk", true, "暴雨"}, At("2027-06-02"));
  BOOST_TEST(StateOf("completion/talk", At("2027-06-04")) == "absent");
}

BOOST_AUTO_TEST_CASE(hours_are_confirmed_within_10_working_days) {
  WangOnTrip("2027-06-04");  // a Friday
  Given("activity", "trip", AttendanceRecorded{"trip", "wang", Attendance::kPresent, "gao"},
        At("2027-06-04", 17));
  Given("activity", "trip", ActivityCompleted{"trip"}, At("2027-06-04", 18));
  const std::string id = "hours/trip/wang";
  BOOST_TEST(DueOf(id, At("2027-06-05")) == "2027-06-18");
  BOOST_TEST(StateOf(id, At("2027-06-19")) == "overdue");
  Given("activity", "trip", HoursConfirmed{"trip", "wang", 420, "gao"}, At("2027-06-20"));
  BOOST_TEST(StateOf(id, At("2027-06-21")) == "done");
}

BOOST_AUTO_TEST_CASE(the_hours_deadline_skips_declared_holidays_and_counts_a_make_up_saturday) {
  // Given National Day declared: 1 and 4-7 October off, Saturday 9 October worked.
  Given("holidays", "2027", NationalDay2027(), At("2027-01-02"));
  WangOnTrip("2027-09-30");  // a Thursday
  Given("activity", "trip", AttendanceRecorded{"trip", "wang", Attendance::kPresent, "gao"},
        At("2027-09-30", 17));
  Given("activity", "trip", ActivityCompleted{"trip"}, At("2027-09-30", 18));
  // 8, 9, 11-15 and 18-20 October: due on the 20th (the 14th without the notice).
  BOOST_TEST(DueOf("hours/trip/wang", At("2027-10-01")) == "2027-10-20");
}

BOOST_AUTO_TEST_CASE(an_attendance_corrected_to_absent_owes_no_hours) {
  WangOnTrip("2027-06-04");
  Given("activity", "trip", AttendanceRecorded{"trip", "wang", Attendance::kPresent, "gao"},
        At("2027-06-04", 17));
  Given("activity", "trip", AttendanceRecorded{"trip", "wang", Attendance::kAbsent, "gao"},
        At("2027-06-04", 17));
  Given("activity", "trip", ActivityCompleted{"trip"}, At("2027-06-04", 18));
  BOOST_TEST(StateOf("hours/trip/wang", At("2027-06-19")) == "absent");
}

BOOST_AUTO_TEST_CASE(a_completion_recorded_late_counts_from_the_activitys_end) {
  WangOnTrip("2027-05-31");  // ends at 17:00
  Child("hua");
  Given("activity", "trip", ChildEnrolled{"trip", "hua"}, At("2027-05-03"));
  Given("activity", "trip", AttendanceRecorded{"trip", "wang", Attendance::kPresent, "gao"},
        At("2027-05-31", 17));
  Given("activity", "trip", ActivityCompleted{"trip"}, At("2027-06-21", 10));
  // Ten working days after Monday 31 May, whatever day the completion was recorded on.
  BOOST_TEST(DueOf("hours/trip/wang", At("2027-06-22")) == "2027-06-14");
  BOOST_TEST(StateOf("hours/trip/wang", At("2027-06-22")) == "overdue");
  // The school visits: June 2027 to May 2028.
  BOOST_TEST(DueOf("school_visit/trip/2027-06", At("2027-06-22")) == "2027-06-30");
  BOOST_TEST(DueOf("school_visit/trip/2028-05", At("2027-06-22")) == "2028-05-31");
  BOOST_TEST(StateOf("school_visit/trip/2028-06", At("2027-06-22")) == "absent");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::testing
