// Each reminder is made once and speaks to whoever must act: an answer on
// the day a series began, a role given back within a month or the same
// expiry recorded twice make no second reminder; a volunteer is told what
// they lack for an activity; a notice nobody answered ends with the
// activity; and the reminders asked for one person are exactly theirs of
// everyone's, over a long generated log.

#include <boost/test/unit_test.hpp>
#include <map>
#include <set>

#include "bench/event_generator.h"
#include "tests/projections/reminders_fixture.h"

namespace homeward::testing {
namespace {

namespace json = boost::json;

// How many rows of `all` have id `id`.
int Count(const json::value& all, std::string_view id) {
  int n = 0;
  for (const json::value& row : all.as_array()) n += row.at("id").as_string() == id ? 1 : 0;
  return n;
}

BOOST_FIXTURE_TEST_SUITE(reminder_ids_test, RemindersFixture)

BOOST_AUTO_TEST_CASE(a_survey_on_the_day_of_registration_starts_the_count_without_a_second_row) {
  Child("hua", "2027-01-10");
  Given("child", "hua",
        SurveyRecorded{"hua", ParseDate("2027-01-10").value(), "督导员", GuardianshipRating::kGood,
                       "登记当天"},
        At("2027-01-10", 15));
  const json::value all = All(At("2027-02-01"));
  BOOST_TEST(Count(all, "survey/hua/2027-07-10") == 1);
  BOOST_TEST(StateOf("survey/hua/2027-07-10", At("2027-02-01")) == "upcoming");
}

BOOST_AUTO_TEST_CASE(a_role_given_back_within_a_month_owes_that_months_contact_once) {
  Volunteer("wang", "2028-01-01");
  Child("hua");
  Given("child", "hua", CareRoleAssigned{"hua", CareRole::kCaringMother, "wang"}, At("2027-02-03"));
  Given("child", "hua", CareRoleEnded{"hua", CareRole::kCaringMother, "wang", "误操作"},
        At("2027-02-10"));
  Given("child", "hua", CareRoleAssigned{"hua", CareRole::kCaringMother, "wang"}, At("2027-02-11"));
  const std::string feb = "contact/hua/caring_mother/wang/2027-02";
  BOOST_TEST(Count(All(At("2027-02-12")), feb) == 1);
  Given("child", "hua",
        ContactRecorded{"hua", "k1", ContactKind::kPhoneCall, "wang", At("2027-02-20"), 10, ""},
        At("2027-02-20"));
  const json::value after = All(At("2027-02-21"));
  BOOST_TEST(Count(after, feb) == 1);
  BOOST_TEST(StateOf(feb, At("2027-02-21")) == "done");
  BOOST_TEST(Count(All(At("2027-03-02")), "contact/hua/caring_mother/wang/2027-03") == 1);
}

BOOST_AUTO_TEST_CASE(books_given_on_the_day_the_library_is_built_start_the_count_once) {
  Activity("lib", ActivityKind::kLibraryBuild, At("2027-05-10"));
  Given("activity", "lib", ActivityCompleted{"lib"}, At("2027-05-10", 18));
  Given("activity", "lib", BooksDonated{"lib", "图书馆", "books", 100, true}, At("2027-05-10", 19));
  BOOST_TEST(Count(All(At("2027-05-11")), "restock/lib/2027-08-10") == 1);
  BOOST_TEST(StateOf("restock/lib/2027-08-10", At("2027-05-11")) == "upcoming");
}

BOOST_AUTO_TEST_CASE(the_same_expiry_recorded_again_is_one_check_still_to_renew) {
  Volunteer("wang", "2027-12-31");
  Given("volunteer", "wang",
        VolunteerVetted{"wang", "police", ParseDate("2027-03-01").value(),
                        ParseDate("2027-12-31").value()},
        At("2027-03-01"));
  const std::string id = "vetting/wang/2027-12-31";
  BOOST_TEST(Count(All(At("2027-12-05")), id) == 1);
  BOOST_TEST(StateOf(id, At("2027-12-05")) == "due");
}

BOOST_AUTO_TEST_CASE(a_volunteer_is_told_what_they_lack_for_an_activity) {
  Volunteer("wang", "2027-05-20");  // valid at the sign-up, expired by 1 June
  const std::int64_t starts = At("2027-06-01", 9);
  Activity("trip", ActivityKind::kTrip, starts);
  Given("activity", "trip", SignedUp{"trip", "escort", "wang", starts, starts + 1, ""},
        At("2027-05-02"));
  const json::value mine = All(At("2027-05-03"), For("wang"));
  const json::object* row = Row(mine, "id", "readiness/trip/wang");
  BOOST_REQUIRE(row != nullptr);
  BOOST_TEST(row->at("for").as_string() == "wang");
  BOOST_TEST(row->at("subject").as_string() == "trip");  // which activity it is about
  BOOST_TEST(row->at("unit_id").as_string() == "school");
}

BOOST_AUTO_TEST_CASE(a_notice_nobody_answered_ends_with_the_activity) {
  const std::int64_t starts = WangOnTrip("2027-06-01");  // 9:00 to 17:00
  const std::string id = "notice/trip/wang";
  BOOST_TEST(StateOf(id, At("2027-06-01", 10)) == "overdue");
  BOOST_TEST(StateOf(id, At("2027-06-01", 17, 1)) == "absent");
  // A check-in recorded late still answers it.
  Given("activity", "trip", CheckedIn{"trip", "wang", starts}, At("2027-06-01", 18));
  BOOST_TEST(StateOf(id, At("2027-06-01", 19)) == "done");
}

BOOST_AUTO_TEST_SUITE_END()

// Over 20,000 generated events of every kind, read at three moments: no id
// twice, and each person's reminders are everyone's that are for them.
BOOST_AUTO_TEST_CASE(over_a_generated_log_ids_are_unique_and_a_persons_reminders_are_theirs) {
  ViewFixture<RemindersState> fixture;
  EventGenerator generator(11, std::string(kOrg), At("2027-01-01"));
  for (int step = 1; step <= 20000; ++step) {
    fixture.Given(generator.Next(), generator.now_us());
    if (step % 8000 != 0 && step != 20000) continue;
    const std::int64_t now = generator.now_us();
    const json::value all = Reminders(fixture.state(), kOrg, now);
    BOOST_TEST_REQUIRE(all.as_array().size() > 500u);
    std::map<std::string, json::array> by_person;
    std::set<std::string> ids;
    for (const json::value& row : all.as_array()) {
      BOOST_TEST(ids.insert(std::string(row.at("id").as_string())).second,
                 "made twice: " << row.at("id").as_string());
      by_person[std::string(row.at("for").as_string())].push_back(row);
    }
    // Every tenth person, and the units (whose reports and children's
    // surveys they owe).
    std::size_t i = 0;
    for (const auto& [person, theirs] : by_person) {
      if (i++ % 10 != 0 && person.rfind("unit", 0) != 0) continue;
      ReminderFilter filter;
      filter.person = person;
      BOOST_TEST_INFO("step " << step << ", reminders for " << person);
      BOOST_TEST(Reminders(fixture.state(), kOrg, now, filter) == json::value(theirs));
    }
  }
}

}  // namespace
}  // namespace homeward::testing
