// Units (a tree with time zones and settings) and a volunteer's own record.

#include <boost/test/unit_test.hpp>

#include "engine/time_zone.h"
#include "tests/engine/opened_state.h"
#include "tests/engine/people_fixture.h"

namespace homeward::testing {

BOOST_FIXTURE_TEST_SUITE(unit_volunteer_test, PeopleFixture)

BOOST_AUTO_TEST_CASE(a_unit_keeps_its_time_zone_and_an_unknown_zone_is_refused) {
  BOOST_TEST(service.LoadUnit("county", "school")->state().time_zone == "Asia/Shanghai");
  Given(CreateUnit{"urumqi", "乌鲁木齐站", UnitKind::kOther, "office", "Asia/Urumqi"});
  BOOST_TEST(service.LoadUnit("county", "urumqi")->state().time_zone == "Asia/Urumqi");
  auto bad = When(CreateUnit{"x", "x", UnitKind::kOther, "office", "Mars/Olympus"});
  BOOST_TEST(Reason(bad) == "invalid_argument");
  BOOST_TEST(bad.status().message().find("Mars/Olympus") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_local_day_follows_the_units_zone) {
  // 2027-02-28 17:00 UTC is already 1 March in Shanghai, still 28 February in London.
  const std::int64_t at = 1803834000LL * 1000000;
  BOOST_TEST(FormatDate(LocalDate(at, "Asia/Shanghai").value()) == "2027-03-01");
  BOOST_TEST(FormatDate(LocalDate(at, "Europe/London").value()) == "2027-02-28");
}

BOOST_AUTO_TEST_CASE(seconds_split_into_a_day_and_a_time_of_day_before_1970_too) {
  BOOST_TEST(FormatDate(SplitDay(86399).day) == "1970-01-01");
  BOOST_TEST(SplitDay(86400).seconds == 0);
  const DayAndSeconds before = SplitDay(-1);  // 1969-12-31 23:59:59
  BOOST_TEST(FormatDate(before.day) == "1969-12-31");
  BOOST_TEST(before.seconds == 86399);
  BOOST_TEST(FormatDate(SplitDay(-86400).day) == "1969-12-31");
  BOOST_TEST(FormatDate(SplitDay(-86401).day) == "1969-12-30");
}

BOOST_AUTO_TEST_CASE(units_are_renamed_moved_and_closed) {
  Given(CreateUnit{"town", "城关镇", UnitKind::kTownship, "office", ""});
  Given(RenameUnit{"school", "马岭村小学"});
  Given(MoveUnit{"school", "town"});
  UnitState school = service.LoadUnit("county", "school")->state();
  BOOST_TEST(school.name == "马岭村小学");
  BOOST_TEST(school.parent_id == "town");
  BOOST_TEST(Reason(When(MoveUnit{"office", "school"})) == "invalid_argument");  // a cycle
  BOOST_TEST(Reason(When(MoveUnit{"town", "town"})) == "invalid_argument");
  // A unit with an open sub-unit does not close until it is moved (or closed).
  auto refused = When(CloseUnit{"town", "撤并"});
  BOOST_TEST(Reason(refused) == "unit_in_use");
  BOOST_TEST(refused.status().message() ==
             "unit '城关镇' still has open sub-units 'school' (1 in all) to move or close first");
  Given(MoveUnit{"school", "office"});
  Given(CloseUnit{"town", "撤并"});
  BOOST_TEST(Reason(When(RenameUnit{"town", "x"})) == "inactive");
  BOOST_TEST(Reason(When(CreateUnit{"y", "y", UnitKind::kVillage, "town", ""})) == "inactive");
  BOOST_TEST(Reason(When(CreateUnit{"school", "again", UnitKind::kSchool, "", ""})) ==
             "already_exists");
}

BOOST_AUTO_TEST_CASE(a_volunteer_is_registered_with_the_record_fields_and_corrected) {
  RegisterVolunteer family = Volunteer("v1", {VolunteerKind::kCaringFamily});
  family.details.id_number = "420321198505201231";
  family.details.residence_area = "十堰市张湾区";
  family.details.contact = "13812345678";
  family.details.skills = {"绘画"};
  family.details.service_categories = {"关爱留守儿童"};
  family.details.family_members = 3;
  Given(family);
  VolunteerDetails corrected = family.details;
  corrected.contact = "13887654321";
  BOOST_TEST(Reason(When(CorrectVolunteerDetails{"v1", corrected, "本人申请更正"})) == "ok");
  const VolunteerState v = service.LoadVolunteer("county", "v1")->state();
  BOOST_TEST(v.details.contact == "13887654321");
  BOOST_TEST(v.details.family_members == 3u);
  BOOST_TEST(Reason(When(CorrectVolunteerDetails{"v1", corrected, ""})) == "invalid_argument");
  BOOST_TEST(Reason(When(Volunteer("v1"))) == "already_exists");
}

BOOST_AUTO_TEST_CASE(a_volunteer_updates_how_to_reach_them_and_nothing_of_who_they_are) {
  // Given a volunteer registered with an identity number and a phone
  RegisterVolunteer mother = Volunteer("v1", {VolunteerKind::kPartyMember});
  mother.details.id_number = "420303198505201239";
  mother.details.contact = "13800000001";
  mother.details.residence_area = "马岭村";
  Given(mother);
  // When she updates her phone, where she lives and her skills
  const std::vector<std::string> skills = {"急救", "心理疏导"};
  const auto updated = When(UpdateContactDetails{"v1", "13900000002", "十堰市张湾区", skills});
  // Then they are recorded as a correction of her details, the rest as registered
  BOOST_TEST(Reason(updated) == "ok");
  VolunteerState v = testing::OpenedVolunteer(log, "county", "v1");
  BOOST_TEST(v.details.contact == "13900000002");
  BOOST_TEST(v.details.residence_area == "十堰市张湾区");
  BOOST_TEST(v.details.skills == skills);
  BOOST_TEST(v.details.name == "志愿者v1");
  BOOST_TEST(v.details.id_number == "420303198505201239");
  BOOST_TEST(v.details.Is(VolunteerKind::kPartyMember));
  // and the same again changes nothing, so it is refused
  BOOST_TEST(Reason(When(UpdateContactDetails{"v1", "13900000002", "十堰市张湾区", skills})) ==
             "invalid_argument");
  BOOST_TEST(Reason(When(UpdateContactDetails{"v1", {}, {}, {}})) == "invalid_argument");
  // and a field left out stays as recorded, one given empty is cleared.
  BOOST_TEST(Reason(When(UpdateContactDetails{"v1", {}, "", {}})) == "ok");
  v = testing::OpenedVolunteer(log, "county", "v1");
  BOOST_TEST(v.details.residence_area == "");
  BOOST_TEST(v.details.contact == "13900000002");
  BOOST_TEST(v.details.skills == skills);
  BOOST_TEST(Reason(When(UpdateContactDetails{"nobody", "1", {}, {}})) == "not_found");
  // Once her personal data is erased there is nothing of hers to update.
  Given(EraseVolunteerData{"v1", "本人要求"});
  BOOST_TEST(Reason(When(UpdateContactDetails{"v1", "13700000003", {}, {}})) == "inactive");
}

BOOST_AUTO_TEST_CASE(a_check_is_valid_for_one_year_by_default) {
  Given(Volunteer("v1"));
  Given(VetVolunteer{"v1", "派出所", D("2027-01-10"), std::nullopt});
  BOOST_TEST(FormatDate(*service.LoadVolunteer("county", "v1")->state().vetted_until) ==
             "2028-01-09");
  BOOST_TEST(Reason(When(VetVolunteer{"v1", "派出所", D("2027-01-10"), D("2029-01-10")})) ==
             "invalid_argument");  // longer than the law's year
  BOOST_TEST(Reason(When(VetVolunteer{"v1", "派出所", D("2027-06-01"), std::nullopt})) ==
             "invalid_argument");  // in the future
}

BOOST_AUTO_TEST_CASE(a_waiver_other_than_the_current_one_cannot_be_accepted) {
  Given(PublishWaiver{"school", "2027-v2", "特别承诺……"});
  Given(Volunteer("v1"));
  auto stale = When(AcceptWaiver{"v1", "2027-v1"});
  BOOST_TEST(Reason(stale) == "waiver_missing");
  BOOST_TEST(stale.status().details().at(1).second == "2027-v2");  // the current one
  BOOST_TEST(Reason(When(AcceptWaiver{"v1", "2027-v2"})) == "ok");
  BOOST_TEST(Reason(When(AcceptWaiver{"v1", "2027-v2"})) == "already_exists");
  BOOST_TEST(Reason(When(PublishWaiver{"school", "2027-v2", "again"})) == "already_exists");
}

BOOST_AUTO_TEST_CASE(an_id_number_with_a_typo_or_another_birth_date_is_refused) {
  RegisterVolunteer typo = Volunteer("v1");
  typo.details.id_number = "420321198505201234";  // the check character should be 1
  auto refused = When(typo);
  BOOST_TEST(Reason(refused) == "invalid_argument");
  BOOST_TEST(refused.status().message().find("check character") != std::string::npos);
  RegisterVolunteer other = Volunteer("v1", {}, "1985-05-21");
  other.details.id_number = "420321198505201231";
  const std::string message = When(other).status().message();
  BOOST_TEST(message.find("differs from the date of birth") != std::string::npos);
  // The refusal names no digits of the number: it is personal data.
  BOOST_TEST(message.find("420321") == std::string::npos);
  BOOST_TEST(message.find("1985") == std::string::npos);
  RegisterVolunteer undated = Volunteer("v1");
  undated.details.date_of_birth = Date{};
  BOOST_TEST(Reason(When(undated)) == "invalid_argument");
}

BOOST_AUTO_TEST_CASE(no_waiver_can_be_accepted_where_none_is_published) {
  Given(CreateUnit{"village", "马岭村", UnitKind::kVillage, "office", ""});
  RegisterVolunteer v = Volunteer("v1");
  v.unit_id = "village";
  Given(v);
  BOOST_TEST(Reason(When(AcceptWaiver{"v1", "anything"})) == "not_found");
}

BOOST_AUTO_TEST_CASE(a_unit_can_move_back_to_the_top) {
  Given(MoveUnit{"school", ""});
  BOOST_TEST(service.LoadUnit("county", "school")->state().parent_id.empty());
}

BOOST_AUTO_TEST_CASE(a_retry_with_the_same_key_gets_the_first_answer_not_a_refusal) {
  ctx.idempotency_key = "register-v1";
  auto first = When(Volunteer("v1"));
  BOOST_REQUIRE(first.ok());
  auto retry = When(Volunteer("v1"));
  BOOST_REQUIRE(retry.ok());
  BOOST_TEST(retry->replayed);
  BOOST_TEST(retry->positions == first->positions, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace homeward::testing
