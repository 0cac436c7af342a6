// The monthly report per member unit, rolled up for the county office.

#include <boost/test/unit_test.hpp>

#include "tests/projections/report_fixture.h"

namespace homeward::testing {
namespace {

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

BOOST_AUTO_TEST_CASE(an_unknown_unit_or_a_bad_month_is_refused) {
  BOOST_TEST(MonthlyReport(state(), kOrg, "nope", "2027-04", 0).status().code() == Code::kNotFound);
  BOOST_TEST(MonthlyReport(state(), kOrg, "a", "2027-13", 0).status().code() ==
             Code::kInvalidArgument);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::testing
