#pragma once
// Given a county office with two member units (a school, a township) and
// three children, the monthly report's tests record activities, contacts and
// station openings and read the report back.

#include <boost/json.hpp>
#include <string>
#include <vector>

#include "projections/monthly_report.h"
#include "tests/projections/view_fixture.h"

namespace homeward::testing {

// The county office "county", its units "a" (children c1, c2) and "b" (c3).
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
  // An activity of `unit` planned the day before `starts`, with `children`
  // enrolled, `minutes` of volunteer v1's hours confirmed, and completed.
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
  // The monthly report of `unit` (a unit or the county office) for `month`
  // ("YYYY-MM"), as read at `now`.
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

}  // namespace homeward::testing
