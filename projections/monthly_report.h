#pragma once
// The monthly report view: per member unit and month, the activities held,
// children reached, volunteer hours, contacts made, whether the unit's own
// report came in by the 30th, and activity-station openings under the daily
// minimum on a working day; rolled up over a unit's tree for the county office.

#include <boost/json/value.hpp>
#include <cereal/types/map.hpp>
#include <cereal/types/set.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/utility.hpp>
#include <cereal/types/vector.hpp>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "events/envelope.h"
#include "events/event.h"
#include "events/station_closures.h"
#include "projections/keyed_map.h"
#include "projections/unit_membership.h"
#include "projections/work_calendars.h"

namespace homeward {

struct ReportUnit {
  std::string name;
  Membership membership;  // its parent over time, from its creation
  std::string time_zone;
  std::map<std::string, std::int64_t> reports;  // "YYYY-MM" -> first submitted at
  std::int64_t closed_at_us = 0;                // 0 while open

  // Its time zone: Beijing time when it names none.
  std::string_view Zone() const;

  template <class Ar>
  void serialize(Ar& ar) {
    ar(name, membership, time_zone, reports, closed_at_us);
  }
};

struct ReportActivity {
  std::string unit_id;
  std::int64_t starts_at_us = 0;
  bool completed = false;
  std::set<std::string> children;
  std::map<std::string, std::uint32_t> minutes;  // confirmed, by volunteer
  template <class Ar>
  void serialize(Ar& ar) {
    ar(unit_id, starts_at_us, completed, children, minutes);
  }
};

struct ReportStation {
  std::string unit_id;
  std::string name;
  std::uint32_t min_daily_minutes = 120;
  std::vector<std::pair<Date, std::uint32_t>> openings;  // day, minutes
  std::int64_t registered_at_us = 0;                     // from then on it opens each working day
  StationClosures closures;                              // it owes no day it was closed
  template <class Ar>
  void serialize(Ar& ar) {
    ar(unit_id, name, min_daily_minutes, openings, registered_at_us, closures);
  }
};

struct ReportChild {
  std::string unit_id;  // registered with
  // When each move took effect (in time order), to which unit.
  std::vector<std::pair<std::int64_t, std::string>> transfers;
  std::map<std::string, std::int64_t> contacts;  // contact id -> when
  // The unit the child was with at `at_us`: a contact counts for it, so a
  // transfer leaves the reports of months before the day it took effect as
  // they were (one recorded late changes those since that day).
  const std::string& UnitAt(std::int64_t at_us) const {
    const std::string* unit = &unit_id;
    for (const auto& [since, to] : transfers)
      if (since <= at_us) unit = &to;
    return *unit;
  }
  template <class Ar>
  void serialize(Ar& ar) {
    ar(unit_id, transfers, contacts);
  }
};

struct MonthlyReportState {
  static constexpr std::string_view kName = "report";
  // 2: units' creation and closing
  // 3: stations' registration; weekdays without an opening are short
  // 4: the organization's working calendar (holidays and 调休)
  // 5: a transferred child's contacts count for the unit they were with then
  // 6: a transfer counts from the day it took effect, not when it was recorded
  // 7: units' parents over time (a past month rolls up under the tree of then)
  // 8: each parent with the position of the event that placed the unit
  // 9: stations' closing
  // 10: stations' reopening (each station's closed spans)
  static constexpr std::uint32_t kVersion = 10;

  KeyedMap<ReportUnit> units;  // all by OrgKey
  KeyedMap<ReportActivity> activities;
  KeyedMap<ReportStation> stations;
  KeyedMap<ReportChild> children;
  WorkCalendars calendars;

  void Apply(const Envelope& envelope, const Event& event);
  // The time zone of unit `unit_id` of `org`, known or not (ReportUnit::Zone).
  std::string ZoneOf(std::string_view org, std::string_view unit_id) const;

