// GET /v1/stations: an activity station's last days as its keeper and its
// unit's coordinator read them, with the working days that fell short of the
// daily minimum (每天不少于2小时) marked, and who may read them.

#include "tests/adapters/router_fixture.h"

namespace homeward::http {
namespace {

namespace json = boost::json;

constexpr std::int64_t kDayMicros = 86'400'000'000LL;

// Monday to Friday: the fixture's organization declares no holidays.
bool MondayToFriday(Date day) { return Weekday(day) < 5; }

struct StationFixture : RouterFixture {
  // The same organization read three days from now.
  Router later{log, host, &service,
               RouterOptions{std::chrono::milliseconds(100),
                             [] { return SystemClockMicros() + 3 * kDayMicros; }, nullptr}};
  Date today = LocalDate(SystemClockMicros(), "Asia/Shanghai").value();

  StationFixture() {
    // Given 马岭小学's coordinator registers the village's station and
    // records today's opening of 150 minutes.
    const Response registered = Post("/v1/stations", school, R"({
      "station_id": "st-maling", "unit_id": "maling", "name": "马岭村活动站", "area_m2": 120,
      "rooms": [{"kind": "reading"}, {"kind": "sports"}, {"kind": "music_dance"},
                {"kind": "counseling"}]})");
    BOOST_REQUIRE_MESSAGE(registered.status == 201, registered.body);
    const Response opened =
        Post("/v1/stations/st-maling/openings", school,
             R"({"day": ")" + FormatDate(today) + R"(", "minutes": 150, "children": 12})");
    BOOST_REQUIRE_MESSAGE(opened.status == 201, opened.body);
  }

  // Given a second station of 马岭小学, "st-old", that never opened.
  void GivenOldStation() {
    const Response registered = Post("/v1/stations", school, R"({
      "station_id": "st-old", "unit_id": "maling", "name": "老校舍活动站", "area_m2": 100,
      "rooms": [{"kind": "reading"}, {"kind": "sports"}, {"kind": "music_dance"},
                {"kind": "counseling"}]})");
    BOOST_REQUIRE_MESSAGE(registered.status == 201, registered.body);
  }

  // The "closed_on" of station `id` as `token` reads it now ("?" when not listed).
  std::string ClosedOn(const std::string& id, const std::string& token) {
    const Response list = Get("/v1/stations?min_position=" + std::to_string(log.Head()), token);
    BOOST_REQUIRE_MESSAGE(list.status == 200, list.body);
    const json::value body = Body(list);
    for (const json::value& st : body.at("data").as_array()) {
      if (st.at("station_id").as_string() == id) return std::string(st.at("closed_on").as_string());
    }
    return "?";
  }

  Response GetLater(const std::string& target, const std::string& token) {
    Request request{"GET", target, {{"authorization", "Bearer " + token}}, ""};
    return later.Handle(request);
  }
};

BOOST_FIXTURE_TEST_SUITE(station_routes_test, StationFixture)

BOOST_AUTO_TEST_CASE(its_coordinator_reads_the_days_since_registration_with_short_ones_marked) {
  // When the coordinator reads the stations three days later
  const Response r = GetLater("/v1/stations?min_position=" + std::to_string(log.Head()), school);
  BOOST_REQUIRE_MESSAGE(r.status == 200, r.body);
  const json::value body = Body(r);
  const json::array& stations = body.at("data").as_array();
  BOOST_REQUIRE(stations.size() == 1u);
  const json::object& st = stations[0].as_object();
  BOOST_TEST(st.at("station_id").as_string() == "st-maling");
  BOOST_TEST(st.at("unit_id").as_string() == "maling");
  BOOST_TEST(st.at("min_daily_minutes").to_number<int>() == 120);
  BOOST_TEST(st.at("registered_on").as_string() == FormatDate(today));
  // Then it shows the four days from the registration on, newest first: the
  // opening recorded today, the two days since without one short when they
  // were working days, and the fourth day not over yet, never short.
  const json::array& days = st.at("days").as_array();
  BOOST_REQUIRE(days.size() == 4u);
  for (int i = 0; i < 4; ++i) {
    const Date day{today.days + 3 - i};
    const json::object& d = days[i].as_object();
    BOOST_TEST_CONTEXT(FormatDate(day)) {
      BOOST_TEST(d.at("day").as_string() == FormatDate(day));
      BOOST_TEST(d.at("working_day").as_bool() == MondayToFriday(day));
      BOOST_TEST(d.at("minutes").to_number<int>() == (i == 3 ? 150 : 0));
      BOOST_TEST(d.at("short").as_bool() == ((i == 1 || i == 2) && MondayToFriday(day)));
    }
  }
}

BOOST_AUTO_TEST_CASE(it_shows_no_more_days_than_asked_and_refuses_a_span_out_of_range) {
  const Response two =
      GetLater("/v1/stations?days=2&min_position=" + std::to_string(log.Head()), school);
  BOOST_REQUIRE(two.status == 200);
  BOOST_TEST(Body(two).at("data").at(0).at("days").as_array().size() == 2u);
  for (const char* days : {"0", "63", "x"}) {
    const Response r = Get(std::string("/v1/stations?days=") + days, school);
    BOOST_TEST(r.status == 400, days);
    BOOST_TEST(ErrorField(r) == "days", days);
  }
}

