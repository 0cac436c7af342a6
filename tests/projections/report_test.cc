// The monthly report per member unit, rolled up for the county office.

#include <boost/test/unit_test.hpp>

#include "projections/monthly_report.h"
#include "tests/projections/view_fixture.h"

namespace homeward::testing {
namespace {

struct ReportFixture : ViewFixture<MonthlyReportState> {
  ReportFixture() {
    Given("unit", "county",
          UnitCreated{"county", "县妇联", UnitKind::kFederation, "", "Asia/Shanghai"},
          At("2027-01-01"));
    Given("unit", "a", UnitCreated{"a", "马岭小学", UnitKind::kSchool, "county", "Asia/Shanghai"},
          At("2027-01-01"));
    Given("unit", "b", UnitCreated{"b", "茅塔乡", UnitKind::kTownship, "county", "Asia/Shanghai"},
          At("2027-01-01"));
    for (const char* c : {"c1", "c2", "c3"}) {
      Given("child", c, ChildRegistered{c, std::string(c) == "c3" ? "b" : "a", {}, "t"},
            At("2027-01-02"));
    }
  }
  void Held(const std::string& id, const std::string& unit, std::int64_t starts,
            std::vector<std::string> children, std::uint32_t minutes) {
    ActivityPlanned plan;
    plan.activity_id = id;
    plan.unit_id = unit;
    plan.starts_at_us = starts;
    Given("activity", id, plan, starts - 86400'000'000LL);
    for (const auto& c : children) Given("activity", id, ChildEnrolled{id, c}, starts);
    Given("activity", id, HoursConfirmed{id, "v1", minutes, "gao"}, starts);
    Given("activity", id, ActivityCompleted{id}, starts);
  }
  boost::json::value Report(std::string_view unit, std::string_view month, std::int64_t now) {
    return MonthlyReport(state(), kOrg, unit, month, now).value();
  }
  // The contacts `unit` made in April 2027, as its report reads on the 25th.
  std::int64_t AprilContacts(std::string_view unit) {
    return Report(unit, "2027-04", At("2027-04-25"))
        .at("units")
        .as_array()[0]
        .at("contacts_made")
        .to_number<std::int64_t>();
  }
};

BOOST_FIXTURE_TEST_SUITE(report_test, ReportFixture)

BOOST_AUTO_TEST_CASE(a_unit_reports_activities_children_hours_and_contacts) {
  Held("trip", "a", At("2027-04-10"), {"c1", "c2"}, 480);
  Held("may", "a", At("2027-05-10"), {"c1"}, 60);  // another month
  Given("child", "c1",
        ContactRecorded{"c1", "k1", ContactKind::kTalk, "wang", At("2027-04-12"), 30, ""},
        At("2027-04-12"));
  const boost::json::value r = Report("a", "2027-04", At("2027-04-20"));
  const auto& row = r.at("units").as_array()[0];
  BOOST_TEST(row.at("activities_held").to_number<std::int64_t>() == 1);
  BOOST_TEST(row.at("children_reached").to_number<std::int64_t>() == 2);
  BOOST_TEST(row.at("volunteer_hours").as_double() == 8.0);
  BOOST_TEST(row.at("contacts_made").to_number<std::int64_t>() == 1);
}

BOOST_AUTO_TEST_CASE(a_transferred_childs_contacts_count_for_the_unit_they_were_with_then) {
  const auto contact = [&](std::string id, std::int64_t at) {
    Given("child", "c1", ContactRecorded{"c1", id, ContactKind::kTalk, "wang", at, 30, ""}, at);
  };
  contact("k1", At("2027-04-05"));
  Given("child", "c1", ChildTransferred{"c1", "a", "b", "转学"}, At("2027-04-15"));
  contact("k2", At("2027-04-20"));
  // Recorded late, about a day before the transfer: still the old unit's.
  Given("child", "c1",
        ContactRecorded{"c1", "k3", ContactKind::kHomeVisit, "wang", At("2027-04-14"), 60, ""},
        At("2027-04-21"));
  BOOST_TEST(AprilContacts("a") == 2);
  BOOST_TEST(AprilContacts("b") == 1);
}

BOOST_AUTO_TEST_CASE(a_move_recorded_late_counts_from_the_day_it_took_effect) {
  const auto contact = [&](std::string id, std::int64_t at) {
    Given("child", "c1", ContactRecorded{"c1", id, ContactKind::kTalk, "wang", at, 30, ""}, at);
  };
  contact("k1", At("2027-04-05"));
  contact("k2", At("2027-04-12"));
  // Recorded on the 15th, effective since the 10th: the new school made k2.
  Given("child", "c1", ChildTransferred{"c1", "a", "b", "转学", ParseDate("2027-04-10").value()},
        At("2027-04-15"));
  BOOST_TEST(AprilContacts("a") == 1);
  BOOST_TEST(AprilContacts("b") == 1);
}

BOOST_AUTO_TEST_CASE(moves_count_in_the_order_they_were_made) {
  // A move of schema version 1 (no day named), then one back, named as of
  // a day before the first was recorded: the child is back with a since then.
  Given("child", "c1", ChildTransferred{"c1", "a", "b", "转学", Date{}}, At("2027-04-10"));
  Given("child", "c1", ChildTransferred{"c1", "b", "a", "回原校", ParseDate("2027-04-05").value()},
        At("2027-04-15"));
  Given("child", "c1",
        ContactRecorded{"c1", "k1", ContactKind::kTalk, "wang", At("2027-04-20"), 30, ""},
        At("2027-04-20"));
  BOOST_TEST(AprilContacts("a") == 1);
  BOOST_TEST(AprilContacts("b") == 0);
}

BOOST_AUTO_TEST_CASE(the_county_office_sees_every_unit_rolled_up) {
  Held("trip", "a", At("2027-04-10"), {"c1", "c2"}, 480);
  Held("talk", "b", At("2027-04-11"), {"c3"}, 120);
  const boost::json::value r = Report("county", "2027-04", At("2027-04-20"));
  BOOST_TEST(r.at("units").as_array().size() == 3u);
  BOOST_TEST(r.at("total").at("activities_held").to_number<std::int64_t>() == 2);
  BOOST_TEST(r.at("total").at("children_reached").to_number<std::int64_t>() == 3);
  BOOST_TEST(r.at("total").at("volunteer_hours").as_double() == 10.0);
}

BOOST_AUTO_TEST_CASE(late_and_missing_reports_are_listed_after_the_30th) {
  Given("unit", "a", MonthlyReportSubmitted{"a", "2027-04", "", 1, 2, 8}, At("2027-04-29"));
  Given("unit", "b", MonthlyReportSubmitted{"b", "2027-04", "", 1, 1, 2}, At("2027-05-02"));
  BOOST_TEST(Report("county", "2027-04", At("2027-05-03")).at("late_reports").as_array().size() ==
             1u);
  const boost::json::value april = Report("county", "2027-04", At("2027-05-03"));
  BOOST_TEST(Row(april.at("units"), "unit_id", "a")->at("report").as_string() == "on_time");
  BOOST_TEST(Row(april.at("units"), "unit_id", "b")->at("report").as_string() == "late");
  const boost::json::value may = Report("county", "2027-05", At("2027-06-01"));
  BOOST_TEST(may.at("late_reports").as_array().size() == 2u);
  BOOST_TEST(Row(may.at("late_reports"), "unit_id", "a")->at("report").as_string() == "missing");
}

BOOST_AUTO_TEST_CASE(a_unit_owes_no_report_before_it_exists_or_after_it_closes) {
  // Given unit c created in March and unit b closed in May.
  Given("unit", "c", UnitCreated{"c", "新村", UnitKind::kOther, "county", "Asia/Shanghai"},
        At("2027-03-15"));
  Given("unit", "b", UnitClosed{"b", "merged"}, At("2027-05-10"));
  // Then February's report does not list c (the tree as it stood then),
  // March's lists it as missing.
  const boost::json::value feb = Report("county", "2027-02", At("2027-06-05"));
  BOOST_TEST(Row(feb.at("units"), "unit_id", "c") == nullptr);
  BOOST_TEST(Row(Report("c", "2027-02", At("2027-06-05")).at("units"), "unit_id", "c")
                 ->at("report")
                 .as_string() == "not_due");
  const boost::json::value mar = Report("county", "2027-03", At("2027-06-05"));
  BOOST_TEST(Row(mar.at("units"), "unit_id", "c")->at("report").as_string() == "missing");
  // And b owes April's report, but not May's or any after.
  BOOST_TEST(Row(Report("county", "2027-04", At("2027-06-05")).at("units"), "unit_id", "b")
                 ->at("report")
                 .as_string() == "missing");
  for (const char* month : {"2027-05", "2027-06"}) {
    const boost::json::value r = Report("county", month, At("2027-07-05"));
    BOOST_TEST(Row(r.at("units"), "unit_id", "b")->at("report").as_string() == "not_due", month);
    BOOST_TEST(Row(r.at("late_reports"), "unit_id", "b") == nullptr, month);
  }
}

BOOST_AUTO_TEST_CASE(a_past_month_rolls_up_under_the_tree_as_it_stood_then) {
  // Given 马岭小学 held a trip in April under the county, and moved under
  // another federation in May, where it held a talk.
  Given("unit", "other", UnitCreated{"other", "镇妇联", UnitKind::kFederation, "", "Asia/Shanghai"},
        At("2027-01-01"));
  Held("trip", "a", At("2027-04-10"), {"c1", "c2"}, 480);
  Given("unit", "a", UnitMoved{"a", "other"}, At("2027-05-03"));
  Held("talk", "a", At("2027-05-20"), {"c1"}, 60);
  const auto held = [&](std::string_view root, std::string_view month) {
    const boost::json::value r = Report(root, month, At("2027-06-15"));
    return r.at("total").at("activities_held").to_number<std::int64_t>();
  };
  // Then April's trip stays the county's, and May's talk is the other's.
  BOOST_TEST(held("county", "2027-04") == 1);
  BOOST_TEST(held("other", "2027-04") == 0);
  BOOST_TEST(held("county", "2027-05") == 0);
  BOOST_TEST(held("other", "2027-05") == 1);
  // And April's rows list 马岭小学 under the county, May's under the other.
  const auto listed = [&](std::string_view root, std::string_view month, std::int64_t now) {
    return Row(Report(root, month, now).at("units"), "unit_id", "a") != nullptr;
  };
  BOOST_TEST(listed("county", "2027-04", At("2027-06-15")));
  BOOST_TEST(!listed("county", "2027-05", At("2027-06-15")));
  // The current month rolls up under the tree as it stands.
  BOOST_TEST(listed("other", "2027-05", At("2027-05-04")));
}

BOOST_AUTO_TEST_CASE(each_unit_rolls_up_under_one_top_unit_as_it_stood_in_its_own_time_zone) {
  // Given a federation in Asia/Urumqi at the top, and 马岭小学 (Shanghai)
  // moved under it at 00:30 on 1 May in Shanghai, 22:30 on 30 April there.
  Given("unit", "west", UnitCreated{"west", "西部妇联", UnitKind::kFederation, "", "Asia/Urumqi"},
        At("2027-01-01"));
  Given("unit", "a", UnitMoved{"a", "west"}, At("2027-05-01", 0, 30));
  // And b moved to the top on 10 April.
  Given("unit", "b", UnitMoved{"b", ""}, At("2027-04-10"));
  const auto roots = [&](std::string_view month) {
    return ReportRoots(state(), kOrg, ParseMonth(month).value());
  };
  const auto tree = [&](std::string_view root, std::string_view month) {
    return ReportTree(state(), kOrg, root, ParseMonth(month).value());
  };
  // Then March's reports have the county and the west at the top, b under
  // the county; April's and May's have b at the top of its own.
  BOOST_TEST(roots("2027-03") == (std::vector<std::string>{"county", "west"}));
  BOOST_TEST(tree("county", "2027-03") == (std::vector<std::string>{"county", "a", "b"}));
  BOOST_TEST(roots("2027-04") == (std::vector<std::string>{"b", "county", "west"}));
  // And 马岭小学's April is the county's, as the day ended in Shanghai, its
  // May the west's.
  BOOST_TEST(tree("county", "2027-04") == (std::vector<std::string>{"county", "a"}));
  BOOST_TEST(tree("west", "2027-04") == (std::vector<std::string>{"west"}));
  BOOST_TEST(tree("west", "2027-05") == (std::vector<std::string>{"west", "a"}));
}

BOOST_AUTO_TEST_CASE(a_unit_owes_the_reports_of_the_months_it_was_a_member_unit_when_due) {
  // The unit's row in the report of `root`'s tree.
  const auto report = [&](std::string_view unit, std::string_view month,
                          std::string_view root = "county") {
    const boost::json::value r = Report(root, month, At("2027-08-05"));
    const boost::json::object* row = Row(r.at("units"), "unit_id", unit);
    return row ? std::string(row->at("report").as_string()) : "not listed";
  };
  // Given a unit created under the county after March's report fell due.
  Given("unit", "late", UnitCreated{"late", "新村", UnitKind::kOther, "county", "Asia/Shanghai"},
        At("2027-03-31"));
  // And a federation of its own since January, moved under the county on 31 May.
  Given("unit", "top", UnitCreated{"top", "乡妇联", UnitKind::kFederation, "", "Asia/Shanghai"},
        At("2027-01-01"));
  Given("unit", "top", UnitMoved{"top", "county"}, At("2027-05-31"));
  // Then neither owes, nor is under the county in, the month it came in,
  // and each owes the next.
  BOOST_TEST(report("late", "2027-03") == "not listed");
  BOOST_TEST(report("late", "2027-03", "late") == "not_due");
  const auto owes = [&](std::string_view unit, std::string_view month) {
    return Row(Report(unit, month, At("2027-08-05")).at("units"), "unit_id", unit)
        ->at("owes")
        .as_bool();
  };
  BOOST_TEST(!owes("late", "2027-03"));
  BOOST_TEST(owes("late", "2027-04"));
  BOOST_TEST(report("late", "2027-04") == "missing");
  BOOST_TEST(report("top", "2027-05") == "not listed");
  BOOST_TEST(report("top", "2027-05", "top") == "not_due");
  BOOST_TEST(report("top", "2027-06") == "missing");
  // Until it stands at the top again.
  Given("unit", "top", UnitMoved{"top", ""}, At("2027-07-01"));
  BOOST_TEST(report("top", "2027-07") == "not listed");
  BOOST_TEST(report("top", "2027-07", "top") == "not_due");
  BOOST_TEST(report("top", "2027-06") == "missing");
}

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

BOOST_AUTO_TEST_CASE(an_unknown_unit_or_a_bad_month_is_refused) {
  BOOST_TEST(MonthlyReport(state(), kOrg, "nope", "2027-04", 0).status().code() == Code::kNotFound);
  BOOST_TEST(MonthlyReport(state(), kOrg, "a", "2027-13", 0).status().code() ==
             Code::kInvalidArgument);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::testing
