// The seed's trip, "走出大山看世界": 15 volunteer places, 招满即止, a waitlist,
// weather, and the rules around sign-ups.

#include <boost/test/unit_test.hpp>

#include "tests/engine/trip_fixture.h"

namespace homeward::testing {

BOOST_FIXTURE_TEST_SUITE(activity_test, Trip)

BOOST_AUTO_TEST_CASE(the_fifteenth_closes_recruitment_and_the_sixteenth_waits_then_is_promoted) {
  for (int i = 1; i <= 14; ++i) BOOST_REQUIRE(Reason(Sign("trip", i)) == "ok");
  BOOST_TEST(Reason(Sign("trip", 15)) == "ok");
  BOOST_TEST(
      Then() == (V{"activity/trip activity.signed_up", "activity/trip activity.recruitment_closed",
                   "volunteer/v15 activity.signed_up"}),
      boost::test_tools::per_element());
  BOOST_TEST((Activity().recruitment == Recruitment::kClosedFull));

  BOOST_TEST(Reason(Sign("trip", 16)) == "ok");
  BOOST_TEST(Then() == V{"activity/trip activity.waitlisted"}, boost::test_tools::per_element());
  BOOST_TEST(Reason(Sign("trip", 17)) == "ok");
  BOOST_TEST(Waiting() == (V{"v16", "v17"}), boost::test_tools::per_element());

  BOOST_TEST(Reason(When(Withdraw{"trip", "v3", false, "家里有事"})) == "ok");
  BOOST_TEST(Then() == (V{"activity/trip activity.withdrawn", "activity/trip activity.promoted",
                          "volunteer/v3 activity.withdrawn", "volunteer/v16 activity.promoted"}),
             boost::test_tools::per_element());
  const ActivityState trip = Activity();
  BOOST_TEST((trip.recruitment == Recruitment::kClosedFull));  // still full: stays closed
  BOOST_TEST(trip.Slot("volunteers")->holders.back() == "v16");
  BOOST_TEST(Waiting() == V{"v17"}, boost::test_tools::per_element());
  BOOST_TEST(service.LoadVolunteer("county", "v16")->state().bookings.size() == 1u);
}

BOOST_AUTO_TEST_CASE(recruitment_reopens_when_a_place_frees_and_nobody_waits) {
  for (int i = 1; i <= 15; ++i) BOOST_REQUIRE(Reason(Sign("trip", i)) == "ok");
  BOOST_TEST(Reason(When(Withdraw{"trip", "v1", false, "生病"})) == "ok");
  BOOST_TEST(Then() == (V{"activity/trip activity.withdrawn",
                          "activity/trip activity.recruitment_reopened",
                          "volunteer/v1 activity.withdrawn"}),
             boost::test_tools::per_element());
  BOOST_TEST(Reason(Sign("trip", 16)) == "ok");
  BOOST_TEST(Activity().Slot("volunteers")->holders.size() == 15u);
}

BOOST_AUTO_TEST_CASE(a_weather_cancellation_and_a_reschedule_keep_the_sign_ups) {
  for (int i = 1; i <= 3; ++i) BOOST_REQUIRE(Reason(Sign("trip", i)) == "ok");
  BOOST_TEST(Reason(When(CancelActivity{"trip", true, "暴雨预警"})) == "ok");
  BOOST_TEST(Activity().cancelled);
  BOOST_TEST(Reason(Sign("trip", 4)) == "activity_cancelled");
  BOOST_TEST(service.LoadVolunteer("county", "v1")->state().bookings.front().cancelled);
  // The next date, announced later (另行通知).
  BOOST_TEST(Reason(When(RescheduleActivity{"trip", kTripStart + 7 * 24 * kHour,
                                            kTripStart + 7 * 24 * kHour + 8 * kHour})) == "ok");
  const ActivityState trip = Activity();
  BOOST_TEST(!trip.cancelled);
  BOOST_TEST(trip.Slot("volunteers")->holders == (V{"v1", "v2", "v3"}),
             boost::test_tools::per_element());
  const Booking booking = service.LoadVolunteer("county", "v2")->state().bookings.front();
  BOOST_TEST(!booking.cancelled);
  BOOST_TEST(booking.starts_at_us == kTripStart + 7 * 24 * kHour);
}

BOOST_AUTO_TEST_CASE(a_reschedule_onto_another_place_releases_it_and_the_waitlist_moves_up) {
  GivenTrip("visit", kTripStart + 7 * 24 * kHour, 5);
  GivenTrip("small", kTripStart + 24 * kHour, 1);
  BOOST_REQUIRE(Reason(Sign("visit", 1)) == "ok");
  BOOST_REQUIRE(Reason(Sign("small", 1)) == "ok");
  BOOST_REQUIRE(Reason(Sign("small", 2)) == "ok");  // waits
  BOOST_TEST(Reason(When(RescheduleActivity{"small", kTripStart + 7 * 24 * kHour,
                                            kTripStart + 7 * 24 * kHour + kHour})) == "ok");
  const ActivityState small = Activity("small");
  BOOST_TEST(small.Slot("volunteers")->holders == V{"v2"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_full_slot_without_a_waitlist_refuses) {
  GivenTrip("bus", kTripStart + 30 * 24 * kHour, 1, /*waitlist=*/false);
  BOOST_REQUIRE(Reason(Sign("bus", 1)) == "ok");
  Given(ChangeCapacity{"bus", "volunteers", 2});
  BOOST_REQUIRE(Reason(Sign("bus", 2)) == "ok");
  Given(CloseRecruitment{"bus"});
  Given(OpenRecruitment{"bus"});  // full again at once
  BOOST_TEST(Reason(Sign("bus", 3)) == "capacity_full");
}

BOOST_AUTO_TEST_CASE(overlapping_places_are_double_booking_back_to_back_is_fine) {
  GivenTrip("overlap", kTripStart + 4 * kHour, 5);
  GivenTrip("after", kTripStart + 8 * kHour, 5);
  BOOST_REQUIRE(Reason(Sign("trip", 1)) == "ok");
  auto clash = Sign("overlap", 1);
  BOOST_TEST(Reason(clash) == "double_booking");
  BOOST_TEST(clash.status().message().find("'trip'") != std::string::npos);
  BOOST_TEST(Reason(Sign("after", 1)) == "ok");
  BOOST_TEST(Reason(Sign("overlap", 1, "组长临时顶岗")) == "ok");  // a coordinator's override
}

BOOST_AUTO_TEST_CASE(a_volunteer_holds_no_more_places_a_day_than_the_unit_allows) {
  ChangeUnitSettings settings{"school"};
  settings.daily_slot_limit = 2;
  Given(settings);
  GivenTrip("evening", kTripStart + 8 * kHour, 5);    // 17:00, the same day
  GivenTrip("late", kTripStart + 4 * kHour, 5);       // 13:00, overlapping "trip"
  GivenTrip("next-day", kTripStart + 24 * kHour, 5);  // 09:00 the day after
  BOOST_REQUIRE(Reason(Sign("trip", 1)) == "ok");
  BOOST_REQUIRE(Reason(Sign("evening", 1)) == "ok");
  // A coordinator's double-booking override does not lift the daily limit.
  auto third = Sign("late", 1, "组长临时顶岗");
  BOOST_TEST(Reason(third) == "daily_limit");
  BOOST_TEST(third.status().message().find("2027-06-01") != std::string::npos);
  BOOST_TEST(Reason(Sign("next-day", 1)) == "ok");
  // A cancelled activity frees its day's count.
  Given(CancelActivity{"evening", true, "暴雨"});
  BOOST_TEST(Reason(Sign("late", 1, "组长临时顶岗")) == "ok");
}

BOOST_AUTO_TEST_CASE(by_default_four_places_a_day_and_zero_means_no_limit) {
  for (int i = 1; i <= 5; ++i) GivenTrip("t" + std::to_string(i), kTripStart + i * kHour / 4, 5);
  for (int i = 1; i <= 4; ++i)
    BOOST_REQUIRE(Reason(Sign("t" + std::to_string(i), 1, "顶岗")) == "ok");
  BOOST_TEST(Reason(Sign("t5", 1, "顶岗")) == "daily_limit");
  ChangeUnitSettings settings{"school"};
  settings.daily_slot_limit = 0;
  Given(settings);
  BOOST_TEST(Reason(Sign("t5", 1, "顶岗")) == "ok");
}

BOOST_AUTO_TEST_CASE(withdrawing_closes_24_hours_before_the_start_except_for_a_coordinator) {
  BOOST_REQUIRE(Reason(Sign("trip", 1)) == "ok");
  now_us = kTripStart - 23 * kHour;
  BOOST_TEST(Reason(When(Withdraw{"trip", "v1", false, ""})) == "cutoff_passed");
  BOOST_TEST(Reason(When(Withdraw{"trip", "v1", true, ""})) == "invalid_argument");
  BOOST_TEST(Reason(When(Withdraw{"trip", "v1", true, "临时生病，组长确认"})) == "ok");
  BOOST_TEST(Reason(When(Withdraw{"trip", "v9", false, ""})) == "not_found");
}

BOOST_AUTO_TEST_CASE(recruitment_must_be_open) {
  GivenTrip("later", kTripStart + 60 * 24 * kHour, 5);
  Given(CloseRecruitment{"later"});
  BOOST_TEST(Reason(Sign("later", 1)) == "not_recruiting");
  BOOST_TEST(Reason(When(CloseRecruitment{"later"})) == "not_recruiting");
  Given(OpenRecruitment{"later"});
  BOOST_TEST(Reason(Sign("later", 1)) == "ok");
  BOOST_TEST(Reason(Sign("later", 1)) == "already_signed_up");
  now_us = kTripStart + 60 * 24 * kHour + kHour;  // it has started
  BOOST_TEST(Reason(Sign("later", 2)) == "not_recruiting");
}

BOOST_AUTO_TEST_CASE(capacity_cannot_drop_below_the_holders_and_raising_it_promotes) {
  for (int i = 1; i <= 17; ++i) BOOST_REQUIRE(Reason(Sign("trip", i)) == "ok");  // 16, 17 wait
  BOOST_TEST(Reason(When(ChangeCapacity{"trip", "volunteers", 10})) == "below_holders");
  BOOST_TEST(Reason(When(ChangeCapacity{"trip", "volunteers", 18})) == "ok");
  BOOST_TEST(
      Then() == (V{"activity/trip activity.capacity_changed", "activity/trip activity.promoted",
                   "activity/trip activity.promoted", "activity/trip activity.recruitment_reopened",
                   "volunteer/v16 activity.promoted", "volunteer/v17 activity.promoted"}),
      boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(slot_requirements_are_checked) {
  GivenTrip("escort", kTripStart + 40 * 24 * kHour, 5);
  Given(AddSlot{"escort", "leaders", "带队", 2, true, /*adults_only=*/true, true});
  GivenReadyVolunteer("teen", {VolunteerKind::kStudent}, "2010-06-15");
  BOOST_TEST(Reason(When(SignUp{"escort", "leaders", "teen", ""})) == "underage_role");
  BOOST_TEST(Reason(When(SignUp{"escort", "volunteers", "teen", ""})) == "ok");
  Given(Volunteer("fresh"));
  BOOST_TEST(Reason(When(SignUp{"escort", "volunteers", "fresh", ""})) == "not_vetted");
  BOOST_TEST(Reason(When(SignUp{"escort", "nope", "v1", ""})) == "not_found");
}

BOOST_AUTO_TEST_CASE(a_suspension_ends_future_places_and_the_waitlist_moves_up) {
  for (int i = 1; i <= 16; ++i) BOOST_REQUIRE(Reason(Sign("trip", i)) == "ok");  // 16 waits
  auto suspended = When(SuspendVolunteer{"v3", "年度复查未通过"});
  BOOST_REQUIRE(Reason(suspended) == "ok");
  const auto lines = Then();
  BOOST_TEST(
      (std::find(lines.begin(), lines.end(), "volunteer/v3 volunteer.suspended") != lines.end()));
  BOOST_TEST(
      (std::find(lines.begin(), lines.end(), "volunteer/v16 activity.promoted") != lines.end()));
  const ActivityState trip = Activity();
  const auto& holders = trip.Slot("volunteers")->holders;
  BOOST_TEST((std::find(holders.begin(), holders.end(), "v3") == holders.end()));
  BOOST_TEST(holders.back() == "v16");
  BOOST_TEST(service.LoadVolunteer("county", "v3")->state().bookings.empty());
}

BOOST_AUTO_TEST_CASE(a_place_in_a_cancelled_trip_ends_with_a_suspension_and_stays_gone) {
  for (int i = 1; i <= 3; ++i) BOOST_REQUIRE(Reason(Sign("trip", i)) == "ok");
  Given(CancelActivity{"trip", true, "暴雨预警"});
  Given(SuspendVolunteer{"v2", "年度复查未通过"});
  // 另行通知: the trip comes back, without the suspended volunteer.
  Given(RescheduleActivity{"trip", kTripStart + 7 * 24 * kHour,
                           kTripStart + 7 * 24 * kHour + 8 * kHour});
  BOOST_TEST(Activity().Slot("volunteers")->holders == (V{"v1", "v3"}),
             boost::test_tools::per_element());
  BOOST_TEST(service.LoadVolunteer("county", "v2")->state().bookings.empty());
}

BOOST_AUTO_TEST_CASE(a_reschedule_drops_a_holder_suspended_while_the_trip_was_cancelled) {
  // A place kept through a suspension recorded before suspensions ended
  // places in cancelled activities: the reschedule ends it.
  for (int i = 1; i <= 3; ++i) BOOST_REQUIRE(Reason(Sign("trip", i)) == "ok");
  Given(CancelActivity{"trip", true, "暴雨预警"});
  ActivityState cancelled = Activity();
  People people;
  for (const char* id : {"v1", "v2", "v3"})
    people.volunteers[id] = service.LoadVolunteer("county", id)->state();
  people.volunteers["v2"].suspended = true;
  const Now now{now_us, D("2027-03-01")};
  const UnitState school = service.LoadUnit("county", "school")->state();
  auto decided = Decide("county", cancelled, school, people, now,
                        RescheduleActivity{"trip", kTripStart + 7 * 24 * kHour,
                                           kTripStart + 7 * 24 * kHour + 8 * kHour});
  BOOST_TEST_REQUIRE(decided.ok());
  bool withdrawn = false;
  for (const Emit& emit : *decided) {
    if (const auto* w = std::get_if<Withdrawn>(&emit.event)) {
      withdrawn =
          withdrawn || (w->volunteer_id == "v2" && w->reason == "rescheduled: volunteer suspended");
    }
  }
  BOOST_TEST(withdrawn);
}

BOOST_AUTO_TEST_CASE(details_change_without_touching_the_times) {
  BOOST_TEST(Reason(When(ChangeActivityDetails{"trip",
                                               "走出大山看世界（改）",
                                               "十堰市",
                                               {"十堰市博物馆"},
                                               "高队长",
                                               "总协调人",
                                               "对接人"})) == "ok");
  const ActivityState trip = Activity();
  BOOST_TEST(trip.plan.title == "走出大山看世界（改）");
  BOOST_TEST(trip.plan.person_in_charge == "高队长");
  BOOST_TEST(trip.plan.starts_at_us == kTripStart);
}

BOOST_AUTO_TEST_CASE(aid_goes_to_enrolled_children_from_a_named_donor) {
  Given(Child("c1"));
  Given(GiveConsent{"c1", ConsentKind::kTrips, "祖母", "活动", "", D("2027-02-01")});
  BOOST_TEST(Reason(When(DistributeAid{"trip", "c1", "爱心企业", "冬衣", 1})) == "not_found");
  Given(EnrollChild{"trip", "c1"});
  BOOST_TEST(Reason(When(DistributeAid{"trip", "c1", "爱心企业", "冬衣", 1})) == "ok");
  BOOST_TEST(
      Then() == (V{"activity/trip activity.aid_distributed", "child/c1 activity.aid_distributed"}),
      boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_slot_for_one_kind_of_volunteer_refuses_the_others) {
  GivenTrip("care", kTripStart + 50 * 24 * kHour, 5);
  AddSlot counselors{"care", "counselors", "心理陪伴", 2, true, true, true};
  counselors.kinds = {VolunteerKind::kCounselor};
  Given(counselors);
  GivenReadyVolunteer("psy", {VolunteerKind::kCounselor});
  auto refused = When(SignUp{"care", "counselors", "v1", ""});
  BOOST_TEST(Reason(refused) == "kind_required");
  BOOST_TEST(refused.status().message().find("心理咨询师") != std::string::npos);
  BOOST_TEST(Reason(When(SignUp{"care", "counselors", "psy", ""})) == "ok");
}

BOOST_AUTO_TEST_CASE(an_activity_completes_only_after_it_ended) {
  BOOST_TEST(Reason(When(CompleteActivity{"trip"})) ==
             "not_over");  // a rule, 409: not a malformed command
  now_us = kTripStart + 9 * kHour;
  BOOST_TEST(Reason(When(CompleteActivity{"trip"})) == "ok");
  BOOST_TEST(Reason(When(Withdraw{"trip", "v1", true, "x"})) == "inactive");
  BOOST_TEST(Reason(When(PledgeSponsor{"trip", "bags", "东城经济开发区国税局", "爱心书包", 20})) ==
             "ok");
  BOOST_TEST(Reason(When(FulfilPledge{"trip", "bags", 12})) == "ok");
  BOOST_TEST(Reason(When(FulfilPledge{"trip", "bags", 9})) == "invalid_argument");  // 21 > 20
  BOOST_TEST(Reason(When(FulfilPledge{"trip", "bus", 1})) == "not_found");
  BOOST_TEST(service.LoadActivity("county", "trip")->state().pledges.front().fulfilled == 12u);
}

BOOST_AUTO_TEST_CASE(loads_share_the_cached_state_and_a_sign_up_leaves_an_earlier_load_as_it_was) {
  auto before = service.LoadActivity("county", "trip");
  auto again = service.LoadActivity("county", "trip");
  BOOST_REQUIRE(before.ok());
  BOOST_REQUIRE(again.ok());
  BOOST_TEST(before->shared == again->shared);  // nothing appended since: the same state, no copy

  BOOST_REQUIRE(Reason(Sign("trip", 1)) == "ok");
  auto after = service.LoadActivity("county", "trip");
  BOOST_REQUIRE(after.ok());
  BOOST_TEST(after->version == before->version + 1);
  BOOST_TEST(after->state().Slot("volunteers")->holders == V{"v1"},
             boost::test_tools::per_element());
  BOOST_TEST(before->state().Slot("volunteers")->holders.empty());  // what it loaded, unchanged
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace homeward::testing
