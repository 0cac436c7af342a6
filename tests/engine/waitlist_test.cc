// A trip's waitlist moving up: whoever is promoted still passes every check
// their sign-up passed (the check, the waiver's current version, the day's
// limit), as of the moment a place frees; and a reschedule holds the places it
// keeps to the day's limit, freeing those past it for the waitlist.

#include <boost/test/unit_test.hpp>

#include "tests/engine/trip_fixture.h"

namespace homeward::testing {

BOOST_FIXTURE_TEST_SUITE(waitlist_test, Trip)

BOOST_AUTO_TEST_CASE(a_waiter_whose_check_lapsed_is_passed_over) {
  GivenTrip("bus", kTripStart, 1);
  // Checked on 2026-03-05, so vetted until 2027-03-04: fine when they join the waitlist.
  Given(Volunteer("late"));
  Given(VetVolunteer{"late", "派出所", D("2026-03-05"), std::nullopt});
  Given(AcceptWaiver{"late", "2027-v1"});
  BOOST_REQUIRE(Reason(Sign("bus", 1)) == "ok");
  BOOST_REQUIRE(Reason(When(SignUp{"bus", "volunteers", "late", ""})) == "ok");  // waits
  BOOST_REQUIRE(Reason(Sign("bus", 2)) == "ok");                                 // waits
  now_us += 10LL * 24 * kHour;  // 2027-03-11: the check has lapsed
  Given(Withdraw{"bus", "v1", false, ""});
  const ActivitySlot slot = *Activity("bus").Slot("volunteers");
  BOOST_TEST(slot.holders == V{"v2"}, boost::test_tools::per_element());
  BOOST_TEST(slot.waiting == V{"late"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_waiter_who_accepted_an_older_waiver_is_passed_over_until_they_accept) {
  GivenTrip("bus", kTripStart, 1);
  BOOST_REQUIRE(Reason(Sign("bus", 1)) == "ok");
  BOOST_REQUIRE(Reason(Sign("bus", 2)) == "ok");  // waits, with the 2027-v1 waiver
  BOOST_REQUIRE(Reason(Sign("bus", 3)) == "ok");  // waits
  // The school words its waiver anew; v3 accepts the new text, v2 has not yet.
  Given(PublishWaiver{"school", "2027-v2", "参加本活动的志愿者同意(修订)……"});
  Given(AcceptWaiver{"v3", "2027-v2"});
  Given(Withdraw{"bus", "v1", false, ""});
  BOOST_TEST(Activity("bus").Slot("volunteers")->holders == V{"v3"},
             boost::test_tools::per_element());
  // Once v2 accepts it, the next free place is theirs.
  Given(AcceptWaiver{"v2", "2027-v2"});
  Given(Withdraw{"bus", "v3", false, ""});
  BOOST_TEST(Activity("bus").Slot("volunteers")->holders == V{"v2"},
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_waiter_at_the_daily_limit_is_passed_over) {
  ChangeUnitSettings settings{"school"};
  settings.daily_slot_limit = 1;
  Given(settings);
  GivenTrip("bus", kTripStart, 1);
  GivenTrip("evening", kTripStart + 8 * kHour, 5);  // 17:00, the same day
  BOOST_REQUIRE(Reason(Sign("bus", 1)) == "ok");
  BOOST_REQUIRE(Reason(Sign("bus", 2)) == "ok");  // waits
  BOOST_REQUIRE(Reason(Sign("bus", 3)) == "ok");  // waits
  BOOST_REQUIRE(Reason(Sign("evening", 2)) == "ok");
  // v2 already holds the day's one place: the freed one goes to v3.
  Given(ChangeCapacity{"bus", "volunteers", 2});
  const ActivitySlot slot = *Activity("bus").Slot("volunteers");
  BOOST_TEST(slot.holders == (V{"v1", "v3"}), boost::test_tools::per_element());
  BOOST_TEST(slot.waiting == V{"v2"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_volunteer_who_leaves_frees_two_places_a_waiter_takes_only_as_allowed) {
  ChangeUnitSettings two{"school"};
  two.daily_slot_limit = 2;
  Given(two);
  GivenTrip("bus", kTripStart, 1);
  GivenTrip("evening", kTripStart + 8 * kHour, 1);  // 17:00, the same day
  BOOST_REQUIRE(Reason(Sign("bus", 1)) == "ok");
  BOOST_REQUIRE(Reason(Sign("evening", 1)) == "ok");
  BOOST_REQUIRE(Reason(Sign("bus", 2)) == "ok");      // waits
  BOOST_REQUIRE(Reason(Sign("evening", 2)) == "ok");  // waits
  ChangeUnitSettings one{"school"};
  one.daily_slot_limit = 1;
  Given(one);
  // When v1 leaves, both places free in one append: v2 takes the first only.
  Given(VolunteerLeaves{"v1", "外出务工"});
  BOOST_TEST(Activity("bus").Slot("volunteers")->holders == V{"v2"},
             boost::test_tools::per_element());
  BOOST_TEST(Activity("evening").Slot("volunteers")->holders.empty());
  BOOST_TEST(service.LoadVolunteer("county", "v2")->state().bookings.size() == 1u);
}

// With `limit` places a day: v1 holds the bus's one place, v2 waits for it,
// and v1 also serves on "next" a week later. Then the bus moves to the
// evening of that day: no clash, but a second place on it for v1.
void GivenBusMovedToTheDayOfNext(Trip& t, std::uint32_t limit) {
  ChangeUnitSettings settings{"school"};
  settings.daily_slot_limit = limit;
  t.Given(settings);
  constexpr std::int64_t kWeek = 7 * 24 * kHour;
  t.GivenTrip("bus", kTripStart, 1);
  t.GivenTrip("next", kTripStart + kWeek, 5);
  BOOST_REQUIRE(t.Reason(t.Sign("bus", 1)) == "ok");
  BOOST_REQUIRE(t.Reason(t.Sign("bus", 2)) == "ok");  // waits
  BOOST_REQUIRE(t.Reason(t.Sign("next", 1)) == "ok");
  t.Given(
      RescheduleActivity{"bus", kTripStart + kWeek + 9 * kHour, kTripStart + kWeek + 11 * kHour});
}

BOOST_AUTO_TEST_CASE(a_holder_a_reschedule_puts_over_the_daily_limit_gives_the_place_up) {
  GivenBusMovedToTheDayOfNext(*this, 1);
  BOOST_TEST(Activity("bus").Slot("volunteers")->holders == V{"v2"},
             boost::test_tools::per_element());
  const VolunteerState v1 = service.LoadVolunteer("county", "v1")->state();
  BOOST_REQUIRE(v1.bookings.size() == 1u);
  BOOST_TEST(v1.bookings.front().activity_id == "next");
}

BOOST_AUTO_TEST_CASE(a_holder_within_the_daily_limit_keeps_the_place_on_the_new_day) {
  GivenBusMovedToTheDayOfNext(*this, 2);
  BOOST_TEST(Activity("bus").Slot("volunteers")->holders == V{"v1"},
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace homeward::testing
