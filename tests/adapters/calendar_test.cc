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

// The offset of `event`'s first alarm from its start, in minutes; 0 for none.
int AlarmMinutes(icalcomponent* event) {
  icalcomponent* alarm = icalcomponent_get_first_component(event, ICAL_VALARM_COMPONENT);
  if (alarm == nullptr) return 0;
  icalproperty* trigger = icalcomponent_get_first_property(alarm, ICAL_TRIGGER_PROPERTY);
  return icaldurationtype_as_int(icalproperty_get_trigger(trigger).duration) / 60;
}

const std::string kTrip = "activity.shiyan.trip-childrens-day@homeward";

BOOST_FIXTURE_TEST_SUITE(calendar_test, RouterFixture)

BOOST_AUTO_TEST_CASE(a_volunteers_feed_shows_the_trip_and_then_its_cancellation) {
  const Response issued = Post("/v1/volunteers/v-wang/calendar-feed", volunteer, "");
  BOOST_TEST_REQUIRE(issued.status == 201, issued.body);
  const std::string feed(Body(issued).at("data").at("feed").as_string());
  const std::uint64_t at = PositionOf(issued);
  int sequence_before = 0;

  const Response first = Get(feed + "?min_position=" + std::to_string(at));  // no token
  BOOST_TEST_REQUIRE(first.status == 200, first.body);
  BOOST_TEST(first.content_type.starts_with("text/calendar"));
  {
    Parsed cal(first.body);
    BOOST_TEST_REQUIRE(cal.root != nullptr);
    icalcomponent* trip = cal.Event(kTrip);
    BOOST_TEST_REQUIRE(trip != nullptr);
    sequence_before = icalcomponent_get_sequence(trip);
    BOOST_TEST(icalcomponent_get_status(trip) == ICAL_STATUS_CONFIRMED);
    BOOST_TEST(std::string(icalcomponent_get_summary(trip)) == "走出大山看世界 关爱留守儿童");
    BOOST_TEST(TzidOfStart(trip) == "Asia/Shanghai");
    BOOST_TEST(cal.Count(ICAL_VTIMEZONE_COMPONENT) == 1);
    // 09:00 in Shiyan is 01:00 UTC.
    const icaltimetype start = icalcomponent_get_dtstart(trip);
    BOOST_TEST(start.hour == 9);
    // She holds a place: her phone alerts her the day before.
    BOOST_TEST(AlarmMinutes(trip) == -24 * 60);
    // Her reminders are there too, as all-day entries, but not the notice
    // of the trip, which the alarm gives.
    BOOST_TEST(cal.Count(ICAL_VEVENT_COMPONENT) > 1);
    BOOST_TEST(first.body.find("活动提醒") == std::string::npos);
  }

  const Response cancelled = Post("/v1/activities/trip-childrens-day/cancel", coordinator,
                                  R"({"weather":true,"reason":"暴雨预警"})");
  BOOST_REQUIRE(cancelled.status == 201);
  const Response second = Get(feed + "?min_position=" + std::to_string(PositionOf(cancelled)));
  Parsed cal(second.body);
  icalcomponent* trip = cal.Event(kTrip);
  BOOST_TEST_REQUIRE(trip != nullptr);  // the same UID: the phone updates its entry
  BOOST_TEST(icalcomponent_get_sequence(trip) > sequence_before);
  BOOST_TEST(icalcomponent_get_status(trip) == ICAL_STATUS_CANCELLED);
  // Phones that import a file often ignore STATUS: the title says it, and
  // nothing rings for it.
  BOOST_TEST(std::string(icalcomponent_get_summary(trip)) ==
             "【已取消】走出大山看世界 关爱留守儿童");
  BOOST_TEST(AlarmMinutes(trip) == 0);
}

