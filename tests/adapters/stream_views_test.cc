// What is read from a small stream of the store: a unit's waiver (a volunteer
// joining another unit's activity is asked for it: the refusal names it, the
// volunteer reads it over the API and accepts it, and the sign-up goes
// through), a volunteer's details as a correction starts from them, and a
// year's working calendar, which only an admin declares.

#include <boost/test/unit_test.hpp>

#include "tests/adapters/router_fixture.h"

namespace homeward::http {
namespace {

// An outing of 马岭小学 (the school's coordinator plans it) with a slot that
// needs vetted volunteers, open for sign-ups.
void GivenSchoolOuting(RouterFixture& f) {
  const auto must = [&](const std::string& path, const std::string& body) {
    const Response r = f.Post(path, f.school, body);
    BOOST_TEST_REQUIRE(r.status == 201, path << " -> " << r.body);
  };
  must("/v1/units/maling/waivers",
       R"({"version":"马岭-2031","text":"参加马岭小学活动的志愿者同意……"})");
  must("/v1/activities", R"({"activity_id":"outing","unit_id":"maling","kind":"trip",
    "title":"Outing","starts_at_us":"2031-06-01T09:00:00+08:00",
    "ends_at_us":"2031-06-01T17:00:00+08:00","children_capacity":10})");
  must("/v1/activities/outing/slots", R"({"slot_id":"s","role":"escort","capacity":2})");
  must("/v1/activities/outing/open-recruitment", "");
}

BOOST_FIXTURE_TEST_SUITE(stream_views_test, RouterFixture)

BOOST_AUTO_TEST_CASE(a_refused_sign_up_names_the_waiver_the_volunteer_then_reads_and_accepts) {
  GivenSchoolOuting(*this);
  // v-wang (of 小草义工协会, whose waiver she accepted) signs up: refused,
  // naming the school's waiver.
  const Response refused = Post("/v1/activities/outing/sign-up", volunteer, R"({"slot_id":"s"})");
  BOOST_TEST_REQUIRE(refused.status == 409, refused.body);
  BOOST_TEST(ErrorCode(refused) == "waiver_missing");
  const boost::json::value details = Body(refused).at("error").at("details");
  BOOST_TEST(details.at("unit_id").as_string() == "maling");
  BOOST_TEST(details.at("waiver_version").as_string() == "马岭-2031");

  const Response waiver = Get("/v1/units/maling/waiver", volunteer);
  BOOST_TEST_REQUIRE(waiver.status == 200, waiver.body);
  const boost::json::value data = Body(waiver).at("data");
  BOOST_TEST(data.at("name").as_string() == "马岭小学");
  BOOST_TEST(data.at("version").as_string() == "马岭-2031");
  BOOST_TEST(data.at("text").as_string() == "参加马岭小学活动的志愿者同意……");

  const Response accepted = Post("/v1/volunteers/v-wang/accept-waiver", volunteer,
                                 R"({"waiver_version":"马岭-2031","unit_id":"maling"})");
  BOOST_TEST_REQUIRE(accepted.status == 201, accepted.body);
  const Response signed_up = Post("/v1/activities/outing/sign-up", volunteer, R"({"slot_id":"s"})");
  BOOST_TEST(signed_up.status == 201, signed_up.body);
}

BOOST_AUTO_TEST_CASE(a_paper_waiver_is_recorded_by_the_organizers_coordinator_or_the_volunteers) {
  GivenSchoolOuting(*this);
  // v-wang of 小草义工协会 signs the school's waiver on paper at the school:
  // the school's coordinator records it, for the school's waiver only.
  const std::string school_waiver = R"({"waiver_version":"马岭-2031","unit_id":"maling"})";
  const Response own = Post("/v1/volunteers/v-wang/accept-waiver", school,
                            R"({"waiver_version":"2027-1","unit_id":"xiaocao"})");
  BOOST_TEST(own.status == 403, own.body);
  BOOST_TEST(own.body.find("unit 'xiaocao' is outside the units of coordinator 'zhou'") !=
             std::string::npos);
  const Response by_school = Post("/v1/volunteers/v-wang/accept-waiver", school, school_waiver);
  BOOST_TEST_REQUIRE(by_school.status == 201, by_school.body);
  const auto events = log.ReadAll(PositionOf(by_school), 1).value();
  BOOST_TEST(events.at(0).type == "volunteer.waiver_accepted");
  BOOST_TEST(events.at(0).actor == "zhou");
  // The coordinator of her own unit may record it as well: here, already done.
  const Response again = Post("/v1/volunteers/v-wang/accept-waiver", coordinator, school_waiver);
  BOOST_TEST(again.status == 409, again.body);
  BOOST_TEST(ErrorCode(again) == "already_exists");
  BOOST_TEST(Post("/v1/activities/outing/sign-up", volunteer, R"({"slot_id":"s"})").status == 201);
}

BOOST_AUTO_TEST_CASE(a_unit_without_a_waiver_or_no_unit_at_all_is_404) {
  BOOST_TEST(Get("/v1/units/yunyang-fulian/waiver", volunteer).status == 404);
  BOOST_TEST(Get("/v1/units/nowhere/waiver", volunteer).status == 404);
  BOOST_TEST(Get("/v1/units/a%2Fb/waiver", volunteer).status == 404);
  BOOST_TEST(Get("/v1/units/xiaocao/waiver").status == 401);  // no token
}

BOOST_AUTO_TEST_CASE(only_an_admin_declares_a_years_holidays) {
  const std::string national_day = R"({"year":"2027","days_off":["2027-10-01","2027-10-04"],
                                       "workdays":["2027-10-09"],"source":"国办发明电"})";
  const std::uint64_t head = log.Head();
  BOOST_TEST(Post("/v1/holidays", coordinator, national_day).status == 403);
  const Response saturday_off =
      Post("/v1/holidays", admin, R"({"year":"2027","days_off":["2027-10-02"],"workdays":[]})");
  BOOST_TEST(saturday_off.status == 400);
  BOOST_TEST(saturday_off.body.find("2027-10-02 is a Saturday or Sunday") != std::string::npos);
  BOOST_TEST(log.Head() == head);
  const Response declared = Post("/v1/holidays", admin, national_day);
  BOOST_TEST_REQUIRE(declared.status == 201, declared.body);
  const auto events = log.ReadAll(PositionOf(declared), 1).value();
  BOOST_TEST(events.at(0).type == "holidays.declared");
  BOOST_TEST(events.at(0).stream_id == "shiyan/holidays/2027");
  // Anyone signed in reads it back, days in order; an undeclared year is 404.
  const Response read = Get("/v1/holidays/2027", volunteer);
  BOOST_TEST_REQUIRE(read.status == 200, read.body);
  const boost::json::value data = Body(read).at("data");
  BOOST_TEST(data.at("days_off").as_array().size() == 2u);
  BOOST_TEST(data.at("days_off").as_array()[1].as_string() == "2027-10-04");
  BOOST_TEST(data.at("workdays").as_array()[0].as_string() == "2027-10-09");
  BOOST_TEST(data.at("source").as_string() == "国办发明电");
  BOOST_TEST(Get("/v1/holidays/2028", volunteer).status == 404);
  for (const char* year : {"abc", "27", "3000", "20%2F27"}) {
    const Response bad = Get(std::string("/v1/holidays/") + year, volunteer);
    BOOST_TEST(bad.status == 400, year << " -> " << bad.body);
    BOOST_TEST(bad.body.find("is not a year") != std::string::npos, bad.body);
  }
}

