// Reminders when children and volunteers move between units: who owes a
// survey or a check after a transfer, what stays the old unit's, and which
// unit's waiver a carer must have signed.

#include <boost/test/unit_test.hpp>

#include "tests/projections/reminders_fixture.h"

namespace homeward::testing {
namespace {

// 城关小学 ("central"), a second school under the county office, to move to.
struct TransferReminders : RemindersFixture {
  void Central() {
    Given("unit", "central",
          UnitCreated{"central", "城关小学", UnitKind::kSchool, "county", "Asia/Shanghai"},
          At("2027-01-05"));
  }
  // 城关小学 with a waiver of its own ("c1").
  void CentralWithItsOwnWaiver() {
    Central();
    Given("unit", "central", WaiverPublished{"central", "c1", "城关小学志愿者承诺书"},
          At("2027-01-05"));
  }
  // The unit reminder `id` is for, as it stands at `now`.
  std::string UnitOf(const char* id, std::int64_t now) {
    const boost::json::value all = All(now);
    const boost::json::object* row = Row(all, "id", id);
    BOOST_REQUIRE_MESSAGE(row, id);
    return std::string(row->at("unit_id").as_string());
  }
};

BOOST_FIXTURE_TEST_SUITE(transfer_reminders_test, TransferReminders)

BOOST_AUTO_TEST_CASE(a_transferred_childs_survey_and_a_volunteers_check_go_to_the_new_unit) {
  Central();
  Child("hua", "2027-01-10");
  Volunteer("wang", "2028-01-06");
  Given("child", "hua", ChildTransferred{"hua", "school", "central", "转学"}, At("2027-03-01"));
  Given("volunteer", "wang", VolunteerTransferred{"wang", "school", "central", "搬家"},
        At("2027-03-01"));
  const boost::json::value all = All(At("2027-03-02"));
  for (const char* id : {"survey/hua/2027-07-10", "vetting/wang/2028-01-06"}) {
    const boost::json::object* row = Row(all, "id", id);
    BOOST_REQUIRE_MESSAGE(row, id);
    BOOST_TEST(row->at("unit_id").as_string() == "central", id);
  }
}

BOOST_AUTO_TEST_CASE(what_the_old_unit_did_stays_the_old_units_after_a_transfer) {
  Central();
  Volunteer("wang", "2028-01-06");
  Child("hua", "2027-01-10");
  Given("child", "hua", CareRoleAssigned{"hua", CareRole::kCaringMother, "wang"}, At("2027-01-15"));
  // The school surveyed 小花 and 王 called her in February; in March she moved.
  Given("child", "hua",
        SurveyRecorded{"hua", ParseDate("2027-02-01").value(), "督导员", GuardianshipRating::kGood,
                       ""},
        At("2027-02-01"));
  Given("child", "hua",
        ContactRecorded{"hua", "k1", ContactKind::kPhoneCall, "wang", At("2027-02-10"), 20, ""},
        At("2027-02-10"));
  Given("child", "hua", ChildTransferred{"hua", "school", "central", "转学"}, At("2027-03-01"));
  const std::int64_t now = At("2027-03-02");
  // Then what was done stays the school's; what is open is 城关小学's.
  BOOST_TEST(UnitOf("survey/hua/2027-07-10", now) == "school");
  BOOST_TEST(UnitOf("contact/hua/caring_mother/wang/2027-02", now) == "school");
  BOOST_TEST(UnitOf("survey/hua/2027-08-01", now) == "central");
  BOOST_TEST(UnitOf("contact/hua/caring_mother/wang/2027-03", now) == "central");
}

BOOST_AUTO_TEST_CASE(a_check_renewed_before_a_volunteers_transfer_stays_the_old_units) {
  Central();
  // Given 王's check, valid to 2027-06-01, renewed by the school in May;
  // then 王 moved to 城关小学.
  Volunteer("wang", "2027-06-01");
  Given("volunteer", "wang",
        VolunteerVetted{"wang", "police", ParseDate("2027-05-20").value(),
                        ParseDate("2028-05-20").value()},
        At("2027-05-20"));
  Given("volunteer", "wang", VolunteerTransferred{"wang", "school", "central", "搬家"},
        At("2027-06-10"));
  const std::int64_t now = At("2027-06-11");
  // Then the renewed check is the school's, the next one 城关小学's.
  BOOST_TEST(UnitOf("vetting/wang/2027-06-01", now) == "school");
  BOOST_TEST(UnitOf("vetting/wang/2028-05-20", now) == "central");
}

BOOST_AUTO_TEST_CASE(
    a_child_transferred_to_a_unit_with_its_own_waiver_needs_their_carer_to_sign_it) {
  // Given wang, who signed the school's waiver, caring mother of hua.
  CentralWithItsOwnWaiver();
  Volunteer("wang", "2028-01-01");
  Child("hua");
  Given("child", "hua", CareRoleAssigned{"hua", CareRole::kCaringMother, "wang"}, At("2027-01-15"));
  const std::string id = "care_waiver/hua/caring_mother/wang";
  BOOST_TEST(StateOf(id, At("2027-02-01")) == "absent");
  // When hua moves to 城关小学, whose waiver wang has not signed,
  Given("child", "hua", ChildTransferred{"hua", "school", "central", "转学"}, At("2027-03-01"));
  // then wang is to sign it at once, and it is overdue from the next day.
  const boost::json::value mine = All(At("2027-03-01", 15), For("wang"));
  const boost::json::object* row = Row(mine, "id", id);
  BOOST_REQUIRE(row != nullptr);
  BOOST_TEST(row->at("kind").as_string() == "care_waiver");
  BOOST_TEST(row->at("subject").as_string() == "hua");
  BOOST_TEST(row->at("unit_id").as_string() == "central");
  BOOST_TEST(row->at("due").as_string() == "2027-03-01");
  BOOST_TEST(row->at("state").as_string() == "due");
  BOOST_TEST(StateOf(id, At("2027-03-05")) == "overdue");
  // Signing the school's again answers nothing; signing 城关小学's does.
  Given("volunteer", "wang", WaiverAccepted{"wang", "v1", "school"}, At("2027-03-06"));
  BOOST_TEST(StateOf(id, At("2027-03-07")) == "overdue");
  Given("volunteer", "wang", WaiverAccepted{"wang", "c1", "central"}, At("2027-03-08"));
  BOOST_TEST(StateOf(id, At("2027-03-09")) == "done");
}

BOOST_AUTO_TEST_CASE(where_the_childs_unit_has_no_waiver_the_carers_own_units_counts_as_it_was) {
  // Given villages without waivers of their own: wang's care of hua needs
  // the waiver of wang's own unit, the school's, which she signed.
  for (const char* village : {"liupi", "qingqu"})
    Given("unit", village, UnitCreated{village, village, UnitKind::kVillage, "county", ""},
          At("2027-01-05"));
  CentralWithItsOwnWaiver();
  Volunteer("wang", "2028-01-01");
  Child("hua");
  Given("child", "hua", ChildTransferred{"hua", "school", "liupi", "回村"}, At("2027-01-12"));
  Given("child", "hua", CareRoleAssigned{"hua", CareRole::kProxyParent, "wang"}, At("2027-01-15"));
  const std::string id = "care_waiver/hua/proxy_parent/wang";
  BOOST_TEST(StateOf(id, At("2027-02-01")) == "absent");
  // When wang moves to 城关小学, her care needs its waiver,
  Given("volunteer", "wang", VolunteerTransferred{"wang", "school", "central", "搬家"},
        At("2027-03-01"));
  BOOST_TEST(DueOf(id, At("2027-03-05")) == "2027-03-01");
  BOOST_TEST(StateOf(id, At("2027-03-05")) == "overdue");
  // and hua moving to another village without one changes nothing of that:
  // the gap opened on 1 March still.
  Given("child", "hua", ChildTransferred{"hua", "liupi", "qingqu", "转学"}, At("2027-03-10"));
  BOOST_TEST(DueOf(id, At("2027-03-11")) == "2027-03-01");
  BOOST_TEST(StateOf(id, At("2027-03-11")) == "overdue");
  Given("volunteer", "wang", WaiverAccepted{"wang", "c1", "central"}, At("2027-03-12"));
  BOOST_TEST(StateOf(id, At("2027-03-13")) == "done");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::testing
