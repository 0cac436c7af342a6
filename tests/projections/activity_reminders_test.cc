// Reminders about activities at an injected moment: the notice before, each
// holder's readiness, school visits after a trip, library restocks and
// counseling follow-ups, each done by its event. Completion and hours:
// hours_reminders_test.cc.

#include <boost/test/unit_test.hpp>

#include "tests/projections/reminders_fixture.h"

namespace homeward::testing {
namespace {

BOOST_FIXTURE_TEST_SUITE(activity_reminders_test, RemindersFixture)

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

BOOST_AUTO_TEST_CASE(a_volunteer_of_another_unit_needs_the_organizers_waiver) {
  Given("unit", "village",
        UnitCreated{"village", "马岭村委会", UnitKind::kVillage, "county", "Asia/Shanghai"},
        At("2027-01-05"));
  Given("unit", "village", WaiverPublished{"village", "村-1", "本村承诺"}, At("2027-01-05"));
  VolunteerDetails d;
  d.name = "cun";
  Given("volunteer", "cun", VolunteerRegistered{"cun", "village", d}, At("2027-01-06"));
  Given("volunteer", "cun",
        VolunteerVetted{"cun", "police", ParseDate("2027-01-06").value(),
                        ParseDate("2028-01-06").value()},
        At("2027-01-06"));
  // A version 1 record (no unit named) is the volunteer's own unit's.
  Given("volunteer", "cun", WaiverAccepted{"cun", "村-1"}, At("2027-01-06"));
  const std::int64_t starts = At("2027-06-01", 9);
  Activity("trip", ActivityKind::kTrip, starts);  // the school's
  Given("activity", "trip", SignedUp{"trip", "escort", "cun", starts, starts + 1, ""},
        At("2027-05-02"));
  BOOST_TEST(StateOf("readiness/trip/cun", At("2027-05-03")) == "due");
  // Another version of the village's waiver changes nothing for the school's trip.
  Given("volunteer", "cun", WaiverAccepted{"cun", "v1", "village"}, At("2027-05-04"));
  BOOST_TEST(StateOf("readiness/trip/cun", At("2027-05-05")) == "due");
  Given("volunteer", "cun", WaiverAccepted{"cun", "v1", "school"}, At("2027-05-06"));
  BOOST_TEST(StateOf("readiness/trip/cun", At("2027-05-07")) == "done");
}

BOOST_AUTO_TEST_CASE(a_group_left_with_one_adult_is_the_coordinators_until_made_whole) {
  const std::int64_t starts = At("2027-06-01", 9);
  Activity("trip", ActivityKind::kTrip, starts);
  Given("activity", "trip", GroupFormed{"trip", "g1", "一组"}, At("2027-05-02"));
  for (const std::string id : {"wang", "li", "zhao"})
    Given("activity", "trip", AssignedToGroup{"trip", "g1", id, false, true}, At("2027-05-02"));
  Given("activity", "trip", AssignedToGroup{"trip", "g1", "c1", true, false}, At("2027-05-03"));
  const std::string id = "group_short/trip/g1";
  // Three adults, then two: the group keeps the rules.
  Given("activity", "trip", Withdrawn{"trip", "escort", "li", false, ""}, At("2027-05-05"));
  BOOST_TEST(StateOf(id, At("2027-05-05", 12)) == "absent");
  // A suspension takes wang out: one adult with a child.
  Given("activity", "trip", Withdrawn{"trip", "escort", "wang", true, "suspended"},
        At("2027-05-06"));
  BOOST_TEST(StateOf(id, At("2027-05-07")) == "due");
  BOOST_TEST(DueOf(id, At("2027-05-07")) == "2027-06-01");
  BOOST_TEST(Row(All(At("2027-05-07"), For("gao")), "id", id) != nullptr);
  BOOST_TEST(StateOf(id, At("2027-06-01", 10)) == "overdue");
  // A second adult assigned makes it whole.
  Given("activity", "trip", AssignedToGroup{"trip", "g1", "zhou", false, true}, At("2027-05-08"));
  BOOST_TEST(StateOf(id, At("2027-05-09")) == "done");
}

BOOST_AUTO_TEST_CASE(
    a_group_past_the_ratio_is_made_whole_by_fewer_children_or_dropped_if_cancelled) {
  const std::int64_t starts = At("2027-06-01", 9);
  Activity("trip", ActivityKind::kTrip, starts);
  Given("activity", "trip", GroupFormed{"trip", "g1", "一组"}, At("2027-05-02"));
  for (const std::string id : {"wang", "li", "zhao"})
    Given("activity", "trip", AssignedToGroup{"trip", "g1", id, false, true}, At("2027-05-02"));
  for (int c = 0; c < 11; ++c) {
    Given("activity", "trip", AssignedToGroup{"trip", "g1", "c" + std::to_string(c), true, false},
          At("2027-05-03"));
  }
  const std::string id = "group_short/trip/g1";
  // A coordinator removes zhao from the trip: two adults for eleven
  // children, five each at most. A volunteer who does not count as an adult
  // (unvetted, or under 18) makes up nothing.
  Given("activity", "trip", Withdrawn{"trip", "escort", "zhao", true, "生病"}, At("2027-05-04"));
  Given("activity", "trip", AssignedToGroup{"trip", "g1", "xiaoli", false, false},
        At("2027-05-04"));
  BOOST_TEST(StateOf(id, At("2027-05-05")) == "due");
  Given("activity", "trip", ChildUnenrolled{"trip", "c0", "转学"}, At("2027-05-06"));
  BOOST_TEST(StateOf(id, At("2027-05-07")) == "done");
  // Short again, then the trip is cancelled: nothing is left to make whole.
  Given("activity", "trip", Withdrawn{"trip", "escort", "li", true, "left"}, At("2027-05-08"));
  BOOST_TEST(StateOf(id, At("2027-05-09")) == "due");
  Given("activity", "trip", ActivityCancelled{"trip", false, "撤并"}, At("2027-05-10"));
  BOOST_TEST(StateOf(id, At("2027-05-11")) == "absent");
  // Rescheduled, the trip has its short group again.
  Given("activity", "trip", ActivityRescheduled{"trip", At("2027-06-08", 9), At("2027-06-08", 17)},
        At("2027-05-12"));
  BOOST_TEST(StateOf(id, At("2027-05-13")) == "due");
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

BOOST_AUTO_TEST_CASE(a_caring_family_is_reminded_before_a_library_build_and_of_its_check) {
  // Given a family whose check runs out before the build it joined.
  Volunteer("chen", "2027-05-05");
  Activity("lib", ActivityKind::kLibraryBuild, At("2027-05-10", 9));
  Given("activity", "lib", FamilyJoined{"lib", "chen"}, At("2027-05-02"));
  // Then the family has the notice the day before, and its check to renew.
  BOOST_TEST(StateOf("notice/lib/chen", At("2027-05-09", 10)) == "due");
  BOOST_TEST(Row(All(At("2027-05-09", 10), For("chen")), "id", "notice/lib/chen") != nullptr);
  BOOST_TEST(StateOf("readiness/lib/chen", At("2027-05-03")) == "due");
  // A family that also took a place and gave it back is still joined.
  const std::int64_t starts = At("2027-05-10", 9);
  Given("activity", "lib", SignedUp{"lib", "escort", "chen", starts, starts + 1, ""},
        At("2027-05-04"));
  Given("activity", "lib", Withdrawn{"lib", "escort", "chen", false, ""}, At("2027-05-05"));
  BOOST_TEST(StateOf("notice/lib/chen", At("2027-05-09", 10)) == "due");
  // Checked in on the day, its notice is done.
  Given("activity", "lib", CheckedIn{"lib", "chen", starts}, At("2027-05-10", 9));
  BOOST_TEST(StateOf("notice/lib/chen", At("2027-05-10", 10)) == "done");
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

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::testing
