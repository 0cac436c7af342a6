// The archive card (档案卡): filled, reviewed and approved by three different
// people; surveys; contacts in time order with corrections.

#include <boost/test/unit_test.hpp>

#include "tests/engine/opened_state.h"
#include "tests/engine/people_fixture.h"

namespace homeward::testing {

BOOST_FIXTURE_TEST_SUITE(child_card_test, PeopleFixture)

BOOST_AUTO_TEST_CASE(a_card_is_filled_reviewed_and_approved_by_three_people) {
  Given(Child("c1", "王老师"));
  BOOST_TEST(Reason(When(ApproveCard{"c1", "李校长"})) == "not_reviewed");
  BOOST_TEST(Reason(When(ReviewCard{"c1", "张主任"})) == "ok");
  BOOST_TEST(Reason(When(ApproveCard{"c1", "李校长"})) == "ok");
  const ChildState child = service.LoadChild("county", "c1")->state();
  BOOST_TEST(child.filled_by == "王老师");
  BOOST_TEST(child.reviewed_by == "张主任");
  BOOST_TEST(child.approved_by == "李校长");
}

BOOST_AUTO_TEST_CASE(the_same_person_filling_and_reviewing_a_card_is_refused) {
  Given(Child("c1", "王老师"));
  auto result = When(ReviewCard{"c1", "王老师"});
  BOOST_TEST(Reason(result) == "same_person");
  BOOST_TEST(result.status().message().find("王老师") != std::string::npos);
  Given(ReviewCard{"c1", "张主任"});
  BOOST_TEST(Reason(When(ApproveCard{"c1", "张主任"})) == "same_person");
  BOOST_TEST(Reason(When(ApproveCard{"c1", "王老师"})) == "same_person");
}

BOOST_AUTO_TEST_CASE(a_card_is_reviewed_and_approved_once_until_it_changes) {
  Given(Child("c1", "王老师"));
  Given(ReviewCard{"c1", "张主任"});
  Given(ApproveCard{"c1", "李校长"});
  BOOST_TEST(Reason(When(ReviewCard{"c1", "李校长"})) == "already_exists");
  BOOST_TEST(Reason(When(ApproveCard{"c1", "赵书记"})) == "already_exists");
}

BOOST_AUTO_TEST_CASE(an_updated_card_needs_review_and_approval_again) {
  Given(Child("c1", "王老师"));
  Given(ReviewCard{"c1", "张主任"});
  Given(ApproveCard{"c1", "李校长"});
  RegisterChild changed = Child("c1");
  changed.card.guardian.phone = "13700000000";
  Given(UpdateCard{"c1", changed.card, "王老师", "监护人换了电话"});
  const ChildState child = service.LoadChild("county", "c1")->state();
  BOOST_TEST(child.reviewed_by.empty());
  BOOST_TEST(child.approved_by.empty());
  BOOST_TEST(OpenedChild(log, "county", "c1").card.guardian.phone == "13700000000");
  BOOST_TEST(Reason(When(ApproveCard{"c1", "李校长"})) == "not_reviewed");
}

BOOST_AUTO_TEST_CASE(a_name_with_a_line_break_or_control_character_is_refused) {
  const std::uint64_t head = log.Head();
  RegisterChild child = Child("c1");
  child.card.name = "王小\n明";
  auto refused = When(child);
  BOOST_TEST(Reason(refused) == "invalid_argument");
  BOOST_TEST(refused.status().message() ==
             "the child's name must be one line, without control characters");
  child.card.name = "王小明";
  child.card.guardian.phone = "139\t0000";
  BOOST_TEST(When(child).status().message().find("the guardian's phone") == 0u);
  RegisterVolunteer volunteer = Volunteer("v1");
  volunteer.details.name = std::string("志愿者\0", 10);
  BOOST_TEST(When(volunteer).status().message().find("a volunteer's name") == 0u);
  PlanActivity trip = TripPlan("trip");
  trip.title = "走出大山\r看世界";
  BOOST_TEST(When(trip).status().message().find("an activity's title") == 0u);
  trip.title = "走出大山看世界\u2028";  // a Unicode line separator
  BOOST_TEST(When(trip).status().message().find("an activity's title") == 0u);
  trip.title = "走出大山看世界";
  trip.itinerary = {"马岭村", "十堰\n博物馆"};
  BOOST_TEST(When(trip).status().message().find("a stop of the itinerary") == 0u);
  // Nothing was recorded; the same records on one line are.
  BOOST_TEST(log.Head() == head);
  child.card.guardian.phone = "13900000000";
  BOOST_TEST(Reason(When(child)) == "ok");
  volunteer.details.name = "志愿者";
  BOOST_TEST(Reason(When(volunteer)) == "ok");
  // A volunteer's own update of their contact is held to the same rule.
  UpdateContactDetails update{"v1", std::string("139\xc2\x85", 5), std::nullopt, std::nullopt};
  BOOST_TEST(When(update).status().message().find("the contact") == 0u);
  update.contact = "13900000001";
  update.skills = std::vector<std::string>{"美术", "唱\n歌"};
  BOOST_TEST(When(update).status().message().find("a skill") == 0u);
}

BOOST_AUTO_TEST_CASE(contacts_are_listed_in_time_order_after_a_correction) {
  Given(Child("c1"));
  const std::int64_t day = 86400LL * 1000000;
  Given(RecordContact{"c1", "call-1", ContactKind::kPhoneCall, "王老师", now_us - 10 * day, 15,
                      "给父亲打电话"});
  Given(RecordContact{"c1", "talk-1", ContactKind::kTalk, "王老师", now_us - 5 * day, 30, "谈心"});
  Given(RecordContact{"c1", "visit-1", ContactKind::kHomeVisit, "王老师", now_us - 2 * day, 60,
                      "家访"});
  // The call really happened after the visit: a correction, not an overwrite.
  BOOST_TEST(Reason(When(CorrectContact{"c1", "call-1", ContactKind::kPhoneCall, "王老师",
                                        now_us - 1 * day, 20, "给父亲打电话", "日期记错"})) ==
             "ok");
  const ChildState child = service.LoadChild("county", "c1")->state();
  std::vector<std::string> order;
  for (const Contact& c : child.contacts) order.push_back(c.contact_id);
  BOOST_TEST(order == (std::vector<std::string>{"talk-1", "visit-1", "call-1"}),
             boost::test_tools::per_element());
  BOOST_TEST(child.contacts.back().minutes == 20u);
  BOOST_TEST(child.contacts.back().corrections == 1);
  // The log still holds what was first recorded.
  std::size_t recorded = 0;
  for (const Envelope& e : log.ReadStream("county/child/c1", 1, 100).value())
    recorded += e.type == "child.contact_recorded";
  BOOST_TEST(recorded == 3u);
}

BOOST_AUTO_TEST_CASE(contacts_are_checked) {
  Given(Child("c1"));
  BOOST_TEST(Reason(When(RecordContact{"c1", "x", ContactKind::kTalk, "王老师",
                                       now_us + 86400LL * 1000000, 5, "future"})) ==
             "invalid_argument");
  Given(RecordContact{"c1", "x", ContactKind::kTalk, "王老师", now_us, 5, "谈心"});
  BOOST_TEST(Reason(When(RecordContact{"c1", "x", ContactKind::kTalk, "王老师", now_us, 5,
                                       "again"})) == "already_exists");
  BOOST_TEST(Reason(When(CorrectContact{"c1", "nope", ContactKind::kTalk, "王老师", now_us, 5, "s",
                                        "r"})) == "not_found");
}

BOOST_AUTO_TEST_CASE(a_survey_updates_the_guardianship_rating) {
  Given(Child("c1"));
  Given(RecordSurvey{"c1", D("2027-02-15"), "村儿童主任", GuardianshipRating::kPoor, "祖母生病"});
  const ChildState child = service.LoadChild("county", "c1")->state();
  BOOST_TEST(child.card.guardianship_rating == GuardianshipRating::kPoor);
  BOOST_TEST((child.last_survey == D("2027-02-15")));
  BOOST_TEST(Reason(When(RecordSurvey{"c1", D("2027-12-01"), "x", GuardianshipRating::kGood,
                                      ""})) == "invalid_argument");
}

BOOST_AUTO_TEST_CASE(registering_a_child_twice_or_in_a_missing_unit_is_refused) {
  Given(Child("c1"));
  BOOST_TEST(Reason(When(Child("c1"))) == "already_exists");
  RegisterChild elsewhere = Child("c2");
  elsewhere.unit_id = "nowhere";
  BOOST_TEST(Reason(When(elsewhere)) == "not_found");
  RegisterChild nameless = Child("c3");
  nameless.card.name.clear();
  BOOST_TEST(Reason(When(nameless)) == "invalid_argument");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace homeward::testing