BOOST_AUTO_TEST_CASE(each_role_reads_the_stations_it_may) {
  const std::string at = "/v1/stations?min_position=" + std::to_string(log.Head());
  // Admins and auditors read every station; a coordinator their units' only.
  for (const std::string& token : {admin, auditor, school}) {
    const Response r = Get(at, token);
    BOOST_TEST(r.status == 200);
    BOOST_TEST(r.body.find("st-maling") != std::string::npos);
  }
  const Response other = Get(at, coordinator);  // 小草义工协会's
  BOOST_TEST(other.status == 200);
  BOOST_TEST(Body(other).at("data").as_array().empty());
  // Volunteers and counselors are refused; nobody reads without a token.
  for (const std::string& token : {volunteer, counselor}) BOOST_TEST(Get(at, token).status == 403);
  BOOST_TEST(Get(at).status == 401);
}

BOOST_AUTO_TEST_CASE(its_coordinator_closes_it_and_it_records_no_opening_after) {
  GivenOldStation();
  const std::string close = "/v1/stations/st-old/close";
  const std::string why = R"({"reason": "并入中心校"})";
  // Another unit's coordinator, a volunteer and an auditor may not close it;
  // nothing is written for them.
  const std::uint64_t head = log.Head();
  for (const std::string& token : {coordinator, volunteer, auditor}) {
    BOOST_TEST(Post(close, token, why).status == 403);
  }
  BOOST_TEST(log.Head() == head);
  // A reason is needed, and the day it closed is not ahead.
  const Response no_reason = Post(close, school, "{}");
  BOOST_TEST(no_reason.status == 400);
  BOOST_TEST(ErrorField(no_reason) == "reason");
  const std::string tomorrow = FormatDate(Date{today.days + 1});
  const Response ahead =
      Post(close, school, R"({"reason": "并入中心校", "closed_on": ")" + tomorrow + R"("})");
  BOOST_TEST(ahead.status == 400, ahead.body);
  BOOST_TEST(log.Head() == head);
  // A station can not close on a day it opened: the domain's code says why.
  const Response opened = Post("/v1/stations/st-maling/close", school, why);
  BOOST_TEST(opened.status == 409);
  BOOST_TEST(opened.body.find("opened_after_closing") != std::string::npos, opened.body);
  // When its coordinator closes it, with no day given: today.
  const Response closed = Post(close, school, why);
  BOOST_REQUIRE_MESSAGE(closed.status == 201, closed.body);
  // Then today's opening is refused, and the list shows the day it closed.
  const Response late = Post("/v1/stations/st-old/openings", school,
                             R"({"day": ")" + FormatDate(today) + R"(", "minutes": 150})");
  BOOST_TEST(late.status == 409);
  BOOST_TEST(late.body.find("inactive") != std::string::npos, late.body);
  BOOST_TEST(ClosedOn("st-old", school) == FormatDate(today));
  BOOST_TEST(ClosedOn("st-maling", school) == "");
  // A closed station does not close again.
  const Response again = Post(close, school, why);
  BOOST_TEST(again.status == 409);
  BOOST_TEST(again.body.find("inactive") != std::string::npos, again.body);
}

BOOST_AUTO_TEST_CASE(an_admin_closes_one_with_the_day_left_blank_for_today) {
  GivenOldStation();
  const Response closed =
      Post("/v1/stations/st-old/close", admin, R"({"reason": "校舍改作他用", "closed_on": ""})");
  BOOST_REQUIRE_MESSAGE(closed.status == 201, closed.body);
  BOOST_TEST(ClosedOn("st-old", admin) == FormatDate(today));
}

BOOST_AUTO_TEST_CASE(its_coordinator_withdraws_a_closing_by_mistake_and_it_opens_again) {
  GivenOldStation();
  BOOST_REQUIRE(Post("/v1/stations/st-old/close", school, R"({"reason": "录错了站"})").status ==
                201);
  const std::string reopen = "/v1/stations/st-old/reopen";
  const std::string why = R"({"reason": "关闭记录有误"})";
  // Only staff of its unit reopen it; nothing is written for the others.
  const std::uint64_t head = log.Head();
  for (const std::string& token : {coordinator, volunteer, auditor}) {
    BOOST_TEST(Post(reopen, token, why).status == 403);
  }
  const Response no_reason = Post(reopen, school, "{}");
  BOOST_TEST(no_reason.status == 400);
  BOOST_TEST(ErrorField(no_reason) == "reason");
  BOOST_TEST(log.Head() == head);
  // An open station is not reopened: the domain's code says why.
  const Response open = Post("/v1/stations/st-maling/reopen", school, why);
  BOOST_TEST(open.status == 409);
  BOOST_TEST(open.body.find("not_closed") != std::string::npos, open.body);
  // When its coordinator reopens it today, the day it closed, the closing is
  // withdrawn: the list shows none, and today's opening is recorded.
  const Response reopened = Post(reopen, school, why);
  BOOST_REQUIRE_MESSAGE(reopened.status == 201, reopened.body);
  BOOST_TEST(ClosedOn("st-old", school) == "");
  const Response opening = Post("/v1/stations/st-old/openings", school,
                                R"({"day": ")" + FormatDate(today) + R"(", "minutes": 150})");
  BOOST_TEST(opening.status == 201, opening.body);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::http
