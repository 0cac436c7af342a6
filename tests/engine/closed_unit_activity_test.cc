// An activity of a closed unit: it takes no one, a unit closed while
// recruiting takes no more sign-ups, and a unit closes only once its
// activities are cancelled or completed.

#include <boost/test/unit_test.hpp>

#include "tests/engine/trip_fixture.h"

namespace homeward::testing {

BOOST_FIXTURE_TEST_SUITE(closed_unit_activity_test, Trip)

BOOST_AUTO_TEST_CASE(a_closed_units_activity_takes_no_one) {
  Given(CreateUnit{"branch", "分会", UnitKind::kAssociation, "office", ""});
  PlanActivity plan;
  plan.activity_id = "walk";
  plan.unit_id = "branch";
  plan.title = "春游";
  plan.starts_at_us = kTripStart;
  plan.ends_at_us = kTripStart + 2 * kHour;
  plan.children_capacity = 5;
  Given(plan);
  Given(AddSlot{"walk", "volunteers", "义工", 5, true, false, true});
  // A unit closes only once its activities are cancelled or completed; an
  // older program let it close with them still to come.
  BOOST_TEST(Reason(When(CloseUnit{"branch", "并入马岭小学"})) == "unit_in_use");
  GivenRecorded({{StreamOf("county", "unit", "branch"), UnitClosed{"branch", "并入马岭小学"}}});
  BOOST_TEST(Reason(When(OpenRecruitment{"walk"})) == "inactive");
  Given(Child("c1"));
  BOOST_TEST(Reason(When(EnrollChild{"walk", "c1"})) == "inactive");
}

BOOST_AUTO_TEST_CASE(a_unit_closed_while_recruiting_takes_no_more_sign_ups) {
  BOOST_REQUIRE(Reason(Sign("trip", 1)) == "ok");
  GivenRecorded({{StreamOf("county", "unit", "school"), UnitClosed{"school", "撤并"}}});
  BOOST_TEST(Reason(Sign("trip", 2)) == "inactive");
}

BOOST_AUTO_TEST_CASE(a_unit_closes_only_once_its_activities_are_cancelled_or_completed) {
  GivenTrip("visit", kTripStart + 7 * 24 * kHour, 5);
  auto refused = When(CloseUnit{"school", "撤并"});
  BOOST_TEST(Reason(refused) == "unit_in_use");
  BOOST_TEST(refused.status().message() ==
             "unit '马岭小学' still has activities neither cancelled nor completed 'trip', "
             "'visit' (2 in all) to cancel or complete first");
  BOOST_TEST(Then().empty());
  Given(CancelActivity{"trip", false, "撤并"});
  Given(CancelActivity{"visit", false, "撤并"});
  BOOST_TEST(Reason(When(CloseUnit{"school", "撤并"})) == "ok");
  // And a closed unit's cancelled trip stays cancelled.
  BOOST_TEST(Reason(When(RescheduleActivity{"trip", kTripStart + 14 * 24 * kHour,
                                            kTripStart + 14 * 24 * kHour + kHour})) == "inactive");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace homeward::testing
