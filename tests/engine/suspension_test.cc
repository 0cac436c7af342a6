// Ending care in one append: a suspension, a volunteer or a child leaving,
// a guardian withdrawing consent. The suspension runs on a real RocksDB log.

#include <boost/test/unit_test.hpp>
#include <set>

#include "tests/engine/log_fixture.h"
#include "tests/engine/people_fixture.h"

namespace homeward::testing {

using V = std::vector<std::string>;

BOOST_FIXTURE_TEST_SUITE(suspension_test, PeopleFixture)

BOOST_AUTO_TEST_CASE(a_suspension_ends_every_role_and_help_pair_in_one_append) {
  // The same story on RocksDB: the append is one batch, all or nothing.
  LogFixture disk;
  CommandService on_disk(disk.log(), [this] { return now_us; });
  auto run = [&](const PeopleCommand& c) { return on_disk.Execute(ctx, c); };
  BOOST_REQUIRE(run(CreateUnit{"school", "马岭小学", UnitKind::kSchool, "", ""}).ok());
  BOOST_REQUIRE(run(PublishWaiver{"school", "2027-v1", "特别承诺"}).ok());
  RegisterVolunteer cadre = Volunteer("cadre", {VolunteerKind::kPartyMember});
  BOOST_REQUIRE(run(cadre).ok());
  BOOST_REQUIRE(run(VetVolunteer{"cadre", "派出所", D("2027-01-10"), std::nullopt}).ok());
  BOOST_REQUIRE(run(AcceptWaiver{"cadre", "2027-v1"}).ok());
  for (const char* c : {"c1", "c2"}) {
    BOOST_REQUIRE(run(Child(c)).ok());
    BOOST_REQUIRE(
        run(GiveConsent{c, ConsentKind::kDataProcessing, "祖母", "关爱", "一年", D("2027-02-01")})
            .ok());
  }
  BOOST_REQUIRE(run(AssignCareRole{"c1", CareRole::kCaringMother, "cadre"}).ok());
  BOOST_REQUIRE(run(AssignCareRole{"c2", CareRole::kProxyParent, "cadre"}).ok());
  BOOST_REQUIRE(run(FormHelpPair{"c2", "cadre"}).ok());
  const std::uint64_t head = disk.log().Head();

  auto suspended = run(SuspendVolunteer{"cadre", "未通过年度无犯罪记录复查"});
  BOOST_REQUIRE(suspended.ok());
  // 1 suspension + 3 endings, each in the child's and the volunteer's stream.
  BOOST_TEST(suspended->positions.size() == 7u);
  BOOST_TEST(suspended->positions.front() == head + 1);
  BOOST_TEST(suspended->positions.back() == head + 7);  // one append, contiguous
  std::set<std::string> correlations;
  for (const Envelope& e : disk.log().ReadAll(head + 1, 100).value()) {
    correlations.insert(e.correlation_id + "@" + std::to_string(e.recorded_at_us));
    if (e.type == "care.role_ended" || e.type == "care.help_pair_ended") {
      BOOST_TEST(e.payload.find("未通过年度无犯罪记录复查") != std::string::npos, e.type);
    }
  }
  BOOST_TEST(correlations.size() == 1u);

  const ChildState c1 = on_disk.LoadChild("county", "c1")->state();
  const ChildState c2 = on_disk.LoadChild("county", "c2")->state();
  const VolunteerState v = on_disk.LoadVolunteer("county", "cadre")->state();
  BOOST_TEST(!c1.Holder(CareRole::kCaringMother).has_value());
  BOOST_TEST(!c2.Holder(CareRole::kProxyParent).has_value());
  BOOST_TEST(c2.help_pairs.empty());
  BOOST_TEST(v.suspended);
  BOOST_TEST(v.roles.empty());
  BOOST_TEST(v.paired_children.empty());
}

BOOST_AUTO_TEST_CASE(suspending_twice_is_refused) {
  GivenReadyVolunteer("v1");
  Given(SuspendVolunteer{"v1", "投诉"});
  BOOST_TEST(Reason(When(SuspendVolunteer{"v1", "again"})) == "suspended");
  BOOST_TEST(Reason(When(SuspendVolunteer{"nobody", "x"})) == "not_found");
}

BOOST_AUTO_TEST_CASE(a_child_leaving_ends_the_whole_team) {
  GivenChildWithConsent("c1");
  GivenReadyVolunteer("mother");
  GivenReadyVolunteer("buddy");
  Given(AssignCareRole{"c1", CareRole::kCaringMother, "mother"});
  Given(AssignCareRole{"c1", CareRole::kHappyCompanion, "buddy"});
  BOOST_TEST(Reason(When(ChildLeaves{"c1", "随父母迁往深圳"})) == "ok");
  BOOST_TEST(
      Then() == (V{"child/c1 child.left", "child/c1 care.role_ended", "child/c1 care.role_ended",
                   "volunteer/mother care.role_ended", "volunteer/buddy care.role_ended"}),
      boost::test_tools::per_element());
  BOOST_TEST(service.LoadVolunteer("county", "mother")->state().roles.empty());
  BOOST_TEST(Reason(When(AssignCareRole{"c1", CareRole::kProxyParent, "mother"})) == "inactive");
}

BOOST_AUTO_TEST_CASE(a_child_leaving_ends_their_help_pairs) {
  GivenChildWithConsent("c1");
  GivenReadyVolunteer("cadre", {VolunteerKind::kPartyMember});
  Given(FormHelpPair{"c1", "cadre"});
  BOOST_TEST(Reason(When(ChildLeaves{"c1", "转学"})) == "ok");
  BOOST_TEST(Then() == (V{"child/c1 child.left", "child/c1 care.help_pair_ended",
                          "volunteer/cadre care.help_pair_ended"}),
             boost::test_tools::per_element());
  BOOST_TEST(service.LoadVolunteer("county", "cadre")->state().paired_children.empty());
}

BOOST_AUTO_TEST_CASE(a_volunteer_leaving_ends_their_roles) {
  GivenChildWithConsent("c1");
  GivenReadyVolunteer("mother");
  Given(AssignCareRole{"c1", CareRole::kCaringMother, "mother"});
  BOOST_TEST(Reason(When(VolunteerLeaves{"mother", "外出务工"})) == "ok");
  BOOST_TEST(!service.LoadChild("county", "c1")->state().Holder(CareRole::kCaringMother));
  BOOST_TEST(Reason(When(AssignCareRole{"c1", CareRole::kCaringMother, "mother"})) == "inactive");
}

BOOST_AUTO_TEST_CASE(withdrawing_data_consent_ends_care_and_blocks_new_care) {
  GivenChildWithConsent("c1");
  GivenReadyVolunteer("mother");
  Given(AssignCareRole{"c1", CareRole::kCaringMother, "mother"});
  auto withdrawn =
      When(WithdrawConsent{"c1", ConsentKind::kDataProcessing, D("2027-02-20"), "监护人要求"});
  BOOST_TEST(Reason(withdrawn) == "ok");
  BOOST_TEST(Then() == (V{"child/c1 child.consent_withdrawn", "child/c1 care.role_ended",
                          "volunteer/mother care.role_ended"}),
             boost::test_tools::per_element());
  BOOST_TEST(Reason(When(AssignCareRole{"c1", CareRole::kCaringMother, "mother"})) ==
             "consent_missing");
  BOOST_TEST(Reason(When(WithdrawConsent{"c1", ConsentKind::kDataProcessing, D("2027-02-20"),
                                         "again"})) == "not_found");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace homeward::testing
