// Calendars: a volunteer's private feed and an activity's .ics file, made
// with libical and read back with libical the way a phone's calendar would.

#include "adapters/ical/calendar.h"

#include <libical/ical.h>

#include "tests/adapters/router_fixture.h"

namespace homeward::http {
namespace {

// A parsed calendar, freed at the end of the scope.
struct Parsed {
  explicit Parsed(const std::string& text) : root(icalparser_parse_string(text.c_str())) {}
  ~Parsed() {
    if (root) icalcomponent_free(root);
  }
  Parsed(const Parsed&) = delete;
  Parsed& operator=(const Parsed&) = delete;

  // The VEVENT with `uid`, or nullptr.
  icalcomponent* Event(const std::string& uid) const {
    for (icalcomponent* e = icalcomponent_get_first_component(root, ICAL_VEVENT_COMPONENT); e;
         e = icalcomponent_get_next_component(root, ICAL_VEVENT_COMPONENT)) {
      if (uid == icalcomponent_get_uid(e)) return e;
    }
    return nullptr;
  }
  int Count(icalcomponent_kind kind) const { return icalcomponent_count_components(root, kind); }

  icalcomponent* root;
};

std::string TzidOfStart(icalcomponent* event) {
  icalproperty* start = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
  icalparameter* tzid = icalproperty_get_first_parameter(start, ICAL_TZID_PARAMETER);
  return tzid ? icalparameter_get_tzid(tzid) : "";
}

const std::string kTrip = "activity.shiyan.trip-childrens-day@homeward";

BOOST_FIXTURE_TEST_SUITE(calendar_test, RouterFixture)

BOOST_AUTO_TEST_CASE(a_volunteers_feed_shows_the_trip_and_then_its_cancellation) {
  const Response issued = Post("/v1/volunteers/v-wang/calendar-feed", volunteer, "");
  BOOST_TEST_REQUIRE(issued.status == 201, issued.body);
  const std::string feed(Body(issued).at("data").at("feed").as_string());
  const std::uint64_t at = PositionOf(issued);

  const Response first = Get(feed + "?min_position=" + std::to_string(at));  // no token
  BOOST_TEST_REQUIRE(first.status == 200, first.body);
  BOOST_TEST(first.content_type.starts_with("text/calendar"));
  {
    Parsed cal(first.body);
    BOOST_TEST_REQUIRE(cal.root != nullptr);
    icalcomponent* trip = cal.Event(kTrip);
    BOOST_TEST_REQUIRE(trip != nullptr);
    BOOST_TEST(icalcomponent_get_sequence(trip) == 0);
    BOOST_TEST(icalcomponent_get_status(trip) == ICAL_STATUS_CONFIRMED);
    BOOST_TEST(std::string(icalcomponent_get_summary(trip)) == "走出大山看世界 关爱留守儿童");
    BOOST_TEST(TzidOfStart(trip) == "Asia/Shanghai");
    BOOST_TEST(cal.Count(ICAL_VTIMEZONE_COMPONENT) == 1);
    // 09:00 in Shiyan is 01:00 UTC.
    const icaltimetype start = icalcomponent_get_dtstart(trip);
    BOOST_TEST(start.hour == 9);
    // Her reminders are there too, as all-day entries.
    BOOST_TEST(cal.Count(ICAL_VEVENT_COMPONENT) > 1);
  }

  const Response cancelled = Post("/v1/activities/trip-childrens-day/cancel", coordinator,
                                  R"({"weather":true,"reason":"暴雨预警"})");
  BOOST_REQUIRE(cancelled.status == 201);
  const Response second = Get(feed + "?min_position=" + std::to_string(PositionOf(cancelled)));
  Parsed cal(second.body);
  icalcomponent* trip = cal.Event(kTrip);
  BOOST_TEST_REQUIRE(trip != nullptr);  // the same UID: the phone updates its entry
  BOOST_TEST(icalcomponent_get_sequence(trip) == 1);
  BOOST_TEST(icalcomponent_get_status(trip) == ICAL_STATUS_CANCELLED);
}

BOOST_AUTO_TEST_CASE(a_new_or_revoked_feed_closes_the_old_one) {
  const Response first = Post("/v1/volunteers/v-wang/calendar-feed", volunteer, "");
  const std::string old_feed(Body(first).at("data").at("feed").as_string());
  BOOST_TEST(Get(old_feed).status == 200);
  const Response second = Post("/v1/volunteers/v-wang/calendar-feed", volunteer, "");
  const std::string new_feed(Body(second).at("data").at("feed").as_string());
  BOOST_TEST(Get(old_feed).status == 404);
  BOOST_TEST(Get(new_feed).status == 200);
  BOOST_TEST(Post("/v1/volunteers/v-wang/revoke-calendar-feed", volunteer, "").status == 201);
  BOOST_TEST(Get(new_feed).status == 404);
  BOOST_TEST(Get("/v1/calendar/guess.ics").status == 404);
  // A feed also ends when its volunteer leaves.
  const Response third = Post("/v1/volunteers/v-wang/calendar-feed", volunteer, "");
  const std::string last(Body(third).at("data").at("feed").as_string());
  BOOST_TEST(Get(last).status == 200);
  BOOST_TEST(Post("/v1/volunteers/v-wang/leave", admin, R"({"reason":"moved away"})").status ==
             201);
  BOOST_TEST(Get(last).status == 404);
  // Nobody issues another volunteer's feed, and the server makes the secret.
  BOOST_TEST(Post("/v1/volunteers/v-li/calendar-feed", volunteer, "").status == 403);
  BOOST_TEST(
      Post("/v1/volunteers/v-wang/calendar-feed", volunteer, R"({"secret_hash":"00"})").status ==
      400);
}

BOOST_AUTO_TEST_CASE(an_activity_downloads_as_one_ics_file) {
  const Response r = Get("/v1/activities/trip-childrens-day/calendar.ics", volunteer);
  BOOST_TEST_REQUIRE(r.status == 200, r.body);
  BOOST_TEST(r.headers.at(0).second.find("trip-childrens-day.ics") != std::string::npos);
  Parsed cal(r.body);
  BOOST_TEST(cal.Count(ICAL_VEVENT_COMPONENT) == 1);
  BOOST_TEST(cal.Event(kTrip) != nullptr);
  BOOST_TEST(Get("/v1/activities/trip-childrens-day/calendar.ics").status == 401);
}

BOOST_AUTO_TEST_CASE(each_zone_gets_its_vtimezone_and_an_unknown_zone_is_refused) {
  ical::CalendarEntry urumqi;
  urumqi.uid = "u@homeward";
  urumqi.summary = "x";
  urumqi.starts_at_us = 1811811600000000;  // 2027-06-01T01:00:00Z
  urumqi.ends_at_us = urumqi.starts_at_us + 3600000000;
  urumqi.time_zone = "Asia/Urumqi";  // UTC+6
  Result<std::string> text = ical::RenderCalendar("t", {urumqi}, urumqi.starts_at_us);
  BOOST_TEST_REQUIRE(text.ok(), text.status().ToString());
  Parsed cal(*text);
  BOOST_TEST(cal.Count(ICAL_VTIMEZONE_COMPONENT) == 1);
  BOOST_TEST(TzidOfStart(cal.Event("u@homeward")) == "Asia/Urumqi");
  BOOST_TEST(icalcomponent_get_dtstart(cal.Event("u@homeward")).hour == 7);
  urumqi.time_zone = "Mars/Olympus";
  BOOST_TEST(!ical::RenderCalendar("t", {urumqi}, 0).ok());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::http
