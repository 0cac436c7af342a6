// The monthly report's station openings: short openings on weekdays, days
// without one, holidays and make-up working days, weekends, a station closed
// and reopened.

#include <boost/test/unit_test.hpp>

#include "projections/station_list.h"
#include "tests/projections/report_fixture.h"

namespace homeward::testing {
namespace {

BOOST_FIXTURE_TEST_SUITE(station_report_test, ReportFixture)

BOOST_AUTO_TEST_CASE(short_station_openings_on_weekdays_are_listed) {
  // Given a station registered on Monday 5 April.
  Given("station", "s1", StationRegistered{"s1", "a", "活动站", {}, 40, 120}, At("2027-04-05", 8));
  Given("station", "s1", StationOpened{"s1", ParseDate("2027-04-05").value(), 90, {}, 10},
        At("2027-04-05"));  // Monday
  Given("station", "s1", StationOpened{"s1", ParseDate("2027-04-10").value(), 60, {}, 10},
        At("2027-04-10"));  // Saturday
  Given("station", "s1", StationOpened{"s1", ParseDate("2027-04-06").value(), 150, {}, 10},
        At("2027-04-06"));  // long enough
  // Two openings on one day count together: 90 and 60 minutes make 150.
  Given("station", "s1", StationOpened{"s1", ParseDate("2027-04-13").value(), 90, {}, 10},
        At("2027-04-13", 11));
  Given("station", "s1", StationOpened{"s1", ParseDate("2027-04-13").value(), 60, {}, 10},
        At("2027-04-13", 17));
  // Two short ones that stay short together are listed once, with their sum.
  Given("station", "s1", StationOpened{"s1", ParseDate("2027-04-14").value(), 30, {}, 10},
        At("2027-04-14", 11));
  Given("station", "s1", StationOpened{"s1", ParseDate("2027-04-14").value(), 40, {}, 10},
        At("2027-04-14", 17));
  // When the report is read on Thursday 15 April, then the weekdays from the
  // 5th to the 14th that fell short are listed, those without an opening
  // with 0 minutes; today is not over yet.
  const boost::json::value r = Report("county", "2027-04", At("2027-04-15"));
  const auto& listed = r.at("short_openings").as_array();
  const std::vector<std::pair<std::string, std::int64_t>> expected{
      {"2027-04-05", 90}, {"2027-04-07", 0}, {"2027-04-08", 0},
      {"2027-04-09", 0},  {"2027-04-12", 0}, {"2027-04-14", 70}};
  BOOST_REQUIRE(listed.size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    BOOST_TEST(listed[i].at("station_id").as_string() == "s1");
    BOOST_TEST(listed[i].at("day").as_string() == expected[i].first);
    BOOST_TEST(listed[i].at("minutes").to_number<std::int64_t>() == expected[i].second);
  }
}

BOOST_AUTO_TEST_CASE(a_station_that_seldom_opens_has_every_weekday_without_an_opening_listed) {
  // Given a station registered in January that opened long enough on three
  // weekdays of March and on a Saturday.
  Given("station", "s1", StationRegistered{"s1", "a", "活动站", {}, 40, 120}, At("2027-01-03"));
  for (const char* day : {"2027-03-03", "2027-03-06", "2027-03-17", "2027-03-24"}) {
    Given("station", "s1", StationOpened{"s1", ParseDate(day).value(), 150, {}, 10}, At(day, 18));
  }
  // When March is read in April, then each of its other 20 weekdays is
  // listed with 0 minutes, and no weekend day.
  const boost::json::value r = Report("a", "2027-03", At("2027-04-05"));
  const auto& listed = r.at("short_openings").as_array();
  BOOST_REQUIRE(listed.size() == 20u);
  BOOST_TEST(listed.front().at("day").as_string() == "2027-03-01");
  BOOST_TEST(listed.back().at("day").as_string() == "2027-03-31");
  for (const auto& row : listed) {
    BOOST_TEST(row.at("minutes").to_number<std::int64_t>() == 0);
    const Date day = ParseDate(std::string(row.at("day").as_string())).value();
    BOOST_TEST(Weekday(day) < 5);
    BOOST_TEST(row.at("day").as_string() != "2027-03-03");
    BOOST_TEST(row.at("day").as_string() != "2027-03-17");
    BOOST_TEST(row.at("day").as_string() != "2027-03-24");
  }
}

BOOST_AUTO_TEST_CASE(holidays_owe_no_opening_and_a_make_up_saturday_does) {
  // Given a station registered in September that never opened, and National
  // Day declared: 1 and 4-7 October off, Saturday 9 October worked (调休).
  Given("station", "s1", StationRegistered{"s1", "a", "活动站", {}, 40, 120}, At("2027-09-01"));
  Given("holidays", "2027", NationalDay2027(), At("2027-09-10"));
  // When October is read in November, then its 21 weekdays less the 5 off,
  // and the Saturday worked, are listed: 17 days from the 8th to the 29th.
  const boost::json::value r = Report("a", "2027-10", At("2027-11-02"));
  const auto& listed = r.at("short_openings").as_array();
  BOOST_REQUIRE(listed.size() == 17u);
  BOOST_TEST(listed.front().at("day").as_string() == "2027-10-08");
  BOOST_TEST(listed[1].at("day").as_string() == "2027-10-09");
  BOOST_TEST(listed.back().at("day").as_string() == "2027-10-29");
}

BOOST_AUTO_TEST_CASE(weekends_and_holidays_count_the_days_a_station_opened_and_all_day) {
  // Given a station registered in September, National Day declared (1 and
  // 4-7 October off, Saturday 9 October worked), and three rest days open:
  // Saturday 2 all day, Sunday 3 for four hours, Saturday 16 in two parts
  // that make more than eight hours.
  Given("station", "s1", StationRegistered{"s1", "a", "活动站", {}, 40, 120}, At("2027-09-01"));
  Given("holidays", "2027", NationalDay2027(), At("2027-09-10"));
  const std::pair<const char*, std::uint32_t> openings[] = {
      {"2027-10-02", 480}, {"2027-10-03", 240}, {"2027-10-16", 300}, {"2027-10-16", 200}};
  for (const auto& [day, minutes] : openings) {
    Given("station", "s1", StationOpened{"s1", ParseDate(day).value(), minutes, {}, 6},
          At(day, 18));
  }
  // When October is read in November, then its rest days are the 9 weekend
  // days not worked and the 5 holidays; it opened on 3, all day on 2.
  const boost::json::value r = Report("a", "2027-10", At("2027-11-02"));
  const auto& rest = r.at("rest_day_openings").as_array();
  BOOST_REQUIRE(rest.size() == 1u);
  BOOST_TEST(rest[0].at("station_id").as_string() == "s1");
  BOOST_TEST(rest[0].at("rest_days").to_number<std::int64_t>() == 14);
  BOOST_TEST(rest[0].at("days_open").to_number<std::int64_t>() == 3);
  BOOST_TEST(rest[0].at("days_open_all_day").to_number<std::int64_t>() == 2);
  // And a rest-day opening is never a short working day.
  for (const auto& row : r.at("short_openings").as_array()) {
    BOOST_TEST(row.at("day").as_string() != "2027-10-03");
  }
  // Read on Monday 4 October, the month so far has three rest days: 1 to 3.
  const boost::json::value early = Report("a", "2027-10", At("2027-10-04", 9));
  BOOST_TEST(
      early.at("rest_day_openings").as_array()[0].at("rest_days").to_number<std::int64_t>() == 3);
}

BOOST_AUTO_TEST_CASE(station_days_run_from_the_registration_to_yesterday_in_the_current_month) {
  // Given a station registered on Wednesday 17 March that never opened.
  Given("station", "s2", StationRegistered{"s2", "a", "新站", {}, 40, 120}, At("2027-03-17", 9));
  // When March is read on Wednesday 24 March, then the weekdays from the
  // 17th to the 23rd are listed: 17, 18, 19, 22 and 23.
  const boost::json::value now = Report("a", "2027-03", At("2027-03-24", 10));
  const auto& so_far = now.at("short_openings").as_array();
  BOOST_REQUIRE(so_far.size() == 5u);
  BOOST_TEST(so_far.front().at("day").as_string() == "2027-03-17");
  BOOST_TEST(so_far.back().at("day").as_string() == "2027-03-23");
  // And once the month is over, every weekday from the 17th to the 31st.
  const boost::json::value after = Report("a", "2027-03", At("2027-04-02"));
  BOOST_TEST(after.at("short_openings").as_array().size() == 11u);
  // A month before the registration lists nothing.
  BOOST_TEST(Report("a", "2027-02", At("2027-04-02")).at("short_openings").as_array().empty());
}

BOOST_AUTO_TEST_CASE(a_closed_station_owes_no_day_from_the_day_it_closed) {
  // Given a station registered on Monday 5 April, open long enough that day,
  // and closed from Thursday the 8th (recorded on Friday the 9th).
  Given("station", "s1", StationRegistered{"s1", "a", "活动站", {}, 40, 120}, At("2027-04-05", 8));
  Given("station", "s1", StationOpened{"s1", ParseDate("2027-04-05").value(), 150, {}, 10},
        At("2027-04-05", 18));
  Given("station", "s1", StationClosed{"s1", ParseDate("2027-04-08").value(), "并入中心校"},
        At("2027-04-09"));
  // When April is read in May, then only the 6th and 7th are short: no day
  // from the 8th on is owed, working or not.
  const boost::json::value r = Report("a", "2027-04", At("2027-05-03"));
  const auto& listed = r.at("short_openings").as_array();
  BOOST_REQUIRE(listed.size() == 2u);
  BOOST_TEST(listed[0].at("day").as_string() == "2027-04-06");
  BOOST_TEST(listed[1].at("day").as_string() == "2027-04-07");
  BOOST_TEST(r.at("rest_day_openings").as_array().empty());
  // May, all after the closing, lists nothing.
  BOOST_TEST(Report("a", "2027-05", At("2027-06-02")).at("short_openings").as_array().empty());
  // The station list shows the day it closed, and its days since are not short.
  const boost::json::value list = StationList(state(), kOrg, At("2027-04-12"), 7);
  BOOST_REQUIRE(list.as_array().size() == 1u);
  const auto& station = list.as_array()[0];
  BOOST_TEST(station.at("closed_on").as_string() == "2027-04-08");
  for (const auto& day : station.at("days").as_array()) {
    const bool owed =
        day.at("day").as_string() == "2027-04-06" || day.at("day").as_string() == "2027-04-07";
    BOOST_TEST(day.at("short").as_bool() == owed, day.at("day").as_string());
  }
  // The year's assessment counts it among neither the stations nor the new ones.
  const boost::json::value year = Assessment(state(), kOrg, "a", "2027", At("2027-05-03")).value();
  const auto& unit = year.at("units").as_array()[0];
  BOOST_TEST(unit.at("stations").to_number<std::int64_t>() == 0);
  BOOST_TEST(unit.at("stations_new").to_number<std::int64_t>() == 0);
  BOOST_TEST(unit.at("short_opening_days").to_number<std::int64_t>() == 2);
}

BOOST_AUTO_TEST_CASE(an_open_station_lists_no_closing_day) {
  Given("station", "s1", StationRegistered{"s1", "a", "活动站", {}, 40, 120}, At("2027-04-05", 8));
  const boost::json::value list = StationList(state(), kOrg, At("2027-04-12"), 7);
  BOOST_TEST(list.as_array()[0].at("closed_on").as_string() == "");
}

BOOST_AUTO_TEST_CASE(a_reopened_station_owes_its_days_again_but_not_those_it_was_closed) {
  // Given a station registered on Monday 5 April, closed for repairs from
  // Wednesday the 7th and reopened on Monday the 12th (recorded on the 13th).
  Given("station", "s1", StationRegistered{"s1", "a", "活动站", {}, 40, 120}, At("2027-04-05", 8));
  Given("station", "s1", StationClosed{"s1", ParseDate("2027-04-07").value(), "校舍修缮"},
        At("2027-04-07"));
  Given("station", "s1", StationReopened{"s1", ParseDate("2027-04-12").value(), "修缮完毕"},
        At("2027-04-13"));
  // When April is read on Thursday the 15th, then the 5th, 6th, 12th, 13th
  // and 14th are short: the 7th to the 9th were closed.
  const boost::json::value r = Report("a", "2027-04", At("2027-04-15", 10));
  const auto& listed = r.at("short_openings").as_array();
  std::vector<std::string> days;
  for (const auto& day : listed) days.emplace_back(day.at("day").as_string());
  BOOST_TEST(days == (std::vector<std::string>{"2027-04-05", "2027-04-06", "2027-04-12",
                                               "2027-04-13", "2027-04-14"}),
             boost::test_tools::per_element());
  // The station list has no closing in force, the day it reopened, and each
  // day it was closed marked so and not short.
  const boost::json::value list = StationList(state(), kOrg, At("2027-04-15", 10), 11);
  const auto& station = list.as_array()[0];
  BOOST_TEST(station.at("closed_on").as_string() == "");
  BOOST_TEST(station.at("reopened_on").as_string() == "2027-04-12");
  for (const auto& day : station.at("days").as_array()) {
    const std::string_view d = day.at("day").as_string();
    const bool closed = "2027-04-07" <= d && d <= "2027-04-11";
    BOOST_TEST(day.at("closed").as_bool() == closed, d);
    if (closed) BOOST_TEST(!day.at("short").as_bool(), d);
  }
  // The year's assessment counts it among the unit's stations: open at the year's end.
  const boost::json::value year = Assessment(state(), kOrg, "a", "2027", At("2027-04-15")).value();
  BOOST_TEST(year.at("units").as_array()[0].at("stations").to_number<std::int64_t>() == 1);
}

BOOST_AUTO_TEST_CASE(a_closing_withdrawn_on_its_day_leaves_every_day_owed) {
  Given("station", "s1", StationRegistered{"s1", "a", "活动站", {}, 40, 120}, At("2027-04-05", 8));
  Given("station", "s1", StationClosed{"s1", ParseDate("2027-04-07").value(), "录入错误"},
        At("2027-04-07"));
  Given("station", "s1", StationReopened{"s1", ParseDate("2027-04-07").value(), "关闭记录有误"},
        At("2027-04-08"));
  // Every weekday from the 5th to the 9th is short, as if it never closed.
  const boost::json::value r = Report("a", "2027-04", At("2027-04-12"));
  BOOST_TEST(r.at("short_openings").as_array().size() == 5u);
  const boost::json::value list = StationList(state(), kOrg, At("2027-04-12"), 7);
  const auto& station = list.as_array()[0];
  BOOST_TEST(station.at("reopened_on").as_string() == "");
  for (const auto& day : station.at("days").as_array()) BOOST_TEST(!day.at("closed").as_bool());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::testing
