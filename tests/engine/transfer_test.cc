// Transfers (转入): a school merged into another hands its volunteers and
// children over; each keeps what is recorded about them, and the rules of
// their new unit apply from then on.

#include <boost/test/unit_test.hpp>

#include "engine/seal.h"
#include "events/personal.h"
#include "tests/engine/opened_state.h"
#include "tests/engine/people_fixture.h"

namespace homeward::testing {
namespace {

struct Merger : PeopleFixture {
  Merger() {
    Given(CreateUnit{"central", "城关小学", UnitKind::kSchool, "office", ""});
    Given(PublishWaiver{"central", "城关-1", "城关小学志愿者承诺书"});
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(transfer_test, Merger)

BOOST_AUTO_TEST_CASE(a_volunteer_moves_with_their_roles_and_needs_the_new_units_waiver) {
  GivenReadyVolunteer("wang");
  GivenChildWithConsent("c1");
  Given(AssignCareRole{"c1", CareRole::kCaringMother, "wang"});

  BOOST_TEST(Reason(When(TransferVolunteer{"wang", "central", "马岭小学并入城关小学"})) == "ok");
  BOOST_TEST(Then() == std::vector<std::string>{"volunteer/wang volunteer.transferred"});
  const auto moved = log.ReadAll(log.Head(), 1).value().at(0);
  const auto event = std::get<VolunteerTransferred>(
      DecodeEvent(moved.type, moved.schema_version, moved.payload).value());
  BOOST_TEST(event.from_unit_id == "school");
  BOOST_TEST(event.unit_id == "central");
  const VolunteerState wang = service.LoadVolunteer("county", "wang")->state();
  BOOST_TEST(wang.unit_id == "central");
  BOOST_TEST(wang.roles.size() == 1u);
  // Care for a child of a unit without a waiver of its own now needs the new
  // unit's waiver, not the school's she signed.
  Given(CreateUnit{"village", "柳陂村", UnitKind::kVillage, "office", ""});
  RegisterChild c2 = Child("c2");
  c2.unit_id = "village";
  Given(c2);
  Given(
      GiveConsent{"c2", ConsentKind::kDataProcessing, "祖母", "关爱帮扶", "一年", D("2027-02-01")});
  const auto refused = When(AssignCareRole{"c2", CareRole::kCaringMother, "wang"});
  BOOST_TEST(Reason(refused) == "waiver_missing");
  BOOST_TEST(refused.status().message().find("城关") != std::string::npos,
             refused.status().message());
  Given(AcceptWaiver{"wang", "城关-1"});
  BOOST_TEST(Reason(When(AssignCareRole{"c2", CareRole::kCaringMother, "wang"})) == "ok");
}

BOOST_AUTO_TEST_CASE(a_child_moves_with_their_card_team_and_contacts) {
  GivenReadyVolunteer("wang");
  GivenChildWithConsent("c1");
  Given(AssignCareRole{"c1", CareRole::kProxyParent, "wang"});
  BOOST_TEST(Reason(When(TransferChild{"c1", "central", "转学"})) == "ok");
  BOOST_TEST(Then() == std::vector<std::string>{"child/c1 child.transferred"});
  const ChildState c1 = service.LoadChild("county", "c1")->state();
  BOOST_TEST(c1.unit_id == "central");
  BOOST_TEST(OpenedChild(log, "county", "c1").card.name == "留守儿童c1");
  BOOST_TEST(c1.roles[static_cast<std::size_t>(CareRole::kProxyParent)].has_value());
}

BOOST_AUTO_TEST_CASE(a_move_recorded_late_names_the_day_it_took_effect) {
  GivenChildWithConsent("c1");
  const auto last_move = [&] {
    const auto moved = log.ReadAll(log.Head(), 1).value().at(0);
    return std::get<ChildTransferred>(
        DecodeEvent(moved.type, moved.schema_version, moved.payload).value());
  };
  // Named no day: the day it is recorded, where the child is.
  BOOST_TEST(Reason(When(TransferChild{"c1", "central", "转学"})) == "ok");
  BOOST_TEST(FormatDate(last_move().effective_on) == "2027-03-01");
  BOOST_TEST(FormatDate(OpenedChild(log, "county", "c1").moved_on) == "2027-03-01");

  const auto tomorrow = When(TransferChild{"c1", "school", "回原校", D("2027-03-02")});
  BOOST_TEST(Reason(tomorrow) == "invalid_argument");
  BOOST_TEST(tomorrow.status().message().find("after today") != std::string::npos);
  const auto before = When(TransferChild{"c1", "school", "回原校", D("2027-02-20")});
  BOOST_TEST(Reason(before) == "invalid_argument");
  BOOST_TEST(before.status().message().find("2027-03-01") != std::string::npos,
             before.status().message());
  BOOST_TEST(Then().empty());

  now_us += 10LL * 86400 * 1000000;  // recorded ten days on, effective five days before
  BOOST_TEST(Reason(When(TransferChild{"c1", "school", "回原校", D("2027-03-06")})) == "ok");
  BOOST_TEST(FormatDate(last_move().effective_on) == "2027-03-06");
  BOOST_TEST(last_move().from_unit_id == "central");
}

BOOST_AUTO_TEST_CASE(a_move_that_named_no_day_bounds_the_next_by_the_day_it_was_recorded) {
  GivenChildWithConsent("c1");
  // A move recorded before moves named their day (schema version 1)
  GivenRecorded(
      {{ChildStream("county", "c1"), ChildTransferred{"c1", "school", "central", "转学", Date{}}}});
  BOOST_TEST(FormatDate(OpenedChild(log, "county", "c1").moved_on) == "2027-03-01");
  BOOST_TEST(Reason(When(TransferChild{"c1", "school", "回原校", D("2027-02-27")})) ==
             "invalid_argument");
  BOOST_TEST(Reason(When(TransferChild{"c1", "school", "回原校", D("2027-03-01")})) == "ok");
}

BOOST_AUTO_TEST_CASE(a_whole_units_move_takes_effect_on_the_day_named) {
  GivenReadyVolunteer("wang");
  GivenChildWithConsent("c1");
  // 小军 came to the school from 城关小学 only today
  GivenChildWithConsent("c2");
  Given(TransferChild{"c2", "central", "寄宿"});
  Given(TransferChild{"c2", "school", "回原校"});
  const auto future =
      When(TransferUnitMembers{"school", "central", "撤点并校", false, D("2027-09-01")});
  BOOST_TEST(Reason(future) == "invalid_argument");
  BOOST_TEST(Then().empty());
  BOOST_TEST(Reason(When(TransferUnitMembers{"school", "central", "撤点并校", false,
                                             D("2027-02-28")})) == "ok");
  BOOST_TEST(FormatDate(OpenedChild(log, "county", "c1").moved_on) == "2027-02-28");
  // and 小军 moves on as of the day he came
  BOOST_TEST(FormatDate(OpenedChild(log, "county", "c2").moved_on) == "2027-03-01");
  BOOST_TEST(service.LoadChild("county", "c2")->state().unit_id == "central");
  BOOST_TEST(service.LoadVolunteer("county", "wang")->state().unit_id == "central");
}

BOOST_AUTO_TEST_CASE(a_transfer_goes_to_another_open_unit_with_a_reason) {
  GivenReadyVolunteer("wang");
  GivenChildWithConsent("c1");
  Given(CreateUnit{"closed", "已撤并小学", UnitKind::kSchool, "office", ""});
  Given(CloseUnit{"closed", "撤并"});
  BOOST_TEST(Reason(When(TransferVolunteer{"wang", "nowhere", "搬家"})) == "not_found");
  BOOST_TEST(Reason(When(TransferVolunteer{"nobody", "central", "搬家"})) == "not_found");
  BOOST_TEST(Reason(When(TransferVolunteer{"wang", "closed", "搬家"})) == "inactive");
  BOOST_TEST(Reason(When(TransferVolunteer{"wang", "school", "搬家"})) == "invalid_argument");
  BOOST_TEST(Reason(When(TransferVolunteer{"wang", "central", ""})) == "invalid_argument");
  BOOST_TEST(Reason(When(TransferVolunteer{"wang", "", "搬家"})) == "invalid_argument");
  BOOST_TEST(Reason(When(TransferChild{"c1", "closed", "转学"})) == "inactive");
  BOOST_TEST(Reason(When(TransferChild{"c1", "school", "转学"})) == "invalid_argument");
  BOOST_TEST(Then().empty());
  Given(VolunteerLeaves{"wang", "外出务工"});
  BOOST_TEST(Reason(When(TransferVolunteer{"wang", "central", "搬家"})) == "inactive");
  Given(ChildLeaves{"c1", "随父母外出"});
  BOOST_TEST(Reason(When(TransferChild{"c1", "central", "转学"})) == "inactive");
}

BOOST_AUTO_TEST_CASE(a_child_whose_guardian_withdrew_consent_is_not_handed_to_new_staff) {
  GivenChildWithConsent("c1");
  Given(WithdrawConsent{"c1", ConsentKind::kDataProcessing, D("2027-02-20"), "监护人要求"});
  BOOST_TEST(Reason(When(TransferChild{"c1", "central", "转学"})) == "consent_missing");
  BOOST_TEST(Then().empty());
}

BOOST_AUTO_TEST_CASE(the_reason_for_a_transfer_is_sealed_with_the_persons_data) {
  GivenReadyVolunteer("wang");
  GivenChildWithConsent("c1");
  Given(TransferChild{"c1", "central", "随祖母搬到东街"});
  Given(TransferVolunteer{"wang", "central", "搬到北京路"});
  const auto reasons = [&] {
    std::vector<std::string> out;
    for (const Envelope& e : log.ReadAll(1, 1000).value()) {
      for (const char* reason : {"东街", "北京路"})
        BOOST_TEST(e.payload.find(reason) == std::string::npos, e.type << " holds " << reason);
      const Event event = OpenEvent(e, log.keys()).value();
      if (const auto* c = std::get_if<ChildTransferred>(&event)) out.push_back(c->reason);
      if (const auto* v = std::get_if<VolunteerTransferred>(&event)) out.push_back(v->reason);
    }
    return out;
  };
  BOOST_TEST(reasons() == (std::vector<std::string>{"随祖母搬到东街", "搬到北京路"}));
  // An erasure of the child's data takes the reason with it.
  Given(EraseChildData{"c1", "依法删除", true});
  BOOST_TEST(reasons() == (std::vector<std::string>{std::string(kErased), "搬到北京路"}));
}

BOOST_AUTO_TEST_CASE(a_transfer_racing_the_new_units_closing_is_decided_again) {
  GivenReadyVolunteer("wang");
  // Decided on central open; central closes before it is appended.
  PlannedCommand planned = service.Plan(ctx, TransferVolunteer{"wang", "central", "搬家"}).value();
  Given(CloseUnit{"central", "撤并"});
  BOOST_TEST(service.Commit(ctx, planned.decision, planned.read).status().reason() ==
             "wrong_expected_version");
  BOOST_TEST(Reason(When(TransferVolunteer{"wang", "central", "搬家"})) == "inactive");
}

BOOST_AUTO_TEST_CASE(a_merged_school_hands_everyone_over_in_one_append) {
  // Given the school's two volunteers, one who left, and two children.
  GivenReadyVolunteer("wang");
  GivenReadyVolunteer("li");
  GivenReadyVolunteer("zhao");
  Given(VolunteerLeaves{"zhao", "外出务工"});
  GivenChildWithConsent("c1");
  GivenChildWithConsent("c2");
  Given(AssignCareRole{"c1", CareRole::kCaringMother, "wang"});

  BOOST_TEST(Reason(When(TransferUnitMembers{"school", "central", "撤点并校", false})) == "ok");
  BOOST_TEST(Then() ==
             (std::vector<std::string>{
                 "volunteer/li volunteer.transferred", "volunteer/wang volunteer.transferred",
                 "child/c1 child.transferred", "child/c2 child.transferred"}));
  for (const char* id : {"wang", "li"})
    BOOST_TEST(service.LoadVolunteer("county", id)->state().unit_id == "central", id);
  BOOST_TEST(service.LoadVolunteer("county", "zhao")->state().unit_id == "school");
  BOOST_TEST(service.LoadChild("county", "c1")->state().unit_id == "central");
  BOOST_TEST(service.LoadChild("county", "c1")->state().roles[0].has_value());
  // Nobody is left to move.
  BOOST_TEST(Reason(When(TransferUnitMembers{"school", "central", "撤点并校", false})) ==
             "invalid_argument");
}

BOOST_AUTO_TEST_CASE(a_child_without_consent_refuses_the_move_unless_left_behind) {
  GivenReadyVolunteer("wang");
  GivenChildWithConsent("c1");
  Given(Child("c2"));  // no consent to processing
  Given(Child("c3"));

  const auto refused = When(TransferUnitMembers{"school", "central", "撤点并校", false});
  BOOST_TEST(Reason(refused) == "consent_missing");
  BOOST_TEST(refused.status().detail("children").value() == "c2,c3");
  BOOST_TEST(Then().empty());

  BOOST_TEST(Reason(When(TransferUnitMembers{"school", "central", "撤点并校", true})) == "ok");
  BOOST_TEST(Then() == (std::vector<std::string>{"volunteer/wang volunteer.transferred",
                                                 "child/c1 child.transferred"}));
  BOOST_TEST(service.LoadChild("county", "c2")->state().unit_id == "school");
}

BOOST_AUTO_TEST_CASE(the_whole_move_goes_to_another_open_unit_with_a_reason) {
  GivenReadyVolunteer("wang");
  BOOST_TEST(Reason(When(TransferUnitMembers{"school", "school", "撤点并校", false})) ==
             "invalid_argument");
  BOOST_TEST(Reason(When(TransferUnitMembers{"school", "central", "", false})) ==
             "invalid_argument");
  BOOST_TEST(Reason(When(TransferUnitMembers{"school", "nowhere", "撤点并校", false})) ==
             "not_found");
  BOOST_TEST(Reason(When(TransferUnitMembers{"nowhere", "central", "撤点并校", false})) ==
             "not_found");
  Given(CloseUnit{"central", "并入他校"});
  BOOST_TEST(Reason(When(TransferUnitMembers{"school", "central", "撤点并校", false})) ==
             "inactive");
  BOOST_TEST(Then().empty());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace homeward::testing
