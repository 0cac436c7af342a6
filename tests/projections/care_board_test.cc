// The "3+1" care board: who holds each role and since when, the gaps, recent
// contact, a volunteer's children.

#include "projections/care_board.h"

#include <boost/test/unit_test.hpp>

#include "tests/projections/view_fixture.h"

namespace homeward::testing {
namespace {

struct CareFixture : ViewFixture<CareBoardState> {
  CareFixture() {
    for (const char* v : {"wang", "zhang", "chen"}) {
      VolunteerDetails d;
      d.name = std::string("name-") + v;
      Given("volunteer", v, VolunteerRegistered{v, "school", d}, At("2027-01-01"));
    }
    for (const char* c : {"hua", "ming"}) {
      ArchiveCard card;
      card.name = std::string("card-") + c;
      Given("child", c, ChildRegistered{c, "school", card, "teacher"}, At("2027-01-02"));
    }
  }
  void Assign(const std::string& child, CareRole role, const std::string& v, std::int64_t at) {
    Given("child", child, CareRoleAssigned{child, role, v}, at);
    Given("volunteer", v, CareRoleAssigned{child, role, v}, at);  // recorded in both streams
  }
  boost::json::value Board(std::int64_t now) { return CareBoard(state(), kOrg, now); }
};

BOOST_FIXTURE_TEST_SUITE(care_board_test, CareFixture)

BOOST_AUTO_TEST_CASE(each_role_shows_its_holder_and_since_when) {
  Assign("hua", CareRole::kCaringMother, "wang", At("2027-02-01", 10));
  const boost::json::value board = Board(At("2027-02-02"));
  const auto* hua = Row(board.at("children"), "child_id", "hua");
  BOOST_REQUIRE(hua);
  const auto& mother = hua->at("roles").at("caring_mother");
  BOOST_TEST(mother.at("name").as_string() == "name-wang");
  BOOST_TEST(mother.at("since").as_string() == "2027-02-01T02:00:00Z");
  BOOST_TEST(hua->at("roles").at("proxy_parent").is_null());
}

BOOST_AUTO_TEST_CASE(a_transferred_child_and_volunteer_show_under_their_new_unit) {
  Assign("hua", CareRole::kCaringMother, "wang", At("2027-02-01"));
  Given("child", "hua", ChildTransferred{"hua", "school", "central", "转学"}, At("2027-03-01"));
  Given("volunteer", "wang", VolunteerTransferred{"wang", "school", "central", "搬家"},
        At("2027-03-01"));
  const boost::json::value board = Board(At("2027-03-02"));
  const auto* hua = Row(board.at("children"), "child_id", "hua");
  BOOST_REQUIRE(hua);
  BOOST_TEST(hua->at("unit_id").as_string() == "central");
  BOOST_TEST(hua->at("roles").at("caring_mother").at("name").as_string() == "name-wang");
  const boost::json::value volunteers = VolunteerList(state(), kOrg);
  const auto* wang = Row(volunteers, "volunteer_id", "wang");
  BOOST_REQUIRE(wang);
  BOOST_TEST(wang->at("unit_id").as_string() == "central");
}

BOOST_AUTO_TEST_CASE(care_over_the_limit_of_a_childs_new_unit_is_flagged) {
  // Given 城关小学 allows one child per caring mother and per help pair
  Given("unit", "central", UnitCreated{"central", "城关小学", UnitKind::kSchool, "", ""},
        At("2027-01-01"));
  Given("unit", "central", UnitSettingsChanged{"central", 1, 1, false, 4}, At("2027-01-01"));
  // and 王 is caring mother to both of the school's children, and paired with both
  Assign("hua", CareRole::kCaringMother, "wang", At("2027-02-01"));
  Assign("ming", CareRole::kCaringMother, "wang", At("2027-02-01"));
  for (const char* c : {"hua", "ming"})
    Given("child", c, HelpPairFormed{c, "zhang"}, At("2027-02-01"));
  BOOST_TEST(
      Board(At("2027-02-02")).at("over_limit").as_array().empty());  // the school allows 3 and 2
  // When 小花 moves to 城关小学
  Given("child", "hua", ChildTransferred{"hua", "school", "central", "转学"}, At("2027-03-01"));
  // Then her board row names both carers over its limits, and 小明's does not
  const boost::json::value board = Board(At("2027-03-02"));
  BOOST_TEST(board.at("over_limit").as_array() == boost::json::array{"hua"});
  const auto& over = Row(board.at("children"), "child_id", "hua")->at("over_limit").as_array();
  BOOST_TEST_REQUIRE(over.size() == 2u);
  BOOST_TEST(over[0] ==
             (boost::json::object{
                 {"volunteer_id", "wang"}, {"role", "caring_mother"}, {"holds", 2}, {"limit", 1}}));
  BOOST_TEST(over[1].at("role").as_string() == "help_pair");
  BOOST_TEST(over[1].at("volunteer_id").as_string() == "zhang");
  BOOST_TEST(Row(board.at("children"), "child_id", "ming")->at("over_limit").as_array().empty());
  // Once 王 no longer cares for 小明, she is within the limit again
  Given("child", "ming", CareRoleEnded{"ming", CareRole::kCaringMother, "wang", "调整"},
        At("2027-03-03"));
  const boost::json::value after = Board(At("2027-03-04"));
  BOOST_TEST(Row(after.at("children"), "child_id", "hua")->at("over_limit").as_array().size() ==
             1u);
}

BOOST_AUTO_TEST_CASE(children_missing_any_role_are_listed) {
  Assign("hua", CareRole::kCaringMother, "wang", At("2027-02-01"));
  Assign("hua", CareRole::kProxyParent, "zhang", At("2027-02-01"));
  Assign("hua", CareRole::kHappyCompanion, "chen", At("2027-02-01"));
  const boost::json::value board = Board(At("2027-02-02"));
  const auto& missing = board.at("missing_role").as_array();
  BOOST_TEST(missing.size() == 1u);
  BOOST_TEST(missing[0].as_string() == "ming");
  Given("child", "hua", CareRoleEnded{"hua", CareRole::kProxyParent, "zhang", "moved"},
        At("2027-03-01"));
  BOOST_TEST(Board(At("2027-03-02")).at("missing_role").as_array().size() == 2u);
}

BOOST_AUTO_TEST_CASE(a_child_without_a_contact_in_30_days_is_flagged) {
  Given("child", "hua",
        ContactRecorded{"hua", "k1", ContactKind::kPhoneCall, "wang", At("2027-03-01"), 10, ""},
        At("2027-03-01"));
  const boost::json::value early = Board(At("2027-03-20"));
  BOOST_TEST(Row(early.at("children"), "child_id", "hua")->at("no_recent_contact").as_bool() ==
             false);
  BOOST_TEST(Row(early.at("children"), "child_id", "ming")->at("no_recent_contact").as_bool());
  const boost::json::value late = Board(At("2027-04-05"));
  BOOST_TEST(late.at("no_recent_contact").as_array().size() == 2u);
  BOOST_TEST(
      CareBoard(state(), kOrg, At("2027-04-05"), 60).at("no_recent_contact").as_array().size() ==
      1u);
}

BOOST_AUTO_TEST_CASE(a_volunteer_sees_the_children_in_their_care) {
  Assign("hua", CareRole::kCaringMother, "wang", At("2027-02-01"));
  Given("child", "ming", HelpPairFormed{"ming", "wang"}, At("2027-02-03"));
  const boost::json::value care = CareOf(state(), kOrg, "wang").value();
  BOOST_TEST(care.at("roles").as_array().size() == 1u);
  BOOST_TEST(care.at("roles").as_array()[0].at("child_id").as_string() == "hua");
  BOOST_TEST(care.at("help_pairs").as_array()[0].at("child_id").as_string() == "ming");
  BOOST_TEST(CareOf(state(), kOrg, "nobody").status().code() == Code::kNotFound);
}

BOOST_AUTO_TEST_CASE(a_child_who_left_is_off_the_board) {
  Given("child", "ming", ChildLeft{"ming", "moved away"}, At("2027-02-01"));
  BOOST_TEST(Board(At("2027-02-02")).at("children").as_array().size() == 1u);
}

BOOST_AUTO_TEST_CASE(the_volunteer_list_shows_each_ones_check_suspension_and_party_membership) {
  // Given 王 checked until the end of 2027 and then suspended, 张 a party member, 陈 never checked
  Given("volunteer", "wang",
        VolunteerVetted{"wang", "公安局", ParseDate("2027-01-05").value(),
                        ParseDate("2027-12-31").value()},
        At("2027-01-05"));
  Given("volunteer", "wang", VolunteerSuspended{"wang", "投诉待查"}, At("2027-02-01"));
  VolunteerDetails party;
  party.name = "name-zhang";
  party.kinds = {VolunteerKind::kPartyMember};
  Given("volunteer", "zhang", VolunteerDetailsCorrected{"zhang", party, "党员"}, At("2027-02-01"));
  // When the list is read
  const boost::json::value list = VolunteerList(state(), kOrg);
  const auto* wang = Row(list, "volunteer_id", "wang");
  const auto* zhang = Row(list, "volunteer_id", "zhang");
  const auto* chen = Row(list, "volunteer_id", "chen");
  BOOST_REQUIRE(wang && zhang && chen);
  // Then each shows as recorded
  BOOST_TEST(wang->at("vetted_until").as_string() == "2027-12-31");
  BOOST_TEST(wang->at("suspended").as_bool());
  BOOST_TEST(!wang->at("party_member").as_bool());
  BOOST_TEST(zhang->at("party_member").as_bool());
  BOOST_TEST(chen->at("vetted_until").as_string() == "");
  // and reinstating 王 lifts the suspension
  Given("volunteer", "wang", VolunteerReinstated{"wang", "查无实据"}, At("2027-02-10"));
  BOOST_TEST(!Row(VolunteerList(state(), kOrg), "volunteer_id", "wang")->at("suspended").as_bool());
}

BOOST_AUTO_TEST_CASE(those_who_left_are_listed_apart_and_an_erasure_names_no_one) {
  // Given 王 leaves and 陈's personal data is erased (which makes them leave)
  Given("volunteer", "wang", VolunteerLeft{"wang", "搬家"}, At("2027-02-01"));
  Given("volunteer", "chen", VolunteerDataErased{"chen", "本人申请"}, At("2027-02-02"));
  Given("volunteer", "chen", VolunteerLeft{"chen", "personal data erased"}, At("2027-02-02"));
  // When either list is read
  const boost::json::value staying = VolunteerList(state(), kOrg);
  const boost::json::value left = VolunteerList(state(), kOrg, true);
  // Then those who left are on the second only, 陈 by no name
  BOOST_TEST(!Row(staying, "volunteer_id", "wang"));
  BOOST_TEST(!Row(staying, "volunteer_id", "chen"));
  BOOST_REQUIRE(Row(staying, "volunteer_id", "zhang"));
  BOOST_TEST(!Row(staying, "volunteer_id", "zhang")->at("left").as_bool());
  const auto* wang = Row(left, "volunteer_id", "wang");
  const auto* chen = Row(left, "volunteer_id", "chen");
  BOOST_REQUIRE(wang && chen);
  BOOST_TEST(!Row(left, "volunteer_id", "zhang"));
  BOOST_TEST(wang->at("left").as_bool());
  BOOST_TEST(!wang->at("erased").as_bool());
  BOOST_TEST(chen->at("erased").as_bool());
  BOOST_TEST(chen->at("name").as_string() != "name-chen");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::testing
