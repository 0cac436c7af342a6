// The waiver (特别承诺) a volunteer needs is the one of the unit that runs the
// work: the trip's organizer, the child's unit, the library build's unit.
// Only where that unit published none does their own unit's waiver count.

#include <boost/test/unit_test.hpp>

#include "tests/engine/people_fixture.h"

namespace homeward::testing {
namespace {

constexpr std::int64_t kHour = 3600LL * 1000000;
constexpr std::int64_t kStart = 1811811600LL * 1000000;  // 2027-06-01 09:00 in Shiyan

// The school (waiver "2027-v1") and a village committee with a waiver of its
// own; "cun", a vetted volunteer of the village who accepted the village's.
struct TwoUnits : PeopleFixture {
  TwoUnits() {
    Given(CreateUnit{"village", "马岭村委会", UnitKind::kVillage, "office", ""});
    Given(PublishWaiver{"village", "村-2027", "参加本村活动的志愿者同意……"});
    RegisterVolunteer cun = Volunteer("cun");
    cun.unit_id = "village";
    Given(cun);
    Given(VetVolunteer{"cun", "派出所", D("2027-01-10"), std::nullopt});
    Given(AcceptWaiver{"cun", "村-2027"});
  }
  void GivenActivity(const std::string& id, const std::string& unit,
                     ActivityKind kind = ActivityKind::kTrip) {
    PlanActivity plan;
    plan.activity_id = id;
    plan.unit_id = unit;
    plan.kind = kind;
    plan.title = id;
    plan.starts_at_us = kStart;
    plan.ends_at_us = kStart + 8 * kHour;
    plan.children_capacity = 30;
    Given(plan);
    if (kind == ActivityKind::kLibraryBuild) return;
    Given(AddSlot{id, "volunteers", "义工", 15, true, false, true});
    Given(OpenRecruitment{id});
  }
  Result<AppendResult> SignUpCun(const std::string& activity) {
    return When(SignUp{activity, "volunteers", "cun", ""});
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(waiver_test, TwoUnits)

BOOST_AUTO_TEST_CASE(joining_another_units_trip_needs_that_units_waiver) {
  GivenActivity("trip", "school");
  auto refused = SignUpCun("trip");
  BOOST_TEST(Reason(refused) == "waiver_missing");
  BOOST_TEST(refused.status().message().find("马岭小学") != std::string::npos);

  BOOST_TEST(Reason(When(AcceptWaiver{"cun", "2027-v1", "school"})) == "ok");
  BOOST_TEST(Then() == std::vector<std::string>{"volunteer/cun volunteer.waiver_accepted"},
             boost::test_tools::per_element());
  const VolunteerState cun = service.LoadVolunteer("county", "cun")->state();
  BOOST_TEST(cun.AcceptedWaiver("school") == "2027-v1");
  BOOST_TEST(cun.AcceptedWaiver("village") == "村-2027");  // their own still stands
  BOOST_TEST(Reason(SignUpCun("trip")) == "ok");
}

BOOST_AUTO_TEST_CASE(a_new_version_of_the_organizers_waiver_must_be_accepted_again) {
  GivenActivity("trip", "school");
  Given(AcceptWaiver{"cun", "2027-v1", "school"});
  Given(PublishWaiver{"school", "2027-v2", "特别承诺(修订)"});
  auto refused = SignUpCun("trip");
  BOOST_TEST(Reason(refused) == "waiver_missing");
  BOOST_TEST(refused.status().message().find("2027-v2") != std::string::npos);
  Given(AcceptWaiver{"cun", "2027-v2", "school"});
  BOOST_TEST(Reason(SignUpCun("trip")) == "ok");
}

BOOST_AUTO_TEST_CASE(where_the_organizer_published_none_the_volunteers_own_waiver_counts) {
  GivenActivity("meeting", "office");  // the county office has no waiver
  BOOST_TEST(Reason(SignUpCun("meeting")) == "ok");

  // A volunteer of a unit without a waiver, who accepted none, may not.
  Given(CreateUnit{"team", "青年志愿队", UnitKind::kOther, "office", ""});
  RegisterVolunteer lone = Volunteer("lone");
  lone.unit_id = "team";
  Given(lone);
  Given(VetVolunteer{"lone", "派出所", D("2027-01-10"), std::nullopt});
  BOOST_TEST(Reason(When(SignUp{"meeting", "volunteers", "lone", ""})) == "waiver_missing");
}

BOOST_AUTO_TEST_CASE(the_fallback_is_the_current_version_of_the_volunteers_own_waiver) {
  GivenActivity("meeting", "office");
  Given(PublishWaiver{"village", "村-2028", "参加本村活动的志愿者同意(修订)……"});
  BOOST_TEST(Reason(SignUpCun("meeting")) == "waiver_missing");
  Given(AcceptWaiver{"cun", "村-2028"});
  BOOST_TEST(Reason(SignUpCun("meeting")) == "ok");
}

BOOST_AUTO_TEST_CASE(an_acceptance_recorded_before_waivers_named_their_unit_is_of_the_own_unit) {
  // volunteer.waiver_accepted of schema version 1 named no unit.
  GivenRecorded({{VolunteerStream("county", "cun"), WaiverAccepted{"cun", "旧版", ""}}});
  const VolunteerState cun = service.LoadVolunteer("county", "cun")->state();
  BOOST_TEST(cun.AcceptedWaiver("village") == "旧版");
  BOOST_TEST(cun.AcceptedWaiver("").empty());
  BOOST_TEST(cun.waivers.size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_care_role_needs_the_waiver_of_the_childs_unit) {
  GivenChildWithConsent("c1");  // a child of the school
  const AssignCareRole role{"c1", CareRole::kHappyCompanion, "cun"};
  BOOST_TEST(Reason(When(role)) == "waiver_missing");
  Given(AcceptWaiver{"cun", "2027-v1", "school"});
  BOOST_TEST(Reason(When(role)) == "ok");
}

BOOST_AUTO_TEST_CASE(a_library_build_needs_the_waiver_of_the_builds_unit) {
  GivenActivity("library", "school", ActivityKind::kLibraryBuild);
  RegisterVolunteer family = Volunteer("family", {VolunteerKind::kCaringFamily});
  family.unit_id = "village";
  family.details.family_members = 3;
  Given(family);
  Given(VetVolunteer{"family", "派出所", D("2027-01-10"), std::nullopt});
  Given(AcceptWaiver{"family", "村-2027"});
  BOOST_TEST(Reason(When(JoinLibraryBuild{"library", "family"})) == "waiver_missing");
  Given(AcceptWaiver{"family", "2027-v1", "school"});
  BOOST_TEST(Reason(When(JoinLibraryBuild{"library", "family"})) == "ok");
}

BOOST_AUTO_TEST_CASE(only_an_open_units_current_waiver_can_be_accepted) {
  BOOST_TEST(Reason(When(AcceptWaiver{"cun", "2027-v1", "nowhere"})) == "not_found");
  BOOST_TEST(Reason(When(AcceptWaiver{"cun", "村-2027", "school"})) == "waiver_missing");
  Given(CloseUnit{"school", "合并"});
  BOOST_TEST(Reason(When(AcceptWaiver{"cun", "2027-v1", "school"})) == "inactive");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace homeward::testing
