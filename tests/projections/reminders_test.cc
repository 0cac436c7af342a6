// Reminders at an injected moment: month ends, February in a leap year, the
// 30th rule, a unit in another time zone, and each kind done by its event.

#include "projections/reminders.h"

#include <boost/test/unit_test.hpp>

#include "tests/projections/view_fixture.h"

namespace homeward::testing {
namespace {

struct RemindersFixture : ViewFixture<RemindersState> {
  RemindersFixture() {
    Given("unit", "county",
          UnitCreated{"county", "县妇联", UnitKind::kFederation, "", "Asia/Shanghai"},
          At("2027-01-01"));
    Given("unit", "school",
          UnitCreated{"school", "马岭小学", UnitKind::kSchool, "county", "Asia/Shanghai"},
          At("2027-01-05"));
    Given("unit", "school", WaiverPublished{"school", "v1", "特别承诺"}, At("2027-01-05"));
  }
  void Volunteer(const std::string& id, std::string_view valid_until) {
    VolunteerDetails d;
    d.name = id;
    Given("volunteer", id, VolunteerRegistered{id, "school", d}, At("2027-01-06"));
    Given("volunteer", id,
          VolunteerVetted{id, "police", ParseDate("2027-01-06").value(),
                          ParseDate(valid_until).value()},
          At("2027-01-06"));
    Given("volunteer", id, WaiverAccepted{id, "v1"}, At("2027-01-06"));
  }
  void Child(const std::string& id, std::string_view on = "2027-01-10") {
    ArchiveCard card;
    card.name = id;
    Given("child", id, ChildRegistered{id, "school", card, "teacher"}, At(on));
  }
  void Activity(const std::string& id, ActivityKind kind, std::int64_t starts) {
    ActivityPlanned plan;
    plan.activity_id = id;
    plan.unit_id = "school";
    plan.kind = kind;
    plan.starts_at_us = starts;
    plan.ends_at_us = starts + 8 * 3600'000'000LL;
    plan.coordinator = "gao";
    Given("activity", id, plan, At("2027-05-01"));
    Given("activity", id, SlotAdded{id, "escort", "escort", 5, true, false, true, {}},
          At("2027-05-01"));
  }
  // Vetted volunteer wang holds a place in trip "trip" at 9:00 on `day`;
  // returns its start.
  std::int64_t WangOnTrip(std::string_view day) {
    Volunteer("wang", "2028-01-01");
    const std::int64_t starts = At(day, 9);
    Activity("trip", ActivityKind::kTrip, starts);
    Given("activity", "trip", SignedUp{"trip", "escort", "wang", starts, starts + 1, ""},
          At("2027-05-02"));
    return starts;
  }
  static ReminderFilter For(std::string person, bool overdue_only = false) {
    ReminderFilter filter;
    filter.person = std::move(person);
    filter.overdue_only = overdue_only;
    return filter;
  }
  static ReminderFilter Between(std::string_view from, std::string_view to) {
    ReminderFilter filter;
    filter.due_from = ParseDate(from).value();
    filter.due_to = ParseDate(to).value();
    return filter;
  }
  boost::json::value All(std::int64_t now, ReminderFilter filter = {}) {
    return Reminders(state(), kOrg, now, filter);
  }
  // The state of reminder `id` at `now`, or "absent".
  std::string StateOf(const std::string& id, std::int64_t now) {
    const boost::json::value all = All(now);
    const boost::json::object* row = Row(all, "id", id);
    return row ? std::string(row->at("state").as_string()) : "absent";
  }
  std::string DueOf(const std::string& id, std::int64_t now) {
    const boost::json::value all = All(now);
    const boost::json::object* row = Row(all, "id", id);
    return row ? std::string(row->at("due").as_string()) : "absent";
  }
};

BOOST_FIXTURE_TEST_SUITE(reminders_test, RemindersFixture)

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

BOOST_AUTO_TEST_CASE(a_withdrawn_consent_waits_for_the_coordinator_to_confirm_the_erasure) {
  Child("c1");
  const std::string id = "erasure/c1";
  BOOST_TEST(StateOf(id, At("2027-03-01")) == "absent");
  Given("child", "c1",
        ConsentWithdrawn{"c1", ConsentKind::kDataProcessing, ParseDate("2027-03-01").value(), ""},
        At("2027-03-01", 9));
  BOOST_TEST(DueOf(id, At("2027-03-01", 10)) == "2027-03-01");
  BOOST_TEST(StateOf(id, At("2027-03-01", 10)) == "due");
  BOOST_TEST(StateOf(id, At("2027-03-02", 8)) == "overdue");
  Given("child", "c1", ChildDataErased{"c1", "监护人撤回同意"}, At("2027-03-02", 9));
  BOOST_TEST(StateOf(id, At("2027-03-02", 10)) == "done");
  // Withdrawing consent to trips asks for nothing.
  Child("c2");
  Given("child", "c2",
        ConsentWithdrawn{"c2", ConsentKind::kTrips, ParseDate("2027-03-01").value(), ""},
        At("2027-03-01", 9));
  BOOST_TEST(StateOf("erasure/c2", At("2027-03-01", 10)) == "absent");
}

BOOST_AUTO_TEST_CASE(only_member_units_report_and_not_before_they_exist) {
  BOOST_TEST(StateOf("monthly_report/county/2027-04", At("2027-04-10")) == "absent");
  BOOST_TEST(StateOf("monthly_report/school/2026-12", At("2027-04-10")) == "absent");
  BOOST_TEST(StateOf("monthly_report/school/2027-05", At("2027-04-10")) == "absent");
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

BOOST_AUTO_TEST_CASE(a_role_holder_owes_a_contact_each_month_and_month_ends_are_local) {
  Volunteer("wang", "2028-01-01");
  Child("hua");
  Given(Decision{{StreamOf(kOrg, "child", "hua"),
                  CareRoleAssigned{"hua", CareRole::kCaringMother, "wang"}}},
        At("2027-01-15"));
  const std::string jan = "contact/hua/caring_mother/wang/2027-01";
  const std::string feb = "contact/hua/caring_mother/wang/2027-02";
  BOOST_TEST(DueOf(jan, At("2027-01-20")) == "2027-01-31");
  // 23:30 on 31 January, local time, is a January contact (15:30 UTC).
  Given("child", "hua",
        ContactRecorded{"hua", "k1", ContactKind::kPhoneCall, "wang", At("2027-01-31", 23, 30), 10,
                        ""},
        At("2027-01-31", 23, 31));
  BOOST_TEST(StateOf(jan, At("2027-02-01")) == "done");
  BOOST_TEST(StateOf(feb, At("2027-02-01")) == "upcoming");
  BOOST_TEST(StateOf(feb, At("2027-03-01", 0, 1)) == "overdue");
  // A contact by someone else does not answer it.
  Given("child", "hua",
        ContactRecorded{"hua", "k2", ContactKind::kTalk, "li", At("2027-02-10"), 10, ""},
        At("2027-02-10"));
  BOOST_TEST(StateOf(feb, At("2027-03-02")) == "overdue");
  BOOST_TEST(StateOf("contact/hua/caring_mother/wang/2027-03", At("2027-03-02")) == "upcoming");
}

BOOST_AUTO_TEST_CASE(an_ended_role_stops_owing_contacts) {
  Volunteer("wang", "2028-01-01");
  Child("hua");
  Given("child", "hua", CareRoleAssigned{"hua", CareRole::kProxyParent, "wang"}, At("2027-01-15"));
  Given("child", "hua", CareRoleEnded{"hua", CareRole::kProxyParent, "wang", "moved"},
        At("2027-02-10"));
  BOOST_TEST(StateOf("contact/hua/proxy_parent/wang/2027-02", At("2027-04-01")) == "overdue");
  BOOST_TEST(StateOf("contact/hua/proxy_parent/wang/2027-03", At("2027-04-01")) == "absent");
}

BOOST_AUTO_TEST_CASE(a_survey_is_due_half_yearly_and_the_next_counts_from_the_last) {
  Child("hua", "2027-01-10");
  BOOST_TEST(DueOf("survey/hua/2027-07-10", At("2027-02-01")) == "2027-07-10");
  Given("child", "hua",
        SurveyRecorded{"hua", ParseDate("2027-07-01").value(), "督导员", GuardianshipRating::kGood,
                       ""},
        At("2027-07-01"));
  BOOST_TEST(StateOf("survey/hua/2027-07-10", At("2027-07-02")) == "done");
  BOOST_TEST(StateOf("survey/hua/2028-01-01", At("2027-07-02")) == "upcoming");
}

BOOST_AUTO_TEST_CASE(surveys_recorded_out_of_order_chain_by_the_day_they_were_done) {
  // Given a child registered in March 2024 whose March 2025 survey is
  // recorded before the paper form of September 2024.
  Child("hua", "2024-03-10");
  Given("child", "hua",
        SurveyRecorded{"hua", ParseDate("2025-03-05").value(), "督导员", GuardianshipRating::kGood,
                       ""},
        At("2025-03-05"));
  Given("child", "hua",
        SurveyRecorded{"hua", ParseDate("2024-09-02").value(), "督导员", GuardianshipRating::kGood,
                       "纸质表"},
        At("2025-03-20"));
  // Then the paper form answers the first, the March survey the second,
  const std::int64_t now = At("2025-04-01");
  BOOST_TEST(StateOf("survey/hua/2024-09-10", now) == "done");
  BOOST_TEST(StateOf("survey/hua/2025-03-02", now) == "done");
  // and the next is due six months after the latest, not yet done.
  BOOST_TEST(StateOf("survey/hua/2025-09-05", now) == "upcoming");
  const boost::json::value overdue = All(now, For("", true));
  BOOST_TEST(overdue.as_array().empty());
  // A second survey on the same day answers nothing new.
  Given("child", "hua",
        SurveyRecorded{"hua", ParseDate("2025-03-05").value(), "督导员", GuardianshipRating::kGood,
                       "重复"},
        At("2025-03-25"));
  BOOST_TEST(StateOf("survey/hua/2025-09-05", now) == "upcoming");
}

BOOST_AUTO_TEST_CASE(a_help_pair_owes_a_contact_each_month_until_it_ends) {
  // Given cadre paired with hua (结对帮扶) on 3 February.
  Volunteer("cadre", "2028-01-01");
  Child("hua");
  Given("child", "hua", HelpPairFormed{"hua", "cadre"}, At("2027-02-03"));
  const std::string feb = "contact/hua/help_pair/cadre/2027-02";
  const std::string mar = "contact/hua/help_pair/cadre/2027-03";
  // Then cadre owes a contact in February, by its last day.
  const boost::json::value mine = All(At("2027-02-04"), For("cadre"));
  const boost::json::object* row = Row(mine, "id", feb);
  BOOST_REQUIRE(row != nullptr);
  BOOST_TEST(row->at("kind").as_string() == "monthly_contact");
  BOOST_TEST(row->at("due").as_string() == "2027-02-28");
  BOOST_TEST(row->at("state").as_string() == "upcoming");
  // A contact by someone else does not answer it.
  Given("child", "hua",
        ContactRecorded{"hua", "k1", ContactKind::kTalk, "li", At("2027-02-10"), 10, ""},
        At("2027-02-10"));
  BOOST_TEST(StateOf(feb, At("2027-03-01", 0, 1)) == "overdue");
  // One by cadre in March answers March's.
  Given("child", "hua",
        ContactRecorded{"hua", "k2", ContactKind::kPhoneCall, "cadre", At("2027-03-05"), 10, ""},
        At("2027-03-05"));
  BOOST_TEST(StateOf(mar, At("2027-03-06")) == "done");
  // An ended pair owes the month it ended in and none after.
  Given("child", "hua", HelpPairEnded{"hua", "cadre", "调动"}, At("2027-04-10"));
  BOOST_TEST(StateOf("contact/hua/help_pair/cadre/2027-04", At("2027-05-02")) == "overdue");
  BOOST_TEST(StateOf("contact/hua/help_pair/cadre/2027-05", At("2027-05-02")) == "absent");
}

BOOST_AUTO_TEST_CASE(a_signed_up_volunteer_is_reminded_24_hours_before) {
  const std::int64_t starts = WangOnTrip("2027-06-01");
  const std::string id = "notice/trip/wang";
  BOOST_TEST(StateOf(id, At("2027-05-31", 8)) == "upcoming");
  BOOST_TEST(StateOf(id, At("2027-05-31", 9, 30)) == "due");
  Given("activity", "trip", CheckedIn{"trip", "wang", starts}, At("2027-06-01", 9));
  BOOST_TEST(StateOf(id, At("2027-06-01", 9, 1)) == "done");
  const boost::json::value mine = All(At("2027-05-31", 9, 30), For("wang"));
  BOOST_TEST(Row(mine, "id", id) != nullptr);
}

BOOST_AUTO_TEST_CASE(a_cancelled_activity_or_a_withdrawal_drops_the_notice) {
  Volunteer("wang", "2028-01-01");
  Volunteer("li", "2028-01-01");
  const std::int64_t starts = At("2027-06-01", 9);
  Activity("trip", ActivityKind::kTrip, starts);
  Given("activity", "trip", SignedUp{"trip", "escort", "wang", starts, starts + 1, ""},
        At("2027-05-02"));
  Given("activity", "trip", SignedUp{"trip", "escort", "li", starts, starts + 1, ""},
        At("2027-05-02"));
  Given("activity", "trip", Withdrawn{"trip", "escort", "li", false, ""}, At("2027-05-03"));
  BOOST_TEST(StateOf("notice/trip/li", At("2027-05-31", 10)) == "absent");
  Given("activity", "trip", ActivityCancelled{"trip", true, "暴雨"}, At("2027-05-30"));
  BOOST_TEST(StateOf("notice/trip/wang", At("2027-05-31", 10)) == "absent");
}

BOOST_AUTO_TEST_CASE(a_check_that_expires_before_the_activity_is_flagged_until_renewed) {
  Volunteer("wang", "2027-05-20");  // valid at sign-up, expired by 1 June
  const std::int64_t starts = At("2027-06-01", 9);
  Activity("trip", ActivityKind::kTrip, starts);
  Given("activity", "trip", SignedUp{"trip", "escort", "wang", starts, starts + 1, ""},
        At("2027-05-02"));
  BOOST_TEST(StateOf("readiness/trip/wang", At("2027-05-03")) == "due");
  Given("volunteer", "wang",
        VolunteerVetted{"wang", "police", ParseDate("2027-05-10").value(),
                        ParseDate("2028-05-10").value()},
        At("2027-05-10"));
  BOOST_TEST(StateOf("readiness/trip/wang", At("2027-05-11")) == "done");
}

BOOST_AUTO_TEST_CASE(a_new_waiver_makes_holders_who_have_not_accepted_it_a_reminder) {
  Volunteer("wang", "2028-01-01");
  const std::int64_t starts = At("2027-06-01", 9);
  Activity("trip", ActivityKind::kTrip, starts);
  Given("activity", "trip", SignedUp{"trip", "escort", "wang", starts, starts + 1, ""},
        At("2027-05-02"));
  BOOST_TEST(StateOf("readiness/trip/wang", At("2027-05-03")) == "absent");
  Given("unit", "school", WaiverPublished{"school", "v2", "新版承诺"}, At("2027-05-04"));
  BOOST_TEST(StateOf("readiness/trip/wang", At("2027-05-05")) == "due");
  Given("volunteer", "wang", WaiverAccepted{"wang", "v2"}, At("2027-05-06"));
  BOOST_TEST(StateOf("readiness/trip/wang", At("2027-05-07")) == "done");
}

BOOST_AUTO_TEST_CASE(every_place_needs_the_waiver_and_only_a_vetted_one_a_check) {
  const std::int64_t starts = At("2027-06-01", 9);
  Activity("trip", ActivityKind::kTrip, starts);
  Given("activity", "trip", SlotAdded{"trip", "standby", "standby", 5, true, false, false, {}},
        At("2027-05-01"));
  // Neither li nor zhao is vetted; zhao accepted the waiver, li did not.
  for (const std::string id : {"li", "zhao"}) {
    VolunteerDetails d;
    d.name = id;
    Given("volunteer", id, VolunteerRegistered{id, "school", d}, At("2027-01-06"));
  }
  Given("volunteer", "zhao", WaiverAccepted{"zhao", "v1"}, At("2027-01-07"));
  for (const std::string id : {"li", "zhao"}) {
    Given("activity", "trip", SignedUp{"trip", "standby", id, starts, starts + 1, ""},
          At("2027-05-02"));
  }
  BOOST_TEST(StateOf("readiness/trip/li", At("2027-05-03")) == "due");
  BOOST_TEST(StateOf("readiness/trip/zhao", At("2027-05-03")) == "absent");
  Given("volunteer", "li", WaiverAccepted{"li", "v1"}, At("2027-05-04"));
  BOOST_TEST(StateOf("readiness/trip/li", At("2027-05-05")) == "done");
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

BOOST_AUTO_TEST_CASE(a_trip_brings_twelve_monthly_school_visits) {
  Child("hua");
  const std::int64_t starts = At("2027-06-01", 9);
  Activity("trip", ActivityKind::kTrip, starts);
  Given("activity", "trip", ChildEnrolled{"trip", "hua"}, At("2027-05-03"));
  Given("activity", "trip", ActivityCompleted{"trip"}, At("2027-06-01", 18));
  int visits = 0;
  const boost::json::value all = All(At("2027-06-02"));
  for (const auto& r : all.as_array())
    if (r.at("kind").as_string() == "school_visit") ++visits;
  BOOST_TEST(visits == 12);
  BOOST_TEST(DueOf("school_visit/trip/2027-07", At("2027-06-02")) == "2027-07-31");
  BOOST_TEST(DueOf("school_visit/trip/2028-06", At("2027-06-02")) == "2028-06-30");
  Given("child", "hua",
        ContactRecorded{"hua", "k1", ContactKind::kSchoolVisit, "gao", At("2027-07-08"), 60, ""},
        At("2027-07-08"));
  BOOST_TEST(StateOf("school_visit/trip/2027-07", At("2027-07-09")) == "done");
  BOOST_TEST(StateOf("school_visit/trip/2027-08", At("2027-07-09")) == "upcoming");
}

BOOST_AUTO_TEST_CASE(a_library_needs_restocking_three_months_after_it_is_built) {
  Activity("lib", ActivityKind::kLibraryBuild, At("2027-05-10"));
  Given("activity", "lib", ActivityCompleted{"lib"}, At("2027-05-10", 18));
  BOOST_TEST(DueOf("restock/lib/2027-08-10", At("2027-05-11")) == "2027-08-10");
  Given("activity", "lib", BooksDonated{"lib", "图书馆", "books", 100, true}, At("2027-08-01"));
  BOOST_TEST(StateOf("restock/lib/2027-08-10", At("2027-08-02")) == "done");
  BOOST_TEST(StateOf("restock/lib/2027-11-01", At("2027-08-02")) == "upcoming");
}

BOOST_AUTO_TEST_CASE(a_requested_counseling_follow_up_is_done_by_a_later_session_with_the_child) {
  Child("hua");
  Activity("talk", ActivityKind::kCounseling, At("2027-05-10"));
  Activity("again", ActivityKind::kCounseling, At("2027-05-26", 9));
  const std::uint64_t asked = Given(
      "activity", "talk", FollowUpRequested{"talk", "hua", ParseDate("2027-05-24").value(), "zhou"},
      At("2027-05-10", 17));
  const std::string id = "follow_up/talk/hua/" + std::to_string(asked);
  BOOST_TEST(StateOf(id, At("2027-05-25")) == "overdue");
  const boost::json::value overdue = All(At("2027-05-25"), For("zhou", true));
  BOOST_TEST(Row(overdue, "id", id) != nullptr);
  Given("activity", "again",
        SessionRecorded{"again", "zhou", SessionOutcome::kHeld, false, {"hua"}, ""},
        At("2027-05-26", 10));
  BOOST_TEST(StateOf(id, At("2027-05-27")) == "done");
}

BOOST_AUTO_TEST_CASE(the_session_that_asked_for_a_follow_up_does_not_answer_it) {
  // Given a follow-up asked for in session "talk" and sessions before and after it.
  Child("hua");
  Activity("before", ActivityKind::kCounseling, At("2027-05-08"));
  Activity("talk", ActivityKind::kCounseling, At("2027-05-10"));
  Activity("missed", ActivityKind::kCounseling, At("2027-05-15"));
  Activity("later", ActivityKind::kCounseling, At("2027-05-20"));
  const std::uint64_t asked = Given(
      "activity", "talk", FollowUpRequested{"talk", "hua", ParseDate("2027-05-24").value(), "zhou"},
      At("2027-05-10", 17));
  const std::string id = "follow_up/talk/hua/" + std::to_string(asked);
  // When the notes of the session that asked are filed after the request,
  Given("activity", "talk",
        SessionRecorded{"talk", "zhou", SessionOutcome::kHeld, false, {"hua"}, "记录"},
        At("2027-05-10", 18));
  // and those of a session held before it are filed late,
  Given("activity", "before",
        SessionRecorded{"before", "zhou", SessionOutcome::kHeld, false, {"hua"}, ""},
        At("2027-05-11"));
  // and a later session was not held,
  Given("activity", "missed",
        SessionRecorded{"missed", "zhou", SessionOutcome::kNoShow, false, {"hua"}, ""},
        At("2027-05-15", 14));
  // then the follow-up is still open, and overdue after its day.
  BOOST_TEST(StateOf(id, At("2027-05-19")) == "due");
  BOOST_TEST(StateOf(id, At("2027-05-25")) == "overdue");
  // A session held with the child after the request answers it.
  const std::uint64_t held =
      Given("activity", "later",
            SessionRecorded{"later", "zhou", SessionOutcome::kHeld, false, {"hua"}, ""},
            At("2027-05-26"));
  const boost::json::value all = All(At("2027-05-27"));
  const boost::json::object* row = Row(all, "id", id);
  BOOST_REQUIRE(row != nullptr);
  BOOST_TEST(row->at("state").as_string() == "done");
  BOOST_TEST(row->at("done_position").to_number<std::uint64_t>() == held);
}

BOOST_AUTO_TEST_CASE(the_yearly_check_is_renewed_before_it_expires) {
  Volunteer("wang", "2027-12-31");
  const std::string id = "vetting/wang/2027-12-31";
  BOOST_TEST(StateOf(id, At("2027-11-15")) == "upcoming");
  BOOST_TEST(StateOf(id, At("2027-12-05")) == "due");
  BOOST_TEST(StateOf(id, At("2028-01-01", 0, 1)) == "overdue");
  Given("volunteer", "wang",
        VolunteerVetted{"wang", "police", ParseDate("2027-12-20").value(),
                        ParseDate("2028-12-20").value()},
        At("2027-12-20"));
  BOOST_TEST(StateOf(id, At("2028-01-02")) == "done");
  BOOST_TEST(StateOf("vetting/wang/2028-12-20", At("2028-01-02")) == "upcoming");
}

BOOST_AUTO_TEST_CASE(queries_select_by_due_dates_person_and_overdue) {
  Volunteer("wang", "2027-12-31");
  const std::int64_t now = At("2027-06-15");
  const boost::json::value june = All(now, Between("2027-06-01", "2027-06-30"));
  BOOST_TEST(!june.as_array().empty());
  for (const auto& r : june.as_array()) {
    BOOST_TEST(r.at("due").as_string() >= "2027-06-01");
    BOOST_TEST(r.at("due").as_string() <= "2027-06-30");
  }
  const boost::json::value overdue = All(now, For("", true));
  BOOST_TEST(!overdue.as_array().empty());
  for (const auto& r : overdue.as_array()) BOOST_TEST(r.at("state").as_string() == "overdue");
  const boost::json::value wang = All(now, For("wang"));
  BOOST_TEST(!wang.as_array().empty());
  for (const auto& r : wang.as_array()) BOOST_TEST(r.at("for").as_string() == "wang");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::testing
