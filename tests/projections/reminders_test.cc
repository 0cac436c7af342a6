// Reminders at an injected moment about children and volunteers: consents
// and erasures, surveys, monthly contacts across month ends, waivers and
// yearly checks, and the queries. Units' reports: unit_reminders_test.cc;
// transfers between units: transfer_reminders_test.cc.

#include <boost/test/unit_test.hpp>

#include "tests/projections/reminders_fixture.h"

namespace homeward::testing {
namespace {

BOOST_FIXTURE_TEST_SUITE(reminders_test, RemindersFixture)

BOOST_AUTO_TEST_CASE(a_withdrawn_consent_waits_for_the_coordinator_to_confirm_the_erasure) {
  Child("c1");
  const std::string id = "erasure/c1";
  BOOST_TEST(StateOf(id, At("2027-03-01")) == "absent");
  Given("child", "c1",
        ConsentWithdrawn{"c1", ConsentKind::kDataProcessing, ParseDate("2027-03-01").value(), ""},
        At("2027-03-01", 9));
  BOOST_TEST(DueOf(id, At("2027-03-01", 10)) == "2027-03-01");
  BOOST_TEST(StateOf(id, At("2027-03-01", 10)) == "due");
  BOOST_TEST(StateOf(id, At("2027-03-02", 8)) == "overdue");
  Given("child", "c1", ChildDataErased{"c1", "监护人撤回同意"}, At("2027-03-02", 9));
  BOOST_TEST(StateOf(id, At("2027-03-02", 10)) == "done");
  // Withdrawing consent to trips asks for nothing.
  Child("c2");
  Given("child", "c2",
        ConsentWithdrawn{"c2", ConsentKind::kTrips, ParseDate("2027-03-01").value(), ""},
        At("2027-03-01", 9));
  BOOST_TEST(StateOf("erasure/c2", At("2027-03-01", 10)) == "absent");
}

BOOST_AUTO_TEST_CASE(a_child_registered_without_the_guardians_consent_asks_for_it_at_once) {
  Child("hua", "2027-03-01");
  const std::string id = "consent/hua";
  BOOST_TEST(DueOf(id, At("2027-03-01", 13)) == "2027-03-01");
  BOOST_TEST(StateOf(id, At("2027-03-01", 13)) == "due");
  BOOST_TEST(StateOf(id, At("2027-03-02")) == "overdue");
  BOOST_TEST(Row(All(At("2027-03-02"), For("school")), "id", id) != nullptr);
  // A consent to trips is not the one asked for.
  Given("child", "hua",
        ConsentGiven{"hua", ConsentKind::kTrips, "刘奶奶", "外出", "",
                     ParseDate("2027-03-03").value()},
        At("2027-03-03"));
  BOOST_TEST(StateOf(id, At("2027-03-04")) == "overdue");
  Given("child", "hua",
        ConsentGiven{"hua", ConsentKind::kDataProcessing, "刘奶奶", "关爱帮扶",
                     "离开项目后一年删除", ParseDate("2027-03-05").value()},
        At("2027-03-05"));
  BOOST_TEST(StateOf(id, At("2027-03-06")) == "done");
  // A child who left without one asks for nothing, nor one whose data was
  // erased (the guardian refused).
  Child("ming", "2027-03-01");
  Given("child", "ming", ChildLeft{"ming", "随父母外出"}, At("2027-03-02"));
  BOOST_TEST(StateOf("consent/ming", At("2027-03-03")) == "absent");
  Child("qiang", "2027-03-01");
  Given("child", "qiang", ChildDataErased{"qiang", "监护人拒绝"}, At("2027-03-02"));
  BOOST_TEST(StateOf("consent/qiang", At("2027-03-03")) == "absent");
}

BOOST_AUTO_TEST_CASE(a_role_holder_owes_a_contact_each_month_and_month_ends_are_local) {
  Volunteer("wang", "2028-01-01");
  Child("hua");
  Given(Decision{{StreamOf(kOrg, "child", "hua"),
                  CareRoleAssigned{"hua", CareRole::kCaringMother, "wang"}}},
        At("2027-01-15"));
  const std::string jan = "contact/hua/caring_mother/wang/2027-01";
  const std::string feb = "contact/hua/caring_mother/wang/2027-02";
  BOOST_TEST(DueOf(jan, At("2027-01-20")) == "2027-01-31");
  // 23:30 on 31 January, local time, is a January contact (15:30 UTC).
  Given("child", "hua",
        ContactRecorded{"hua", "k1", ContactKind::kPhoneCall, "wang", At("2027-01-31", 23, 30), 10,
                        ""},
        At("2027-01-31", 23, 31));
  BOOST_TEST(StateOf(jan, At("2027-02-01")) == "done");
  BOOST_TEST(StateOf(feb, At("2027-02-01")) == "upcoming");
  BOOST_TEST(StateOf(feb, At("2027-03-01", 0, 1)) == "overdue");
  // A contact by someone else does not answer it.
  Given("child", "hua",
        ContactRecorded{"hua", "k2", ContactKind::kTalk, "li", At("2027-02-10"), 10, ""},
        At("2027-02-10"));
  BOOST_TEST(StateOf(feb, At("2027-03-02")) == "overdue");
  BOOST_TEST(StateOf("contact/hua/caring_mother/wang/2027-03", At("2027-03-02")) == "upcoming");
}

BOOST_AUTO_TEST_CASE(an_ended_role_stops_owing_contacts) {
  Volunteer("wang", "2028-01-01");
  Child("hua");
  Given("child", "hua", CareRoleAssigned{"hua", CareRole::kProxyParent, "wang"}, At("2027-01-15"));
  Given("child", "hua", CareRoleEnded{"hua", CareRole::kProxyParent, "wang", "moved"},
        At("2027-02-10"));
  BOOST_TEST(StateOf("contact/hua/proxy_parent/wang/2027-02", At("2027-04-01")) == "overdue");
  BOOST_TEST(StateOf("contact/hua/proxy_parent/wang/2027-03", At("2027-04-01")) == "absent");
}

BOOST_AUTO_TEST_CASE(a_survey_is_due_half_yearly_and_the_next_counts_from_the_last) {
  Child("hua", "2027-01-10");
  BOOST_TEST(DueOf("survey/hua/2027-07-10", At("2027-02-01")) == "2027-07-10");
  Given("child", "hua",
        SurveyRecorded{"hua", ParseDate("2027-07-01").value(), "督导员", GuardianshipRating::kGood,
                       ""},
        At("2027-07-01"));
  BOOST_TEST(StateOf("survey/hua/2027-07-10", At("2027-07-02")) == "done");
  BOOST_TEST(StateOf("survey/hua/2028-01-01", At("2027-07-02")) == "upcoming");
}

BOOST_AUTO_TEST_CASE(a_new_version_of_the_waiver_asks_a_help_pair_to_sign_again_while_it_lasts) {
  Volunteer("cadre", "2028-01-01");
  Child("hua");
  Given("child", "hua", HelpPairFormed{"hua", "cadre"}, At("2027-02-03"));
  const std::string id = "care_waiver/hua/help_pair/cadre";
  BOOST_TEST(StateOf(id, At("2027-03-01")) == "absent");
  Given("unit", "school", WaiverPublished{"school", "v2", "特别承诺（修订）"}, At("2027-04-01"));
  BOOST_TEST(DueOf(id, At("2027-04-02")) == "2027-04-01");
  BOOST_TEST(StateOf(id, At("2027-04-02")) == "overdue");
  // A pair that ended needs no waiver any more.
  Given("child", "hua", HelpPairEnded{"hua", "cadre", "结对结束"}, At("2027-04-03"));
  BOOST_TEST(StateOf(id, At("2027-04-04")) == "absent");
}

BOOST_AUTO_TEST_CASE(surveys_recorded_out_of_order_chain_by_the_day_they_were_done) {
  // Given a child registered in March 2024 whose March 2025 survey is
  // recorded before the paper form of September 2024.
  Child("hua", "2024-03-10");
  Given("child", "hua",
        ConsentGiven{"hua", ConsentKind::kDataProcessing, "刘奶奶", "关爱帮扶",
                     "离开项目后一年删除", ParseDate("2024-03-10").value()},
        At("2024-03-10"));
  Given("child", "hua",
        SurveyRecorded{"hua", ParseDate("2025-03-05").value(), "督导员", GuardianshipRating::kGood,
                       ""},
        At("2025-03-05"));
  Given("child", "hua",
        SurveyRecorded{"hua", ParseDate("2024-09-02").value(), "督导员", GuardianshipRating::kGood,
                       "纸质表"},
        At("2025-03-20"));
  // Then the paper form answers the first, the March survey the second,
  const std::int64_t now = At("2025-04-01");
  BOOST_TEST(StateOf("survey/hua/2024-09-10", now) == "done");
  BOOST_TEST(StateOf("survey/hua/2025-03-02", now) == "done");
  // and the next is due six months after the latest, not yet done.
  BOOST_TEST(StateOf("survey/hua/2025-09-05", now) == "upcoming");
  const boost::json::value overdue = All(now, For("", true));
  BOOST_TEST(overdue.as_array().empty());
  // A second survey on the same day answers nothing new.
  Given("child", "hua",
        SurveyRecorded{"hua", ParseDate("2025-03-05").value(), "督导员", GuardianshipRating::kGood,
                       "重复"},
        At("2025-03-25"));
  BOOST_TEST(StateOf("survey/hua/2025-09-05", now) == "upcoming");
}

BOOST_AUTO_TEST_CASE(a_help_pair_owes_a_contact_each_month_until_it_ends) {
  // Given cadre paired with hua (结对帮扶) on 3 February.
  Volunteer("cadre", "2028-01-01");
  Child("hua");
  Given("child", "hua", HelpPairFormed{"hua", "cadre"}, At("2027-02-03"));
  const std::string feb = "contact/hua/help_pair/cadre/2027-02";
  const std::string mar = "contact/hua/help_pair/cadre/2027-03";
  // Then cadre owes a contact in February, by its last day.
  const boost::json::value mine = All(At("2027-02-04"), For("cadre"));
  const boost::json::object* row = Row(mine, "id", feb);
  BOOST_REQUIRE(row != nullptr);
  BOOST_TEST(row->at("kind").as_string() == "monthly_contact");
  BOOST_TEST(row->at("due").as_string() == "2027-02-28");
  BOOST_TEST(row->at("state").as_string() == "upcoming");
  // A contact by someone else does not answer it.
  Given("child", "hua",
        ContactRecorded{"hua", "k1", ContactKind::kTalk, "li", At("2027-02-10"), 10, ""},
        At("2027-02-10"));
  BOOST_TEST(StateOf(feb, At("2027-03-01", 0, 1)) == "overdue");
  // One by cadre in March answers March's.
  Given("child", "hua",
        ContactRecorded{"hua", "k2", ContactKind::kPhoneCall, "cadre", At("2027-03-05"), 10, ""},
        At("2027-03-05"));
  BOOST_TEST(StateOf(mar, At("2027-03-06")) == "done");
  // An ended pair owes the month it ended in and none after.
  Given("child", "hua", HelpPairEnded{"hua", "cadre", "调动"}, At("2027-04-10"));
  BOOST_TEST(StateOf("contact/hua/help_pair/cadre/2027-04", At("2027-05-02")) == "overdue");
  BOOST_TEST(StateOf("contact/hua/help_pair/cadre/2027-05", At("2027-05-02")) == "absent");
}

BOOST_AUTO_TEST_CASE(the_yearly_check_is_renewed_before_it_expires) {
  Volunteer("wang", "2027-12-31");
  const std::string id = "vetting/wang/2027-12-31";
  BOOST_TEST(StateOf(id, At("2027-11-15")) == "upcoming");
  BOOST_TEST(StateOf(id, At("2027-12-05")) == "due");
  BOOST_TEST(StateOf(id, At("2028-01-01", 0, 1)) == "overdue");
  Given("volunteer", "wang",
        VolunteerVetted{"wang", "police", ParseDate("2027-12-20").value(),
                        ParseDate("2028-12-20").value()},
        At("2027-12-20"));
  BOOST_TEST(StateOf(id, At("2028-01-02")) == "done");
  BOOST_TEST(StateOf("vetting/wang/2028-12-20", At("2028-01-02")) == "upcoming");
}

BOOST_AUTO_TEST_CASE(queries_select_by_due_dates_person_and_overdue) {
  Volunteer("wang", "2027-12-31");
  const std::int64_t now = At("2027-06-15");
  const boost::json::value june = All(now, Between("2027-06-01", "2027-06-30"));
  BOOST_TEST(!june.as_array().empty());
  for (const auto& r : june.as_array()) {
    BOOST_TEST(r.at("due").as_string() >= "2027-06-01");
    BOOST_TEST(r.at("due").as_string() <= "2027-06-30");
  }
  const boost::json::value overdue = All(now, For("", true));
  BOOST_TEST(!overdue.as_array().empty());
  for (const auto& r : overdue.as_array()) BOOST_TEST(r.at("state").as_string() == "overdue");
  const boost::json::value wang = All(now, For("wang"));
  BOOST_TEST(!wang.as_array().empty());
  for (const auto& r : wang.as_array()) BOOST_TEST(r.at("for").as_string() == "wang");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::testing
