#pragma once
// The activity stations (留守儿童快乐成长活动站) and their recent days: what a
// station's keeper checks before recording today's opening, and a unit's
// coordinator reads to see which working days fell short of the minimum.

#include <boost/json/value.hpp>
#include <cstdint>
#include <string_view>

#include "projections/monthly_report.h"

namespace homeward {

// The most days StationList shows a station's openings for.
constexpr int kMaxStationDays = 62;

// The stations of `org` (every unit's), by unit and name, each with
// "station_id", "name", "unit_id", "min_daily_minutes", "registered_on",
// "closed_on" (the first day of the closing in force; "" while open), "reopened_on" (the day it
// last opened again after a closing; "" if never) and "days": the `days` days up to today (1 to
// kMaxStationDays) in its unit's time zone, newest first, none before the day it was registered,
// each with "day", "minutes" (summed over the day's openings, 0 when it did not open),
// "working_day" (by the organization's calendar), "closed" (the station was closed that day) and
// "short" (a working day it owed its minimum on, StationDutyDays, and was open less).
boost::json::value StationList(const MonthlyReportState& state, std::string_view org,
                               std::int64_t now_us, int days);

}  // namespace homeward
