#include "projections/station_list.h"

#include <algorithm>
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <map>
#include <tuple>

#include "projections/json_support.h"
#include "projections/view_support.h"

namespace homeward {

namespace json = boost::json;

json::value StationList(const MonthlyReportState& state, std::string_view org, std::int64_t now_us,
                        int days) {
  days = std::clamp(days, 1, kMaxStationDays);
  const WorkCalendar& calendar = state.calendars.Of(org);
  std::vector<std::tuple<std::string_view, std::string_view, json::object>> rows;
  ForOrg(state.stations, org, [&](std::string_view id, const ReportStation& st) {
    const std::string tz = state.ZoneOf(org, st.unit_id);
    const Date today = DayIn(now_us, tz);
    const Date registered = DayIn(st.registered_at_us, tz);
    const Date from = std::max(registered, Date{today.days - days + 1});
    std::map<Date, std::uint32_t> open_on;  // a day opened twice was open for both
    for (const auto& [day, minutes] : st.openings) {
      if (day.known() && from <= day && day <= today) open_on[day] += minutes;
    }
    const DutyDays duty = StationDutyDays(state, org, st, now_us);
    json::array list;
    for (Date day = today; from <= day; day = Date{day.days - 1}) {
      const auto open = open_on.find(day);
      const std::uint32_t minutes = open == open_on.end() ? 0 : open->second;
      const bool working = calendar.IsWorkingDay(day);
      const bool owed = working && duty.Owes(day);
      list.push_back(json::object{{"day", FormatDate(day)},
                                  {"minutes", minutes},
                                  {"working_day", working},
                                  {"closed", st.closures.ClosedOn(day)},
                                  {"short", owed && minutes < st.min_daily_minutes}});
    }
    rows.emplace_back(st.unit_id, st.name,
                      json::object{{"station_id", id},
                                   {"name", st.name},
                                   {"unit_id", st.unit_id},
                                   {"min_daily_minutes", st.min_daily_minutes},
                                   {"registered_on", FormatDate(registered)},
                                   {"closed_on", FormatDate(st.closures.ClosedSince())},
                                   {"reopened_on", FormatDate(st.closures.LastReopened())},
                                   {"days", std::move(list)}});
  });
  std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
    return std::tie(std::get<0>(a), std::get<1>(a)) < std::tie(std::get<0>(b), std::get<1>(b));
  });
  json::array stations;
  for (auto& row : rows) stations.push_back(std::move(std::get<2>(row)));
  return stations;
}

}  // namespace homeward
