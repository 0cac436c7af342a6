// Children on a trip with their guardian's consent, groups under the
// two-adult rule, check-in with the day's code, and service hours.

#include <algorithm>
#include <boost/test/unit_test.hpp>

#include "tests/engine/people_fixture.h"

namespace homeward::testing {
namespace {

constexpr std::int64_t kHour = 3600LL * 1000000;
constexpr std::int64_t kTripStart = 1811811600LL * 1000000;  // 2027-06-01 09:00 in Shiyan

struct Day : PeopleFixture {
  Day() {
    for (const char* v : {"a1", "a2", "a3"}) GivenReadyVolunteer(v);
    GivenReadyVolunteer("teen", {VolunteerKind::kStudent}, "2010-06-15");
    PlanActivity plan = TripPlan("trip");
    plan.children_capacity = 30;
    plan.children_per_adult = 2;
    Given(plan);
    Given(AddSlot{"trip", "volunteers", "义工", 15, true, false, true});
    Given(OpenRecruitment{"trip"});
    for (const char* v : {"a1", "a2", "a3", "teen"}) Given(SignUp{"trip", "volunteers", v, ""});
    for (int i = 1; i <= 6; ++i) {
      const std::string c = "c" + std::to_string(i);
      Given(Child(c));
      Given(GiveConsent{c, ConsentKind::kTrips, "祖母", "六一外出活动", "", D("2027-02-01")});
      Given(EnrollChild{"trip", c});
    }
    Given(FormGroup{"trip", "g1", "第一组"});
  }
  std::string Code() { return service.LoadActivity("county", "trip")->state().check_in->code; }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(attendance_test, Day)

BOOST_AUTO_TEST_CASE(a_child_without_trip_consent_is_not_enrolled) {
  Given(Child("c9"));
  BOOST_TEST(Reason(When(EnrollChild{"trip", "c9"})) == "consent_missing");
  Given(GiveConsent{"c9", ConsentKind::kTrips, "祖母", "六一外出活动", "", D("2027-02-01")});
  BOOST_TEST(Reason(When(EnrollChild{"trip", "c9"})) == "ok");
  BOOST_TEST(Reason(When(EnrollChild{"trip", "c9"})) == "already_signed_up");
}

BOOST_AUTO_TEST_CASE(a_child_whose_trip_consent_is_withdrawn_or_who_leaves_is_taken_off_the_trip) {
  const auto enrolled = [&] { return service.LoadActivity("county", "trip")->state().children; };
  BOOST_TEST_REQUIRE(enrolled().size() == 6u);
  Given(WithdrawConsent{"c1", ConsentKind::kTrips, D("2027-03-01"), "家长不同意外出"});
  std::vector<std::string> now_enrolled = enrolled();
  BOOST_TEST((std::find(now_enrolled.begin(), now_enrolled.end(), "c1") == now_enrolled.end()));
  BOOST_TEST(service.LoadChild("county", "c1")->state().enrolled.empty());
  Given(ChildLeaves{"c2", "随父母外出务工"});
  now_enrolled = enrolled();
  BOOST_TEST((std::find(now_enrolled.begin(), now_enrolled.end(), "c2") == now_enrolled.end()));
  BOOST_TEST(now_enrolled.size() == 4u);
  // Once the trip has started, the record of who went stays as it is.
  now_us = kTripStart + kHour;
  Given(ChildLeaves{"c3", "转学"});
  BOOST_TEST(enrolled().size() == 4u);
}

BOOST_AUTO_TEST_CASE(a_volunteer_who_would_leave_a_group_with_one_adult_asks_the_coordinator) {
  Given(AssignToGroup{"trip", "g1", "a1", false});
  Given(AssignToGroup{"trip", "g1", "a2", false});
  Given(AssignToGroup{"trip", "g1", "c1", true});
  BOOST_TEST(Reason(When(Withdraw{"trip", "a1", false, ""})) == "two_adult_rule");
  // The coordinator may, with a reason, and rearranges the group after.
  BOOST_TEST(Reason(When(Withdraw{"trip", "a1", true, "家中有事"})) == "ok");
  // Without children in it, a group loses an adult freely.
  Given(FormGroup{"trip", "g2", "第二组"});
  Given(AssignToGroup{"trip", "g2", "a3", false});
  BOOST_TEST(Reason(When(Withdraw{"trip", "a3", false, ""})) == "ok");
}

BOOST_AUTO_TEST_CASE(children_places_have_a_capacity) {
  PlanActivity small;
  small.activity_id = "small";
  small.unit_id = "school";
  small.title = "小型活动";
  small.starts_at_us = kTripStart + 48 * kHour;
  small.ends_at_us = small.starts_at_us + kHour;
  small.children_capacity = 1;
  Given(small);
  Given(EnrollChild{"small", "c1"});
  BOOST_TEST(Reason(When(EnrollChild{"small", "c2"})) == "capacity_full");
}

BOOST_AUTO_TEST_CASE(a_group_with_children_needs_two_vetted_adults) {
  Given(AssignToGroup{"trip", "g1", "a1", false});
  Given(AssignToGroup{"trip", "g1", "teen", false});  // under 18: never counts as an adult
  auto refused = When(AssignToGroup{"trip", "g1", "c1", true});
  BOOST_TEST(Reason(refused) == "two_adult_rule");
  BOOST_TEST(refused.status().message().find("two vetted adults") != std::string::npos);
  Given(AssignToGroup{"trip", "g1", "a2", false});
  BOOST_TEST(Reason(When(AssignToGroup{"trip", "g1", "c1", true})) == "ok");
  // An adult cannot leave a group that would then break the rule.
  BOOST_TEST(Reason(When(RemoveFromGroup{"trip", "g1", "a2"})) == "two_adult_rule");
  BOOST_TEST(Reason(When(RemoveFromGroup{"trip", "g1", "teen"})) == "ok");
}

BOOST_AUTO_TEST_CASE(a_group_takes_at_most_the_ratio_of_children_per_adult) {
  Given(AssignToGroup{"trip", "g1", "a1", false});
  Given(AssignToGroup{"trip", "g1", "a2", false});
  for (int i = 1; i <= 4; ++i) Given(AssignToGroup{"trip", "g1", "c" + std::to_string(i), true});
  auto fifth = When(AssignToGroup{"trip", "g1", "c5", true});  // 2 per adult here
  BOOST_TEST(Reason(fifth) == "ratio_exceeded");
  Given(AssignToGroup{"trip", "g1", "a3", false});
  BOOST_TEST(Reason(When(AssignToGroup{"trip", "g1", "c5", true})) == "ok");
}

BOOST_AUTO_TEST_CASE(a_day_that_runs_past_midnight_checks_out_the_next_morning) {
  now_us = kTripStart - kHour;  // 08:00 on the day of the trip
  Given(OpenCheckIn{"trip", "总负责人", ""});
  const std::string code = Code();
  Given(CheckIn{"trip", "a1", code});
  Given(CheckIn{"trip", "a2", code});
  now_us = kTripStart + 16 * kHour;  // 01:00 the next day: the bus came back late
  BOOST_TEST(Reason(When(CheckOut{"trip", "a1", code})) == "ok");
  BOOST_TEST(Reason(When(CheckIn{"trip", "a3", code})) == "bad_check_in_code");
  now_us += 24 * kHour;  // a day later still, the code is spent
  BOOST_TEST(Reason(When(CheckOut{"trip", "a2", code})) == "bad_check_in_code");
}

BOOST_AUTO_TEST_CASE(check_in_needs_todays_code_and_hours_run_from_check_in_to_check_out) {
  now_us = kTripStart - kHour;  // the morning of the trip
  Given(OpenCheckIn{"trip", "总负责人", ""});
  const std::string code = Code();
  BOOST_TEST(code.size() == 6u);
  BOOST_TEST(Reason(When(CheckIn{"trip", "a1", code == "000000" ? "111111" : "000000"})) ==
             "bad_check_in_code");
  BOOST_TEST(Reason(When(CheckIn{"trip", "a1", code})) == "ok");
  BOOST_TEST(Reason(When(CheckIn{"trip", "a1", code})) == "already_exists");
  now_us += 7 * kHour + 30 * 60 * 1000000LL;
  BOOST_TEST(Reason(When(CheckOut{"trip", "a1", code})) == "ok");
  BOOST_TEST(Reason(When(ConfirmHours{"trip", "a1", "总负责人", std::nullopt})) == "ok");
  BOOST_TEST(*service.LoadActivity("county", "trip")->state().days.at("a1").confirmed_minutes ==
             450u);
  // The next day the code no longer works.
  now_us += 24 * kHour;
  BOOST_TEST(Reason(When(CheckIn{"trip", "a2", code})) == "bad_check_in_code");
}

BOOST_AUTO_TEST_CASE(hours_are_those_actually_given) {
  BOOST_TEST(Reason(When(ConfirmHours{"trip", "a1", "总负责人", 240u})) == "not_begun");
  now_us = kTripStart - kHour;  // the morning of the trip
  Given(OpenCheckIn{"trip", "总负责人", ""});
  Given(CheckIn{"trip", "a2", Code()});
  now_us = kTripStart + 9 * kHour;  // the evening of the trip
  // Checked in, then left: the no-show recorded later counts.
  Given(RecordAttendance{"trip", "a2", Attendance::kNoShow, "总负责人"});
  BOOST_TEST(Reason(When(ConfirmHours{"trip", "a2", "总负责人", 240u})) == "not_found");
  Given(RecordAttendance{"trip", "a3", Attendance::kNoShow, "总负责人"});
  BOOST_TEST(Reason(When(ConfirmHours{"trip", "a3", "总负责人", 240u})) == "not_found");
  BOOST_TEST(Reason(When(ConfirmHours{"trip", "nobody", "总负责人", 240u})) == "not_found");
  BOOST_TEST(Reason(When(ConfirmHours{"trip", "a1", "总负责人", 240u})) == "ok");
}

BOOST_AUTO_TEST_CASE(check_in_opens_on_the_day_at_most_12_hours_before_the_start) {
  now_us = kTripStart - 7 * 24 * kHour;  // a week ahead
  BOOST_TEST(Reason(When(OpenCheckIn{"trip", "总负责人", ""})) == "not_begun");
  now_us = kTripStart - 13 * kHour;  // 20:00 the evening before
  BOOST_TEST(Reason(When(OpenCheckIn{"trip", "总负责人", ""})) == "not_begun");
  now_us = kTripStart - 2 * kHour;  // 07:00 at the gathering point
  BOOST_TEST(Reason(When(OpenCheckIn{"trip", "总负责人", ""})) == "ok");
  now_us = kTripStart + 9 * kHour;  // the evening after the trip ended
  BOOST_TEST(Reason(When(OpenCheckIn{"trip", "总负责人", ""})) == "activity_over");
}

BOOST_AUTO_TEST_CASE(no_one_checks_in_more_than_2_hours_before_the_start) {
  now_us = kTripStart - 11 * kHour;  // 22:00 the evening before
  Given(OpenCheckIn{"trip", "总负责人", ""});
  // No one checks in that evening, so no hours run from it
  BOOST_TEST(Reason(When(CheckIn{"trip", "a1", Code()})) == "not_begun");
  now_us = kTripStart - 3 * kHour;  // 06:00 on the day, a new code
  Given(OpenCheckIn{"trip", "总负责人", ""});
  BOOST_TEST(Reason(When(CheckIn{"trip", "a1", Code()})) == "not_begun");
  now_us = kTripStart - 2 * kHour;  // 07:00 at the gathering point
  BOOST_TEST(Reason(When(CheckIn{"trip", "a1", Code()})) == "ok");
}

BOOST_AUTO_TEST_CASE(a_code_given_out_the_evening_before_serves_on_the_day_until_the_end) {
  now_us = kTripStart - 11 * kHour;  // 22:00 the evening before, codes sent to the group
  Given(OpenCheckIn{"trip", "总负责人", ""});
  const std::string code = Code();
  now_us = kTripStart - 2 * kHour;  // 07:00 on the day, no one opened it again
  BOOST_TEST(Reason(When(CheckIn{"trip", "a1", code})) == "ok");
  BOOST_TEST(Reason(When(RecordAttendance{"trip", "a2", Attendance::kPresent, "总负责人"})) ==
             "ok");
  now_us = kTripStart + 9 * kHour;  // the evening of the trip, after its end
  BOOST_TEST(Reason(When(CheckIn{"trip", "a3", code})) == "bad_check_in_code");
  BOOST_TEST(Reason(When(CheckOut{"trip", "a1", code})) == "ok");
  now_us += 24 * kHour;  // the day after the trip, the code is spent
  BOOST_TEST(Reason(When(CheckOut{"trip", "a2", code})) == "bad_check_in_code");
}

BOOST_AUTO_TEST_CASE(a_reschedule_voids_the_code_given_out_before_it) {
  now_us = kTripStart - 2 * kHour;  // 07:00 at the gathering point
  Given(OpenCheckIn{"trip", "总负责人", ""});
  const std::string code = Code();
  // Then the rain comes: the trip moves to the next day
  now_us = kTripStart - kHour;
  Given(RescheduleActivity{"trip", kTripStart + 24 * kHour, kTripStart + 32 * kHour});
  now_us = kTripStart + 22 * kHour;  // 07:00 on the new day
  BOOST_TEST(Reason(When(CheckIn{"trip", "a1", code})) == "bad_check_in_code");
  Given(OpenCheckIn{"trip", "总负责人", ""});
  BOOST_TEST(Reason(When(CheckIn{"trip", "a1", Code()})) == "ok");
}

BOOST_AUTO_TEST_CASE(attendance_is_taken_on_the_day_and_never_for_a_cancelled_activity) {
  const RecordAttendance present{"trip", "a1", Attendance::kPresent, "总负责人"};
  BOOST_TEST(Reason(When(present)) == "not_begun");
  now_us = kTripStart - kHour;  // the morning of the trip, before check-in opened
  BOOST_TEST(Reason(When(present)) == "not_begun");
  Given(OpenCheckIn{"trip", "总负责人", ""});
  // At the gathering point, once check-in is open, those who came are present.
  BOOST_TEST(Reason(When(present)) == "ok");
  now_us = kTripStart + kHour;
  BOOST_TEST(Reason(When(RecordAttendance{"trip", "a2", Attendance::kAbsent, "总负责人"})) == "ok");
  Given(CancelActivity{"trip", true, "暴雨预警"});
  BOOST_TEST(Reason(When(RecordAttendance{"trip", "a3", Attendance::kNoShow, "总负责人"})) ==
             "inactive");
}

BOOST_AUTO_TEST_CASE(hours_are_not_confirmed_for_a_cancelled_activity) {
  Given(CancelActivity{"trip", true, "暴雨预警"});
  now_us = kTripStart + 9 * kHour;
  BOOST_TEST(Reason(When(ConfirmHours{"trip", "a1", "总负责人", 240u})) == "inactive");
}

BOOST_AUTO_TEST_CASE(travel_counts_only_where_the_unit_says_so) {
  now_us = kTripStart + 9 * kHour;
  BOOST_TEST(Reason(When(ConfirmHours{"trip", "a2", "总负责人", 240u, 60})) == "invalid_argument");
  Given(ChangeUnitSettings{"school", 3, 2, /*hours_include_travel=*/true});
  BOOST_TEST(Reason(When(ConfirmHours{"trip", "a2", "总负责人", 240u, 60})) == "ok");
  BOOST_TEST(*service.LoadActivity("county", "trip")->state().days.at("a2").confirmed_minutes ==
             300u);
}

BOOST_AUTO_TEST_CASE(a_volunteer_asks_for_a_correction_and_the_person_in_charge_decides) {
  now_us = kTripStart + 9 * kHour;
  Given(ConfirmHours{"trip", "a1", "总负责人", 240u});
  Given(RequestHoursCorrection{"trip", "a1", 300u, "提前一小时到场布置"});
  BOOST_TEST(Reason(When(DecideHoursCorrection{"trip", "a1", true, "总负责人", "属实"})) == "ok");
  BOOST_TEST(*service.LoadActivity("county", "trip")->state().days.at("a1").confirmed_minutes ==
             300u);
  BOOST_TEST(Reason(When(DecideHoursCorrection{"trip", "a1", true, "总负责人", ""})) ==
             "not_found");
  Given(RecordAttendance{"trip", "a3", Attendance::kNoShow, "总负责人"});
  BOOST_TEST((service.LoadActivity("county", "trip")->state().days.at("a3").attendance ==
              Attendance::kNoShow));
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace homeward::testing
