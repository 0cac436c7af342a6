// Erasing a child's or a volunteer's personal data through the domain: who
// may, when, and what it leaves behind.

#include <boost/test/unit_test.hpp>

#include "engine/seal.h"
#include "events/personal.h"
#include "tests/engine/people_fixture.h"

namespace homeward::testing {
namespace {

BOOST_FIXTURE_TEST_SUITE(erasure_test, PeopleFixture)

BOOST_AUTO_TEST_CASE(consent_in_force_stops_an_erasure_unless_an_admin_decides) {
  GivenChildWithConsent("c1");
  GivenReadyVolunteer("v1");
  Given(AssignCareRole{"c1", CareRole::kCaringMother, "v1"});
  BOOST_TEST(Reason(When(EraseChildData{"c1", "监护人要求", false})) == "consent_in_force");
  BOOST_TEST(Reason(When(EraseChildData{"c1", "", true})) == "invalid_argument");
  BOOST_TEST(Reason(When(EraseChildData{"c1", "依法删除", true})) == "ok");
  // The child's care ends with it.
  BOOST_TEST(Then() ==
             (std::vector<std::string>{"child/c1 child.data_erased", "child/c1 care.role_ended",
                                       "volunteer/v1 care.role_ended"}));
  BOOST_TEST(Reason(When(EraseChildData{"c1", "再次", true})) == "inactive");
  BOOST_TEST(Reason(When(EraseChildData{"nobody", "x", true})) == "not_found");
}

BOOST_AUTO_TEST_CASE(after_consent_is_withdrawn_a_coordinator_confirms_the_erasure) {
  GivenChildWithConsent("c1");
  Given(WithdrawConsent{"c1", ConsentKind::kDataProcessing, D("2027-03-01"), "监护人撤回"});
  BOOST_TEST(Reason(When(EraseChildData{"c1", "监护人撤回同意", false})) == "ok");
  BOOST_TEST(Then() == std::vector<std::string>{"child/c1 child.data_erased"});
  // Nothing personal is recorded about the child again.
  BOOST_TEST(Reason(When(RecordContact{"c1", "k1", ContactKind::kTalk, "v1", now_us, 10, "x"})) ==
             "inactive");
}

BOOST_AUTO_TEST_CASE(the_log_reads_erased_for_every_personal_field_the_child_ever_had) {
  GivenChildWithConsent("c1");
  Given(Child("c2"));
  Given(RecordContact{"c1", "k1", ContactKind::kPhoneCall, "班主任", now_us, 10, "电话谈心"});
  Given(EraseChildData{"c1", "依法删除", true});
  for (const Envelope& e : log.ReadAll(1, 1000).value()) {
    const Event event = OpenEvent(e, log.keys()).value();
    if (const auto* r = std::get_if<ChildRegistered>(&event)) {
      BOOST_TEST(r->card.name == (r->child_id == "c1" ? std::string(kErased) : "留守儿童c2"));
    }
    if (const auto* c = std::get_if<ContactRecorded>(&event)) BOOST_TEST(c->summary == kErased);
    if (const auto* g = std::get_if<ConsentGiven>(&event)) BOOST_TEST(g->guardian_name == kErased);
    BOOST_TEST(e.payload.find("留守儿童c1") == std::string::npos);
  }
}

BOOST_AUTO_TEST_CASE(a_volunteer_whose_data_is_erased_leaves_and_their_care_ends) {
  GivenChildWithConsent("c1");
  GivenReadyVolunteer("v1");
  Given(AssignCareRole{"c1", CareRole::kCaringMother, "v1"});
  BOOST_TEST(Reason(When(EraseVolunteerData{"v1", "本人要求"})) == "ok");
  const auto lines = Then();
  BOOST_REQUIRE(lines.size() >= 3u);
  BOOST_TEST(lines[0] == "volunteer/v1 volunteer.data_erased");
  BOOST_TEST(lines[1] == "volunteer/v1 volunteer.left");
  BOOST_TEST(Reason(When(EraseVolunteerData{"v1", "again"})) == "inactive");
  std::size_t registrations = 0;
  for (const Envelope& e : log.ReadAll(1, 1000).value()) {
    const Event event = OpenEvent(e, log.keys()).value();
    if (const auto* r = std::get_if<VolunteerRegistered>(&event)) {
      BOOST_TEST(r->details.name == kErased);
      ++registrations;
    }
  }
  BOOST_TEST(registrations == 1u);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::testing