  template <class Ar>
  void serialize(Ar& ar) {
    ar(units, activities, stations, children, calendars);
  }
};

// The day a member unit's report for `month` is due: the 30th, or the last
// day of February (每月30号之前上报). The reminders and the report share it.
Date MonthlyReportDue(YearMonth month);

// The moment the report of `month` is late from in time zone `zone`: the end
// of the day MonthlyReportDue names.
std::int64_t MonthlyReportLateFrom(YearMonth month, std::string_view zone);

// Where a unit stood, in its time zone `zone`, as the report of `month` fell
// due: the placement in force at the end of the day MonthlyReportDue names.
const Placement& PlacementWhenDue(const Membership& membership, YearMonth month,
                                  std::string_view zone);

// Whether a unit owes the report of `month`, in its time zone `zone`: it
// stood under another unit (a member unit) when the report fell due. So a
// unit owes none for the months before it was created or became a member,
// nor for one it joined after the 30th; whether a closed unit owes is each
// view's to say.
bool OwesMonthlyReport(const Membership& membership, YearMonth month, std::string_view zone);

// `unit_id` and every unit under it, parents before children (a coordinator's
// reach). An unknown unit gives just itself.
std::vector<std::string> UnitTree(const MonthlyReportState& state, std::string_view org,
                                  std::string_view unit_id);

// The units the report of `month` rolls up under `unit_id`, as the tree
// stood when that report fell due (each unit placed as of the end of the due
// day in its own time zone; for a month not yet due, as it stands): none
// created since, and a unit moved since where it stood then.
std::vector<std::string> ReportTree(const MonthlyReportState& state, std::string_view org,
                                    std::string_view unit_id, YearMonth month);

// The units at the top of that tree: the roots of the organization's reports
// of `month`, each unit under exactly one of them.
std::vector<std::string> ReportRoots(const MonthlyReportState& state, std::string_view org,
                                     YearMonth month);

// The days a station owes its daily minimum's opening on, when they are
// working days (a station opens at least its minimum, 每天不少于2小时, every
// working day): from the day it was registered to yesterday, or to the day
// before its unit closed, in its unit's time zone, less the days the station
// itself was closed (Owes). Empty when last < first.
struct DutyDays {
  Date first, last;
  const StationClosures* closures = nullptr;  // the station's, which outlives this
  // Whether the station owed `day` its opening, were it a working day.
  bool Owes(Date day) const {
    return first <= day && day <= last && !(closures && closures->ClosedOn(day));
  }
};
DutyDays StationDutyDays(const MonthlyReportState& state, std::string_view org,
                         const ReportStation& station, std::int64_t now_us);

// The units of `org`, parents before children: "unit_id", "name",
// "parent_id" ("" for a top unit) and "time_zone".
boost::json::value UnitList(const MonthlyReportState& state, std::string_view org);

// The report of `unit_id` and every unit under it for `month` ("YYYY-MM"), at
// `now_us` (which decides whether a missing report is late yet), over the
// ReportTree, so a unit moved since keeps its past months where they were
// reported: "units" (one row per unit: its figures, "report" (on_time, late,
// missing, not_due) and "owes", whether it owes that month's report at all),
// "total", "late_reports" and "short_openings" (each working day
// of the month a station of the tree was open less than its daily minimum,
// from its registration on: "station_id", "name", "unit_id", "day" and
// "minutes", 0 for a day it did not open) and "rest_day_openings" (for each
// such station with weekends or holidays in the month, from its registration
// to yesterday: "rest_days", "days_open" and "days_open_all_day", 8 hours or
// more). Errors: not_found for an unknown unit; invalid_argument for a
// malformed month.
Result<boost::json::value> MonthlyReport(const MonthlyReportState& state, std::string_view org,
                                         std::string_view unit_id, std::string_view month,
                                         std::int64_t now_us);

// The assessment (考核) of `unit_id` and every unit under it over the year
// `year` ("YYYY"; empty: the year of `now_us` in Beijing time), at `now_us`, for the county office
// to assess its member units: one row in "units" for each unit in the unit's tree in any month of
// the year (ReportTree; in the order first seen), each with its figures over
// the months it was in that tree (a unit moved in the year counts under each
// parent for its months there): "activities_held", "children_reached"
// (distinct children), "volunteer_hours", "contacts_made"; its monthly
// reports of those months due by `now_us`: "reports_on_time",
// "reports_late", "reports_missing"; "short_opening_days" (working days its
// stations were open less than their minimum; see MonthlyReport); and, if
// it is in the tree at the end of the year, "stations" (registered by then
// and not closed: those the unit has at the year's end) and "stations_new"
// (those of them registered in the year). "total" sums them (children
// counted once). Errors: not_found for an unknown unit;
// invalid_argument for a year that is not four digits from 2000 to 2199.
Result<boost::json::value> Assessment(const MonthlyReportState& state, std::string_view org,
                                      std::string_view unit_id, std::string_view year,
                                      std::int64_t now_us);

}  // namespace homeward
