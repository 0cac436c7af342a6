// The "3+1" care rules: each child gets 1 caring mother, 1 proxy parent and
// 1 happy companion, from volunteers who may work with children.

#include <boost/test/unit_test.hpp>

#include "tests/engine/people_fixture.h"

namespace homeward::testing {

using V = std::vector<std::string>;

BOOST_FIXTURE_TEST_SUITE(care_test, PeopleFixture)

BOOST_AUTO_TEST_CASE(a_full_team_is_assembled_and_a_second_caring_mother_is_refused) {
  GivenChildWithConsent("c1");
  for (const char* v : {"mother", "proxy", "buddy", "other"}) GivenReadyVolunteer(v);
  Given(AssignCareRole{"c1", CareRole::kCaringMother, "mother"});
  Given(AssignCareRole{"c1", CareRole::kProxyParent, "proxy"});
  auto last = When(AssignCareRole{"c1", CareRole::kHappyCompanion, "buddy"});
  BOOST_TEST(Reason(last) == "ok");
  BOOST_TEST(Then() == (V{"child/c1 care.role_assigned", "volunteer/buddy care.role_assigned"}),
             boost::test_tools::per_element());

  const ChildState child = service.LoadChild("county", "c1")->state();
  BOOST_TEST(child.Holder(CareRole::kCaringMother)->volunteer_id == "mother");
  BOOST_TEST(child.Holder(CareRole::kProxyParent)->volunteer_id == "proxy");
  BOOST_TEST(child.Holder(CareRole::kHappyCompanion)->volunteer_id == "buddy");
  BOOST_TEST(child.Holder(CareRole::kCaringMother)->since_us == now_us);

  auto second = When(AssignCareRole{"c1", CareRole::kCaringMother, "other"});
  BOOST_TEST(Reason(second) == "role_taken");
  BOOST_TEST(second.status().message().find("mother") != std::string::npos);
  BOOST_TEST(Then().empty());
}

BOOST_AUTO_TEST_CASE(an_unvetted_volunteer_is_refused) {
  GivenChildWithConsent("c1");
  Given(Volunteer("v1"));
  Given(AcceptWaiver{"v1", "2027-v1"});
  auto result = When(AssignCareRole{"c1", CareRole::kCaringMother, "v1"});
  BOOST_TEST(Reason(result) == "not_vetted");
  BOOST_TEST(result.status().message().find("no criminal-record check") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(an_expired_vetting_is_refused_a_year_after_the_check) {
  GivenChildWithConsent("c1");
  GivenReadyVolunteer("v1");        // checked 2027-01-10, valid until 2028-01-09
  now_us = 1830996000LL * 1000000;  // 2028-01-09 10:00 in Shanghai: the last valid day
  BOOST_TEST(Reason(When(AssignCareRole{"c1", CareRole::kCaringMother, "v1"})) == "ok");
  Given(EndCareRole{"c1", CareRole::kCaringMother, "换人"});
  now_us += 86400LL * 1000000;  // 2028-01-10
  auto result = When(AssignCareRole{"c1", CareRole::kCaringMother, "v1"});
  BOOST_TEST(Reason(result) == "not_vetted");
  BOOST_TEST(result.status().message().find("expired on 2028-01-09") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_missing_waiver_is_refused) {
  GivenChildWithConsent("c1");
  Given(Volunteer("v1"));
  Given(VetVolunteer{"v1", "派出所", D("2027-01-10"), std::nullopt});
  BOOST_TEST(Reason(When(AssignCareRole{"c1", CareRole::kCaringMother, "v1"})) == "waiver_missing");
}

BOOST_AUTO_TEST_CASE(an_outdated_waiver_is_refused_until_the_new_one_is_accepted) {
  GivenChildWithConsent("c1");
  GivenReadyVolunteer("v1");  // accepted "2027-v1"
  Given(PublishWaiver{"school", "2027-v2", "参加本活动的志愿者同意……"});
  auto result = When(AssignCareRole{"c1", CareRole::kCaringMother, "v1"});
  BOOST_TEST(Reason(result) == "waiver_missing");
  BOOST_TEST(result.status().message().find("2027-v2") != std::string::npos);
  Given(AcceptWaiver{"v1", "2027-v2"});
  BOOST_TEST(Reason(When(AssignCareRole{"c1", CareRole::kCaringMother, "v1"})) == "ok");
}

BOOST_AUTO_TEST_CASE(a_sixteen_year_old_student_may_be_a_happy_companion_but_not_a_proxy_parent) {
  GivenChildWithConsent("c1");
  GivenReadyVolunteer("teen", {VolunteerKind::kStudent}, "2010-06-15");  // 16 on 2027-03-01
  auto proxy = When(AssignCareRole{"c1", CareRole::kProxyParent, "teen"});
  BOOST_TEST(Reason(proxy) == "underage_role");
  BOOST_TEST(proxy.status().message().find("16") != std::string::npos);
  BOOST_TEST(Reason(When(AssignCareRole{"c1", CareRole::kHappyCompanion, "teen"})) == "ok");
}

BOOST_AUTO_TEST_CASE(the_fourth_child_for_one_caring_mother_is_refused) {
  GivenReadyVolunteer("mother");
  for (const char* c : {"c1", "c2", "c3", "c4"}) GivenChildWithConsent(c);
  for (const char* c : {"c1", "c2", "c3"}) {
    Given(AssignCareRole{c, CareRole::kCaringMother, "mother"});
  }
  auto fourth = When(AssignCareRole{"c4", CareRole::kCaringMother, "mother"});
  BOOST_TEST(Reason(fourth) == "role_limit");
  // Another role for the same child is counted on its own.
  BOOST_TEST(Reason(When(AssignCareRole{"c4", CareRole::kProxyParent, "mother"})) == "ok");
}

BOOST_AUTO_TEST_CASE(a_settings_change_keeps_the_settings_it_leaves_out) {
  Given(ChangeUnitSettings{"school", 4, 2, true, 6});
  ChangeUnitSettings travel_only{"school"};
  travel_only.hours_include_travel = false;
  Given(travel_only);
  const UnitState unit = service.LoadUnit("county", "school")->state();
  BOOST_TEST(unit.role_limit == 4u);
  BOOST_TEST(unit.help_pair_limit == 2u);
  BOOST_TEST(!unit.hours_include_travel);
  BOOST_TEST(unit.daily_slot_limit == 6u);
}

BOOST_AUTO_TEST_CASE(the_unit_setting_raises_the_limit) {
  Given(ChangeUnitSettings{"school", 4, 2});
  GivenReadyVolunteer("mother");
  for (const char* c : {"c1", "c2", "c3", "c4"}) {
    GivenChildWithConsent(c);
    Given(AssignCareRole{c, CareRole::kCaringMother, "mother"});
  }
  GivenChildWithConsent("c5");
  BOOST_TEST(Reason(When(AssignCareRole{"c5", CareRole::kCaringMother, "mother"})) == "role_limit");
}

BOOST_AUTO_TEST_CASE(a_suspended_volunteer_is_refused) {
  GivenChildWithConsent("c1");
  GivenReadyVolunteer("v1");
  Given(SuspendVolunteer{"v1", "家长投诉，待核实"});
  BOOST_TEST(Reason(When(AssignCareRole{"c1", CareRole::kCaringMother, "v1"})) == "suspended");
  Given(ReinstateVolunteer{"v1", "核实无误"});
  BOOST_TEST(Reason(When(AssignCareRole{"c1", CareRole::kCaringMother, "v1"})) == "ok");
}

BOOST_AUTO_TEST_CASE(care_without_the_guardians_data_consent_is_refused) {
  Given(Child("c1"));
  GivenReadyVolunteer("v1");
  auto result = When(AssignCareRole{"c1", CareRole::kCaringMother, "v1"});
  BOOST_TEST(Reason(result) == "consent_missing");
  BOOST_TEST(Then().empty());
}

BOOST_AUTO_TEST_CASE(an_unknown_child_or_volunteer_is_not_found) {
  GivenReadyVolunteer("v1");
  BOOST_TEST(Reason(When(AssignCareRole{"nobody", CareRole::kCaringMother, "v1"})) == "not_found");
  GivenChildWithConsent("c1");
  BOOST_TEST(Reason(When(AssignCareRole{"c1", CareRole::kCaringMother, "ghost"})) == "not_found");
}

BOOST_AUTO_TEST_CASE(ending_a_role_frees_it_for_another_volunteer) {
  GivenChildWithConsent("c1");
  GivenReadyVolunteer("v1");
  GivenReadyVolunteer("v2");
  Given(AssignCareRole{"c1", CareRole::kCaringMother, "v1"});
  BOOST_TEST(Reason(When(EndCareRole{"c1", CareRole::kCaringMother, "工作调动"})) == "ok");
  BOOST_TEST(Then() == (V{"child/c1 care.role_ended", "volunteer/v1 care.role_ended"}),
             boost::test_tools::per_element());
  BOOST_TEST(service.LoadVolunteer("county", "v1")->state().roles.empty());
  BOOST_TEST(Reason(When(AssignCareRole{"c1", CareRole::kCaringMother, "v2"})) == "ok");
  BOOST_TEST(Reason(When(EndCareRole{"c1", CareRole::kProxyParent, "x"})) == "not_found");
}

BOOST_AUTO_TEST_CASE(a_help_pair_needs_a_party_member_and_stops_at_two_children) {
  GivenReadyVolunteer("cadre", {VolunteerKind::kPartyMember});
  GivenReadyVolunteer("neighbour");
  for (const char* c : {"c1", "c2", "c3"}) GivenChildWithConsent(c);
  BOOST_TEST(Reason(When(FormHelpPair{"c1", "neighbour"})) == "not_party_member");
  Given(FormHelpPair{"c1", "cadre"});
  BOOST_TEST(Reason(When(FormHelpPair{"c1", "cadre"})) == "already_exists");
  Given(FormHelpPair{"c2", "cadre"});
  BOOST_TEST(Reason(When(FormHelpPair{"c3", "cadre"})) == "role_limit");
  Given(EndHelpPair{"c2", "cadre", "孩子随父母进城"});
  BOOST_TEST(Reason(When(FormHelpPair{"c3", "cadre"})) == "ok");
}

BOOST_AUTO_TEST_CASE(one_volunteer_cannot_hold_two_roles_for_the_same_child) {
  GivenChildWithConsent("c1");
  GivenReadyVolunteer("v1");
  Given(AssignCareRole{"c1", CareRole::kCaringMother, "v1"});
  auto second = When(AssignCareRole{"c1", CareRole::kProxyParent, "v1"});
  BOOST_TEST(Reason(second) == "role_taken");
  BOOST_TEST(second.status().message().find("three people") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(care_in_a_closed_unit_is_refused) {
  GivenChildWithConsent("c1");
  GivenReadyVolunteer("v1");
  Given(CloseUnit{"school", "撤并"});
  BOOST_TEST(Reason(When(AssignCareRole{"c1", CareRole::kCaringMother, "v1"})) == "inactive");
}

BOOST_AUTO_TEST_CASE(a_correction_that_would_break_a_held_role_is_refused) {
  GivenChildWithConsent("c1");
  GivenReadyVolunteer("v1");
  Given(AssignCareRole{"c1", CareRole::kCaringMother, "v1"});
  VolunteerDetails younger = Volunteer("v1").details;
  younger.date_of_birth = D("2011-01-01");
  BOOST_TEST(Reason(When(CorrectVolunteerDetails{"v1", younger, "出生日期录入错误"})) ==
             "underage_role");
}

BOOST_AUTO_TEST_CASE(a_malformed_command_is_an_invalid_argument) {
  GivenChildWithConsent("c1");
  GivenReadyVolunteer("v1");
  BOOST_TEST(Reason(When(AssignCareRole{"c1", static_cast<CareRole>(9), "v1"})) ==
             "invalid_argument");
  BOOST_TEST(Reason(When(AssignCareRole{"c1/x", CareRole::kCaringMother, "v1"})) ==
             "invalid_argument");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace homeward::testing
