#include "projections/report_parts.h"

#include <algorithm>

#include "engine/time_zone.h"
#include "projections/json_support.h"
#include "projections/view_support.h"

namespace homeward {
namespace {

// A station open this long on a weekend day or a holiday was open all day.
constexpr std::uint32_t kAllDayMinutes = 8 * 60;

}  // namespace

void ReportFigures::Add(const ReportFigures& other) {
  activities += other.activities;
  children.insert(other.children.begin(), other.children.end());
  minutes += other.minutes;
  contacts += other.contacts;
}

void CountFigures(const MonthlyReportState& state, std::string_view org, YearMonth first,
                  YearMonth last, const FiguresOf& find) {
  // The figures `unit`'s work at `at_us` counts in, or nullptr.
  const auto where = [&](std::int64_t at_us, const std::string& unit) -> ReportFigures* {
    const YearMonth m = MonthOf(DayIn(at_us, state.ZoneOf(org, unit)));
    return first <= m && m <= last ? find(unit, m) : nullptr;
  };
  ForOrg(state.activities, org, [&](std::string_view, const ReportActivity& a) {
    if (!a.completed) return;
    ReportFigures* f = where(a.starts_at_us, a.unit_id);
    if (f == nullptr) return;
    ++f->activities;
    f->children.insert(a.children.begin(), a.children.end());
    for (const auto& [_, minutes] : a.minutes) f->minutes += minutes;
  });
  ForOrg(state.children, org, [&](std::string_view id, const ReportChild& c) {
    for (const auto& [_, at] : c.contacts) {
      ReportFigures* f = where(at, c.UnitAt(at));
      if (f == nullptr) continue;
      ++f->contacts;
      f->children.emplace(id);
    }
  });
}

ReportStanding StandingOf(const ReportUnit& u, YearMonth month, std::string_view zone,
                          std::int64_t now_us) {
  ReportStanding out;
  // A member unit owes the report of each month it was one when the report
  // fell due, up to the one before it closed.
  out.owes = OwesMonthlyReport(u.membership, month, zone) &&
             (u.closed_at_us == 0 || month < MonthOf(DayIn(u.closed_at_us, zone)));
  if (!out.owes) return out;
  const std::int64_t due_us = MonthlyReportLateFrom(month, zone);
  auto submitted = u.reports.find(FormatMonth(month));
  if (submitted != u.reports.end()) {
    out.report = submitted->second < due_us ? "on_time" : "late";
  } else if (now_us >= due_us) {
    out.report = "missing";
  }
  return out;
}

StationMonth StationMonthOf(const MonthlyReportState& state, std::string_view org,
                            const ReportStation& st, YearMonth month, std::int64_t now_us) {
  // Working days: Monday to Friday, less the public holidays the
  // organization declared, plus the weekend days worked in their place (调休).
  // A station open twice on one day (morning and afternoon) was open for both.
  const WorkCalendar& calendar = state.calendars.Of(org);
  std::map<Date, std::uint32_t> open_on;
  for (const auto& [day, minutes] : st.openings) {
    if (day.known() && MonthOf(day) == month) open_on[day] += minutes;
  }
  const DutyDays duty = StationDutyDays(state, org, st, now_us);
  const Date first = std::max(FirstDay(month), duty.first);
  const Date last = std::min(LastDay(month), duty.last);
  // A working day without an opening is short by its whole minimum (an
  // opening recorded on a working day outside that span is still listed).
  // Weekends and holidays (all day for the children who need it, 周末、节假日
  // 全天开放): how many of those days it opened, and how many all day.
  std::map<Date, std::uint32_t> working;
  for (const auto& [day, minutes] : open_on)
    if (calendar.IsWorkingDay(day)) working.emplace(day, minutes);
  StationMonth out;
  for (Date day = first; day <= last; day = Date{day.days + 1}) {
    if (!duty.Owes(day)) continue;  // closed that day
    if (calendar.IsWorkingDay(day)) {
      working.try_emplace(day, 0);
      continue;
    }
    ++out.rest_days;
    const auto open = open_on.find(day);
    if (open == open_on.end()) continue;
    ++out.rest_open;
    if (open->second >= kAllDayMinutes) ++out.rest_all_day;
  }
  for (const auto& [day, minutes] : working) {
    if (minutes < st.min_daily_minutes) out.short_days.emplace(day, minutes);
  }
  return out;
}

Result<int> ReportYear(std::string_view year, std::int64_t now_us) {
  const std::string this_year = FormatMonth(MonthOf(DayIn(now_us, "Asia/Shanghai"))).substr(0, 4);
  if (year.empty()) year = this_year;
  const bool digits = year.size() == 4 && std::all_of(year.begin(), year.end(), [](char ch) {
                        return ch >= '0' && ch <= '9';
                      });
  const int y = digits ? std::stoi(std::string(year)) : 0;
  if (y < 2000 || y > 2199) {
    return Status(Code::kInvalidArgument,
                  "'" + std::string(year) + "' is not a year from 2000 to 2199", "",
                  {{"field", "year"}});
  }
  return y;
}

}  // namespace homeward