BOOST_AUTO_TEST_CASE(a_place_on_the_waitlist_is_tentative_until_it_is_taken) {
  const CommandContext ctx{"shiyan", "test", "t", ""};
  PlanActivity walk;
  walk.activity_id = "walk";
  walk.unit_id = "xiaocao";
  walk.kind = ActivityKind::kOther;
  walk.title = "春游";
  walk.place = "牛头山";
  walk.starts_at_us = SystemClockMicros() + 40LL * 24 * 3600 * 1000000;
  walk.ends_at_us = walk.starts_at_us + 3LL * 3600 * 1000000;
  for (const ActivityCommand& command :
       {ActivityCommand{walk}, ActivityCommand{AddSlot{"walk", "s", "义工", 1, true, false, true}},
        ActivityCommand{OpenRecruitment{"walk"}},
        ActivityCommand{SignUp{"walk", "s", "v-zhang", ""}},
        ActivityCommand{SignUp{"walk", "s", "v-wang", ""}}}) {
    const auto done = service.Execute(ctx, command);
    BOOST_TEST_REQUIRE(done.ok(), done.status().ToString());
  }
  const Response issued = Post("/v1/volunteers/v-wang/calendar-feed", volunteer, "");
  const std::string feed(Body(issued).at("data").at("feed").as_string());
  const std::string uid = "activity.shiyan.walk@homeward";
  std::uint32_t waiting_sequence = 0;
  {
    const Response r = Get(feed + "?min_position=" + std::to_string(log.Head()));
    Parsed cal(r.body);
    icalcomponent* event = cal.Event(uid);
    BOOST_TEST_REQUIRE(event != nullptr);
    BOOST_TEST(icalcomponent_get_status(event) == ICAL_STATUS_TENTATIVE);
    BOOST_TEST(std::string(icalcomponent_get_summary(event)) == "【候补】春游");
    BOOST_TEST(AlarmMinutes(event) == 0);
    waiting_sequence = icalcomponent_get_sequence(event);
    // Her own download of the activity says the same.
    const Response file = Get("/v1/activities/walk/calendar.ics", volunteer);
    Parsed own(file.body);
    BOOST_TEST(icalcomponent_get_status(own.Event(uid)) == ICAL_STATUS_TENTATIVE);
  }
  const auto withdrawn =
      service.Execute(ctx, ActivityCommand{Withdraw{"walk", "v-zhang", false, ""}});
  BOOST_TEST_REQUIRE(withdrawn.ok(), withdrawn.status().ToString());
  const Response r = Get(feed + "?min_position=" + std::to_string(log.Head()));
  Parsed cal(r.body);
  icalcomponent* event = cal.Event(uid);
  BOOST_TEST_REQUIRE(event != nullptr);
  BOOST_TEST(icalcomponent_get_status(event) == ICAL_STATUS_CONFIRMED);
  BOOST_TEST(std::string(icalcomponent_get_summary(event)) == "春游");
  BOOST_TEST(AlarmMinutes(event) == -24 * 60);
  // A phone that imported the waiting entry takes the new one.
  BOOST_TEST(static_cast<std::uint32_t>(icalcomponent_get_sequence(event)) > waiting_sequence);
}

BOOST_AUTO_TEST_CASE(a_new_or_revoked_feed_closes_the_old_one) {
  const Response first = Post("/v1/volunteers/v-wang/calendar-feed", volunteer, "");
  const std::string old_feed(Body(first).at("data").at("feed").as_string());
  BOOST_TEST(Get(old_feed).status == 200);
  const Response second = Post("/v1/volunteers/v-wang/calendar-feed", volunteer, "");
  const std::string new_feed(Body(second).at("data").at("feed").as_string());
  // A closed feed is an empty calendar, so a subscribed phone drops its events.
  const auto closed = [&](const std::string& path) {
    const Response r = Get(path);
    if (r.status != 200) return false;
    Parsed cal(r.body);
    return cal.root != nullptr && cal.Count(ICAL_VEVENT_COMPONENT) == 0;
  };
  BOOST_TEST(closed(old_feed));
  BOOST_TEST(!closed(new_feed));
  BOOST_TEST(Post("/v1/volunteers/v-wang/revoke-calendar-feed", volunteer, "").status == 201);
  BOOST_TEST(closed(new_feed));
  BOOST_TEST(Get("/v1/calendar/guess.ics").status == 404);
  // A feed also ends when its volunteer leaves.
  const Response third = Post("/v1/volunteers/v-wang/calendar-feed", volunteer, "");
  const std::string last(Body(third).at("data").at("feed").as_string());
  BOOST_TEST(Get(last).status == 200);
  BOOST_TEST(Post("/v1/volunteers/v-wang/leave", admin, R"({"reason":"moved away"})").status ==
             201);
  BOOST_TEST(closed(last));
  // Her account stops with her: it issues nothing more.
  BOOST_TEST(Post("/v1/volunteers/v-wang/calendar-feed", volunteer, "").status == 403);
  // Nobody issues another volunteer's feed, and the server makes the secret.
  BOOST_TEST(Post("/v1/volunteers/v-li/calendar-feed", school, "").status == 403);
  BOOST_TEST(Post("/v1/volunteers/v-li/calendar-feed", admin, R"({"secret_hash":"00"})").status ==
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
  // A unit kept in UTC: times with a Z, and no VTIMEZONE or TZID naming none.
  urumqi.time_zone = "UTC";
  text = ical::RenderCalendar("t", {urumqi}, urumqi.starts_at_us);
  BOOST_TEST_REQUIRE(text.ok(), text.status().ToString());
  BOOST_TEST(text->find("DTSTART:20270601T010000Z") != std::string::npos, *text);
  BOOST_TEST(text->find("TZID") == std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::http
