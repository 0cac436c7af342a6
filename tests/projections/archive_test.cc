// The archive card (档案卡): the card as it stands, every contact in time
// order, every survey, the counseling sessions and the aid received.

#include "projections/archive.h"

#include <boost/test/unit_test.hpp>

#include "tests/projections/view_fixture.h"

namespace homeward::testing {
namespace {

// 小花 of 马岭小学, registered by her head teacher.
struct Archive : ViewFixture<ArchiveState> {
  Archive() {
    ArchiveCard card;
    card.name = "小花";
    card.school = "马岭小学";
    Given("child", "hua", ChildRegistered{"hua", "school", card, "teacher"}, At("2027-01-02"));
  }
  boost::json::value Card() { return ArchiveCardOf(state(), kOrg, "hua").value(); }
};

BOOST_FIXTURE_TEST_SUITE(archive_test, Archive)

BOOST_AUTO_TEST_CASE(the_archive_card_lists_every_contact_in_time_order_after_corrections) {
  Given("child", "hua",
        ContactRecorded{"hua", "k2", ContactKind::kHomeVisit, "wang", At("2027-03-05"), 60, "家访"},
        At("2027-03-05"));
  Given("child", "hua",
        ContactRecorded{"hua", "k1", ContactKind::kPhoneCall, "wang", At("2027-03-01"), 10, "电话"},
        At("2027-03-06"));
  Given("child", "hua",
        ContactCorrected{"hua", "k2", ContactKind::kHomeVisit, "wang", At("2027-03-04"), 90, "家访",
                         "时长"},
        At("2027-03-07"));
  const boost::json::value c = ArchiveCardOf(state(), kOrg, "hua").value();
  BOOST_TEST(c.at("card").at("name").as_string() == "小花");
  const auto& contacts = c.at("contacts").as_array();
  BOOST_REQUIRE(contacts.size() == 2u);
  BOOST_TEST(contacts[0].at("contact_id").as_string() == "k1");
  BOOST_TEST(contacts[1].at("minutes").to_number<std::int64_t>() == 90);
  BOOST_TEST(contacts[1].at("corrections").to_number<std::int64_t>() == 1);
  BOOST_TEST(ArchiveCardOf(state(), kOrg, "nobody").status().code() == Code::kNotFound);
}

BOOST_AUTO_TEST_CASE(every_survey_counseling_session_and_aid_goes_on_the_card) {
  // Given two surveys, the later one recorded first.
  Given("child", "hua",
        SurveyRecorded{"hua", ParseDate("2027-07-01").value(), "李老师", GuardianshipRating::kFair,
                       "奶奶腿脚不便"},
        At("2027-07-02"));
  Given("child", "hua",
        SurveyRecorded{"hua", ParseDate("2027-01-05").value(), "李老师", GuardianshipRating::kGood,
                       "学习认真"},
        At("2027-07-03"));
  // And a group session she took part in, with the counselor's notes, and
  // one without her.
  Given("activity", "talk",
        SessionRecorded{"talk", "zhou", SessionOutcome::kHeld, true, {"hua", "ming"}, "保密内容"},
        At("2027-03-10"));
  Given("activity", "talk2",
        SessionRecorded{"talk2", "zhou", SessionOutcome::kHeld, false, {"ming"}, "保密"},
        At("2027-03-11"));
  // And a school bag from a sponsor on the trip.
  Given("child", "hua", AidDistributed{"trip", "hua", "爱心企业", "书包", 1}, At("2027-06-01"));
  const boost::json::value card = Card();
  // Then the surveys are in the order done, with their notes.
  const auto& surveys = card.at("surveys").as_array();
  BOOST_REQUIRE(surveys.size() == 2u);
  BOOST_TEST(surveys[0].at("surveyed_on").as_string() == "2027-01-05");
  BOOST_TEST(surveys[0].at("notes").as_string() == "学习认真");
  BOOST_TEST(surveys[1].at("guardianship_rating").as_string() == "fair");
  // And the card stands as the latest survey done left it, not the last recorded.
  BOOST_TEST(card.at("last_survey").as_string() == "2027-07-01");
  BOOST_TEST(card.at("card").at("guardianship_rating").as_string() == "fair");
  // And the session is hers alone to see, without the counselor's notes.
  const auto& counseling = card.at("counseling").as_array();
  BOOST_REQUIRE(counseling.size() == 1u);
  BOOST_TEST(counseling[0].at("activity_id").as_string() == "talk");
  BOOST_TEST(counseling[0].at("counselor_id").as_string() == "zhou");
  BOOST_TEST(boost::json::serialize(card).find("保密") == std::string::npos);
  // And the aid names the donor, the gift and how many.
  const auto& aid = card.at("aid").as_array();
  BOOST_REQUIRE(aid.size() == 1u);
  BOOST_TEST(aid[0].at("what").as_string() == "书包");
  BOOST_TEST(aid[0].at("quantity").to_number<std::int64_t>() == 1);
}

BOOST_AUTO_TEST_CASE(an_erasure_takes_the_survey_notes_off_the_card) {
  Given("child", "hua",
        SurveyRecorded{"hua", ParseDate("2027-01-05").value(), "李老师", GuardianshipRating::kGood,
                       "学习认真"},
        At("2027-01-06"));
  Given("child", "hua", ChildDataErased{"hua", "监护人撤回同意"}, At("2027-02-01"));
  const boost::json::value card = Card();
  BOOST_TEST(card.at("erased").as_bool());
  BOOST_TEST(card.at("surveys").as_array()[0].at("notes").as_string() == "[erased]");
  BOOST_TEST(boost::json::serialize(card).find("学习认真") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_card_carries_the_childs_stream_version_for_an_update_to_send) {
  BOOST_TEST(Card().at("version").to_number<std::uint64_t>() == 1u);
  BOOST_TEST(!Card().at("erased").as_bool());
  Given("child", "hua", CardReviewed{"hua", "吴老师"}, At("2027-01-03"));
  Given("child", "hua",
        ContactRecorded{"hua", "k1", ContactKind::kPhoneCall, "wang", At("2027-01-04"), 10, "电话"},
        At("2027-01-04"));
  BOOST_TEST(Card().at("version").to_number<std::uint64_t>() == 3u);
  // Another child's events leave it be.
  Given("child", "ming", ChildRegistered{"ming", "school", ArchiveCard{}, "teacher"},
        At("2027-01-05"));
  BOOST_TEST(Card().at("version").to_number<std::uint64_t>() == 3u);
}

BOOST_AUTO_TEST_CASE(the_card_says_while_the_consent_to_processing_stands_withdrawn) {
  BOOST_TEST(!Card().at("consent_withdrawn").as_bool());  // never given is not withdrawn
  const Date day = ParseDate("2027-01-03").value();
  Given("child", "hua",
        ConsentGiven{"hua", ConsentKind::kDataProcessing, "刘奶奶", "关爱", "", day},
        At("2027-01-03"));
  Given("child", "hua", ConsentWithdrawn{"hua", ConsentKind::kTrips, day, "不外出"},
        At("2027-01-04"));
  BOOST_TEST(!Card().at("consent_withdrawn").as_bool());  // another kind's
  Given("child", "hua", ConsentWithdrawn{"hua", ConsentKind::kDataProcessing, day, "不再参加"},
        At("2027-01-05"));
  BOOST_TEST(Card().at("consent_withdrawn").as_bool());
  Given("child", "hua",
        ConsentGiven{"hua", ConsentKind::kDataProcessing, "刘奶奶", "关爱", "", day},
        At("2027-01-06"));
  BOOST_TEST(!Card().at("consent_withdrawn").as_bool());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::testing
