// Reminders when a unit publishes its waiver: those holding a place who have
// not accepted the version in force are reminded, and a version published
// again while in force asks nothing new.

#include <boost/test/unit_test.hpp>

#include "projections/view_support.h"
#include "tests/projections/reminders_fixture.h"

namespace homeward::testing {
namespace {

BOOST_FIXTURE_TEST_SUITE(waiver_reminders_test, RemindersFixture)

BOOST_AUTO_TEST_CASE(a_new_waiver_makes_holders_who_have_not_accepted_it_a_reminder) {
  WangOnTrip("2027-06-01");
  BOOST_TEST(StateOf("readiness/trip/wang", At("2027-05-03")) == "absent");
  Given("unit", "school", WaiverPublished{"school", "v2", "新版承诺"}, At("2027-05-04"));
  BOOST_TEST(StateOf("readiness/trip/wang", At("2027-05-05")) == "due");
  Given("volunteer", "wang", WaiverAccepted{"wang", "v2"}, At("2027-05-06"));
  BOOST_TEST(StateOf("readiness/trip/wang", At("2027-05-07")) == "done");
}

BOOST_AUTO_TEST_CASE(a_waiver_published_again_unchanged_asks_nothing_new) {
  WangOnTrip("2027-06-01");
  Given("unit", "school", WaiverPublished{"school", "v1", "特别承诺"}, At("2027-05-03"));
  BOOST_TEST(StateOf("readiness/trip/wang", At("2027-05-04")) == "absent");
  // The view keeps the version in force once: its publication again changes nothing.
  BOOST_TEST(state().units.at(OrgKey(kOrg, "school")).waivers.size() == 1u);
  const std::uint64_t v2 =
      Given("unit", "school", WaiverPublished{"school", "v2", "新版承诺"}, At("2027-05-04"));
  Given("unit", "school", WaiverPublished{"school", "v2", "新版承诺"}, At("2027-05-05"));
  BOOST_TEST(state().units.at(OrgKey(kOrg, "school")).waivers.size() == 2u);
  const boost::json::value all = All(At("2027-05-06"));
  const boost::json::object* row = Row(all, "id", "readiness/trip/wang");
  BOOST_REQUIRE(row != nullptr);
  BOOST_TEST(row->at("state").as_string() == "due");
  BOOST_TEST(boost::json::value_to<std::uint64_t>(row->at("source_position")) == v2);
  Given("volunteer", "wang", WaiverAccepted{"wang", "v2"}, At("2027-05-06"));
  BOOST_TEST(StateOf("readiness/trip/wang", At("2027-05-07")) == "done");
  // The first version again is a change: wang, who accepted v2, lacks it.
  Given("unit", "school", WaiverPublished{"school", "v1", "特别承诺"}, At("2027-05-08"));
  BOOST_TEST(StateOf("readiness/trip/wang", At("2027-05-09")) == "due");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::testing