BOOST_AUTO_TEST_CASE(a_coordinator_corrects_a_volunteers_details_from_what_is_recorded) {
  // Given 王芳 of 小草义工协会, registered with no phone
  const Response read = Get("/v1/volunteers/v-wang", coordinator);
  BOOST_TEST_REQUIRE(read.status == 200, read.body);
  boost::json::value data = Body(read).at("data");
  BOOST_TEST(data.at("details").at("name").as_string() == "王芳");
  BOOST_TEST(data.at("details").at("contact").as_string() == "");
  BOOST_TEST(data.at("unit_id").as_string() == "xiaocao");
  BOOST_TEST(data.at("vetted_until").is_string());
  const auto version = data.at("version").to_number<std::uint64_t>();
  const std::string seen = "\"" + std::to_string(version) + "\"";

  // When her coordinator adds her phone to the details as read
  boost::json::object details = data.at("details").as_object();
  details["contact"] = "13800000001";
  const std::string correction =
      boost::json::serialize(boost::json::object{{"details", details}, {"reason", "补登电话"}});
  const Response corrected =
      Post("/v1/volunteers/v-wang/details", coordinator, correction, {{"if-match", seen}});
  BOOST_TEST_REQUIRE(corrected.status == 201, corrected.body);

  // Then the details read back hold it, under a newer version; a correction
  // made from the details as they were is refused
  const Response again = Get("/v1/volunteers/v-wang", coordinator);
  BOOST_TEST(Body(again).at("data").at("details").at("contact").as_string() == "13800000001");
  BOOST_TEST(Body(again).at("data").at("version").to_number<std::uint64_t>() > version);
  const Response stale =
      Post("/v1/volunteers/v-wang/details", coordinator, correction, {{"if-match", seen}});
  BOOST_TEST(stale.status == 412, stale.body);

  // She reads her own, an auditor reads them; no one else does
  const Response own = Get("/v1/volunteers/v-wang", volunteer);
  BOOST_TEST(own.status == 200, own.body);
  BOOST_TEST(own.body.find("13800000001") != std::string::npos);
  BOOST_TEST(Get("/v1/volunteers/v-wang", auditor).status == 200);
  for (const auto& [who, token] :
       {std::pair{"the school's coordinator", school}, std::pair{"a counselor", counselor}}) {
    const Response other = Get("/v1/volunteers/v-wang", token);
    BOOST_TEST(other.status == 403, who << " -> " << other.body);
    BOOST_TEST(other.body.find("13800000001") == std::string::npos, who);
  }
  BOOST_TEST(Get("/v1/volunteers/v-zhang", volunteer).status == 403);
  BOOST_TEST(Get("/v1/volunteers/nobody", admin).status == 404);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::http
