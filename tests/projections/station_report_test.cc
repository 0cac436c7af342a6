// The monthly report's station openings: short openings on weekdays, days
// without one, holidays and make-up working days, weekends.

#include <boost/test/unit_test.hpp>

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

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::testing
