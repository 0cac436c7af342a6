// A volunteer's departure gives up each place still to come in one append,
// in the order the places were booked, each activity's waitlist moving up;
// a volunteer promoted into one of those places is seen so by the next
// activity's rules.

#include <boost/test/unit_test.hpp>

#include "tests/engine/trip_fixture.h"

namespace homeward::testing {
namespace {

constexpr std::int64_t kNextDay = kTripStart + 24 * kHour;

// The index of `line` in `lines`, or lines.size().
std::size_t IndexOf(const std::vector<std::string>& lines, const std::string& line) {
  return std::find(lines.begin(), lines.end(), line) - lines.begin();
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(departure_test, Trip)

BOOST_AUTO_TEST_CASE(a_volunteer_leaving_gives_up_places_in_the_order_booked) {
  // Given two trips of one place each, at overlapping times, planned morning first
  GivenTrip("morning", kNextDay, 1);
  GivenTrip("noon", kNextDay + 4 * kHour, 1);
  // and v1 holding both (noon booked first, the morning with a coordinator's override)
  BOOST_REQUIRE(Reason(Sign("noon", 1)) == "ok");
  BOOST_REQUIRE(Reason(Sign("morning", 1, "组长临时顶岗")) == "ok");
  // and v2 waiting for both
  BOOST_REQUIRE(Reason(Sign("morning", 2)) == "ok");
  BOOST_REQUIRE(Reason(Sign("noon", 2)) == "ok");
  BOOST_REQUIRE(Activity("noon").Slot("volunteers")->waiting == V{"v2"});

  // When v1 leaves
  BOOST_REQUIRE(Reason(When(VolunteerLeaves{"v1", "外出务工"})) == "ok");

  // Then the append leaves noon first, as booked, and v2 takes that place
  const auto lines = Then();
  const std::size_t left = IndexOf(lines, "volunteer/v1 volunteer.left");
  const std::size_t off_noon = IndexOf(lines, "activity/noon activity.withdrawn");
  const std::size_t up_noon = IndexOf(lines, "activity/noon activity.promoted");
  const std::size_t off_morning = IndexOf(lines, "activity/morning activity.withdrawn");
  BOOST_TEST(left == 0u);
  BOOST_TEST(off_noon < up_noon);
  BOOST_TEST(up_noon < off_morning);
  BOOST_TEST(off_morning < lines.size());
  // and v2, holding noon now, is not promoted into the morning that overlaps it
  BOOST_TEST(IndexOf(lines, "activity/morning activity.promoted") == lines.size());
  BOOST_TEST(Activity("noon").Slot("volunteers")->holders == V{"v2"},
             boost::test_tools::per_element());
  const ActivityState morning_state = Activity("morning");
  const ActivitySlot& morning = *morning_state.Slot("volunteers");
  BOOST_TEST(morning.holders.empty());
  BOOST_TEST(morning.waiting == V{"v2"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace homeward::testing
