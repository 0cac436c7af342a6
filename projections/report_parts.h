#pragma once
// What the monthly report and the assessment over several months count alike
// (projections/monthly_report.h): each unit's figures over a span of months,
// whether a unit's report of a month came in on time, and a station's short
// working days and rest days in a month; and the year a report asks for,
// which the routes and exports of other yearly lists read the same way.

#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>

#include "projections/monthly_report.h"

namespace homeward {

// The year "YYYY" names (2000 to 2199), or this year in Beijing time at
// `now_us` when empty. Errors: invalid_argument naming "year".
Result<int> ReportYear(std::string_view year, std::int64_t now_us);

// One unit's work over a span of months.
struct ReportFigures {
  std::uint32_t activities = 0;    // completed activities that started in it
  std::set<std::string> children;  // reached by an activity or a contact
  std::uint64_t minutes = 0;       // volunteer minutes confirmed for those activities
  std::uint32_t contacts = 0;      // contacts made with children then in the unit

  // Adds `other`'s work to this (a child reached in both counted once).
  void Add(const ReportFigures& other);
};

// Where a unit's work of a month counts: the figures `find(unit, month)`
// names, or nowhere (nullptr: the unit is not in the report's tree then).
using FiguresOf = std::function<ReportFigures*(const std::string& unit, YearMonth month)>;

// Adds, in one pass, what each unit did in the months `first` to `last`
// (each in the unit's time zone) to where `find` says it counts: its
// completed activities, and the contacts made with children who were with it
// at the time.
void CountFigures(const MonthlyReportState& state, std::string_view org, YearMonth first,
                  YearMonth last, const FiguresOf& find);

// A unit's report of a month: "on_time", "late", "missing" (due and not
// in, at `now_us`) or "not_due" (not in yet, or not owed at all); `owes`
// whether the unit owed it (a member unit when it fell due, open before
// that month ended).
struct ReportStanding {
  std::string report = "not_due";
  bool owes = false;
};
ReportStanding StandingOf(const ReportUnit& unit, YearMonth month, std::string_view zone,
                          std::int64_t now_us);

// A station's month: its working days open less than its daily minimum (0
// minutes for one it did not open), and its weekends and holidays (all day
// for the children who need them): how many, on how many it opened, on how
// many for 8 hours or more. Only the days it owed (StationDutyDays), and
// any working day with an opening recorded.
struct StationMonth {
  std::map<Date, std::uint32_t> short_days;  // day -> minutes open
  std::uint32_t rest_days = 0, rest_open = 0, rest_all_day = 0;
};
StationMonth StationMonthOf(const MonthlyReportState& state, std::string_view org,
                            const ReportStation& station, YearMonth month, std::int64_t now_us);

}  // namespace homeward
