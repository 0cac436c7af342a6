// The year's assessment (考核) of the county office's member units: their
// work over the year, their monthly reports on time, late or missing, and
// their activity stations, new and short of their daily opening.

#include <boost/test/unit_test.hpp>

#include "tests/projections/report_fixture.h"

namespace homeward::testing {
namespace {

struct AssessmentFixture : ReportFixture {
  // The assessment of `unit` for `year`, read on `now` (2027-04-20 unless given).
  boost::json::value Assess(std::string_view unit, std::string_view year,
                            std::int64_t now = At("2027-04-20")) {
    return Assessment(state(), kOrg, unit, year, now).value();
  }
  // The row of `unit` in assessment `r`.
  static const boost::json::value& RowOf(const boost::json::value& r, std::string_view unit) {
    for (const auto& row : r.at("units").as_array())
      if (row.at("unit_id").as_string() == unit) return row;
    BOOST_FAIL("no row for " << unit);
    return r;
  }
  static std::int64_t Number(const boost::json::value& row, std::string_view field) {
    return row.at(field).to_number<std::int64_t>();
  }
};

BOOST_FIXTURE_TEST_SUITE(assessment_test, AssessmentFixture)

BOOST_AUTO_TEST_CASE(the_county_office_assesses_each_unit_over_the_year) {
  // Given the school's activities in March and April, and one next year
  Held("mar", "a", At("2027-03-10"), {"c1"}, 60);
  Held("trip", "a", At("2027-04-10"), {"c1", "c2"}, 480);
  Held("next-year", "a", At("2028-01-10"), {"c2"}, 60);
  Given("child", "c1",
        ContactRecorded{"c1", "k1", ContactKind::kTalk, "wang", At("2027-04-12"), 30, ""},
        At("2027-04-12"));
  // and the township's talk in April
  Held("talk", "b", At("2027-04-11"), {"c3"}, 120);
  // and the school's April report in early, none of the township's
  Given("unit", "a", MonthlyReportSubmitted{"a", "2027-04", "", 1, 2, 8}, At("2027-04-19"));
  // and a station the township had before the year, and one the school opened in April
  Given("station", "s0", StationRegistered{"s0", "b", "茅塔活动站", {}, 40, 120}, At("2026-12-20"));
  Given("station", "s1", StationRegistered{"s1", "a", "马岭活动站", {}, 40, 120},
        At("2027-04-05", 8));
  Given("station", "s1", StationOpened{"s1", ParseDate("2027-04-06").value(), 150, {"v1"}, 10},
        At("2027-04-06", 18));

  // When the county office reads 2027's assessment on 20 April
  const boost::json::value r = Assess("county", "2027");

  // Then each unit has its year's work, reports and stations
  const auto& units = r.at("units").as_array();
  BOOST_REQUIRE(units.size() == 3u);
  const auto& school = units[1];
  BOOST_TEST(school.at("unit_id").as_string() == "a");
  BOOST_TEST(Number(school, "activities_held") == 2);
  BOOST_TEST(Number(school, "children_reached") == 2);
  BOOST_TEST(school.at("volunteer_hours").as_double() == 9.0);
  BOOST_TEST(Number(school, "contacts_made") == 1);
  // January to March fell due by now and never came; April came on time.
  BOOST_TEST(Number(school, "reports_on_time") == 1);
  BOOST_TEST(Number(school, "reports_late") == 0);
  BOOST_TEST(Number(school, "reports_missing") == 3);
  BOOST_TEST(Number(school, "stations") == 1);
  BOOST_TEST(Number(school, "stations_new") == 1);
  // 11 working days from 5 to 19 April, open long enough on one.
  BOOST_TEST(Number(school, "short_opening_days") == 10);
  const auto& township = units[2];
  BOOST_TEST(Number(township, "activities_held") == 1);
  BOOST_TEST(Number(township, "reports_on_time") == 0);
  BOOST_TEST(Number(township, "reports_missing") == 3);
  BOOST_TEST(Number(township, "stations") == 1);
  BOOST_TEST(Number(township, "stations_new") == 0);
  // Never open, from 1 January to yesterday: 77 working days.
  BOOST_TEST(Number(township, "short_opening_days") == 77);
  // And the total counts each child once.
  const auto& total = r.at("total");
  BOOST_TEST(Number(total, "activities_held") == 3);
  BOOST_TEST(Number(total, "children_reached") == 3);
  BOOST_TEST(total.at("volunteer_hours").as_double() == 11.0);
  BOOST_TEST(Number(total, "stations") == 2);
  BOOST_TEST(Number(total, "stations_new") == 1);
  BOOST_TEST(Number(total, "short_opening_days") == 87);
}

BOOST_AUTO_TEST_CASE(a_unit_moved_in_the_year_counts_under_each_parent_for_its_months_there) {
  // Given a village under the school until mid-April, then under the township
  Given("unit", "x", UnitCreated{"x", "马岭村", UnitKind::kVillage, "a", "Asia/Shanghai"},
        At("2027-01-01"));
  Held("march", "x", At("2027-03-10"), {"c1"}, 60);
  Given("unit", "x", UnitMoved{"x", "b"}, At("2027-04-15"));
  Held("may", "x", At("2027-05-10"), {"c3"}, 120);
  Given("station", "sx", StationRegistered{"sx", "x", "村活动站", {}, 40, 120}, At("2027-05-03"));
  // When each reads 2027's assessment in June
  const std::int64_t june = At("2027-06-10");
  const boost::json::value school = Assess("a", "2027", june);
  const boost::json::value township = Assess("b", "2027", june);
  // Then the school has the village's months with it: January to March
  BOOST_TEST(Number(RowOf(school, "x"), "activities_held") == 1);
  BOOST_TEST(Number(RowOf(school, "x"), "reports_missing") == 3);
  BOOST_TEST(Number(RowOf(school, "x"), "stations") == 0);
  // and the township the rest: April's report fell due under it, and May's
  BOOST_TEST(Number(RowOf(township, "x"), "activities_held") == 1);
  BOOST_TEST(Number(RowOf(township, "x"), "children_reached") == 1);
  BOOST_TEST(Number(RowOf(township, "x"), "reports_missing") == 2);
  BOOST_TEST(Number(RowOf(township, "x"), "stations") == 1);
  BOOST_TEST(Number(township.at("total"), "activities_held") == 1);
  BOOST_TEST(Number(school.at("total"), "activities_held") == 1);
}

BOOST_AUTO_TEST_CASE(a_year_before_any_work_counts_nothing) {
  Held("trip", "a", At("2027-04-10"), {"c1", "c2"}, 480);
  const boost::json::value r = Assess("a", "2026");
  BOOST_TEST(Number(r.at("total"), "activities_held") == 0);
  BOOST_TEST(Number(r.at("total"), "reports_missing") == 0);
}

BOOST_AUTO_TEST_CASE(a_malformed_year_or_an_unknown_unit_is_refused) {
  for (const char* year : {"27", "abcd", "1999", "2200", "2027-04"}) {
    const auto refused = Assessment(state(), kOrg, "a", year, At("2027-04-20"));
    BOOST_TEST(refused.status().code() == Code::kInvalidArgument, year);
  }
  BOOST_TEST(Assessment(state(), kOrg, "nope", "2027", At("2027-04-20")).status().code() ==
             Code::kNotFound);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::testing
