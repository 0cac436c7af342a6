// Reflections (活动心得): after a trip, those who took part write about it for
// the team; no one writes before it is over, about a trip called off, or
// about one they were not on.

#include <boost/test/unit_test.hpp>

#include "engine/reflection_rules.h"
#include "tests/engine/people_fixture.h"

namespace homeward::testing {
namespace {

constexpr std::int64_t kHour = 3600LL * 1000000;
constexpr std::int64_t kTripStart = 1811811600LL * 1000000;  // 2027-06-01 09:00 in Shiyan

struct Trip : PeopleFixture {
  Trip() {
    for (const char* v : {"went", "absent", "waiting"}) GivenReadyVolunteer(v);
    GivenReadyVolunteer("home");
    Given(TripPlan("trip"));
    Given(AddSlot{"trip", "volunteers", "义工", 2, true, false, true});
    Given(OpenRecruitment{"trip"});
    for (const char* v : {"went", "absent", "waiting"}) Given(SignUp{"trip", "volunteers", v, ""});
  }
  std::string Reflection(const std::string& volunteer) {
    const auto& kept = service.LoadActivity("county", "trip")->state().reflections;
    auto it = kept.find(volunteer);
    return it == kept.end() ? "" : it->second;
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(reflection_test, Trip)

BOOST_AUTO_TEST_CASE(one_who_took_part_writes_once_the_trip_is_over_and_may_write_again) {
  const PostReflection first{"trip", "went", "孩子们第一次看到博物馆，非常兴奋"};
  now_us = kTripStart + 4 * kHour;  // still at the museum
  BOOST_TEST(Reason(When(first)) == "not_over");
  now_us = kTripStart + 9 * kHour;  // that evening
  BOOST_TEST(Reason(When(first)) == "ok");
  BOOST_TEST(Then() == std::vector<std::string>{"activity/trip activity.reflection_posted"});
  BOOST_TEST(Reflection("went") == "孩子们第一次看到博物馆，非常兴奋");
  // A second thought the next day replaces the first.
  now_us += 24 * kHour;
  BOOST_TEST(Reason(When(PostReflection{"trip", "went", "补充：下次要多带些水"})) == "ok");
  BOOST_TEST(Reflection("went") == "补充：下次要多带些水");
}

BOOST_AUTO_TEST_CASE(no_one_writes_about_a_trip_they_were_not_on) {
  now_us = kTripStart + 9 * kHour;
  Given(RecordAttendance{"trip", "absent", Attendance::kAbsent, "总负责人"});
  BOOST_TEST(Reason(When(PostReflection{"trip", "absent", "x"})) == "not_found");
  BOOST_TEST(Reason(When(PostReflection{"trip", "waiting", "x"})) == "not_found");
  BOOST_TEST(Reason(When(PostReflection{"trip", "home", "x"})) == "not_found");
  BOOST_TEST(Reason(When(PostReflection{"nowhere", "went", "x"})) == "not_found");
}

BOOST_AUTO_TEST_CASE(a_reflection_has_text_of_bounded_length) {
  now_us = kTripStart + 9 * kHour;
  BOOST_TEST(Reason(When(PostReflection{"trip", "went", ""})) == "invalid_argument");
  BOOST_TEST(
      Reason(When(PostReflection{"trip", "went", std::string(kMaxReflectionBytes + 1, 'x')})) ==
      "invalid_argument");
  BOOST_TEST(Reason(When(PostReflection{"trip", "went", std::string(kMaxReflectionBytes, 'x')})) ==
             "ok");
}

BOOST_AUTO_TEST_CASE(one_who_left_writes_none) {
  now_us = kTripStart + 9 * kHour;
  Given(VolunteerLeaves{"went", "外出务工"});
  BOOST_TEST(Reason(When(PostReflection{"trip", "went", "x"})) == "inactive");
}

BOOST_AUTO_TEST_CASE(no_one_writes_about_a_trip_called_off) {
  Given(CancelActivity{"trip", true, "暴雨预警"});
  now_us = kTripStart + 9 * kHour;
  BOOST_TEST(Reason(When(PostReflection{"trip", "went", "x"})) == "inactive");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace homeward::testing
