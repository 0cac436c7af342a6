#include "engine/work_calendar.h"

#include <algorithm>
#include <charconv>

namespace homeward {
namespace {

bool Weekend(Date day) { return Weekday(day) >= 5; }

bool Contains(const std::vector<Date>& sorted, Date day) {
  return std::binary_search(sorted.begin(), sorted.end(), day);
}

// Replaces the days of `year` in `days` with `declared`, keeping it sorted.
void Replace(std::vector<Date>& days, int year, const std::vector<Date>& declared) {
  std::erase_if(days, [&](Date d) { return MonthOf(d).year == year; });
  days.insert(days.end(), declared.begin(), declared.end());
  std::sort(days.begin(), days.end());
  days.erase(std::unique(days.begin(), days.end()), days.end());
}

// The year "YYYY" names, or 0 when it names none homeward takes.
int ParseYear(std::string_view text) {
  int year = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), year);
  if (text.size() != 4 || ec != std::errc() || end != text.data() + text.size()) return 0;
  return year >= 2000 && year <= 2199 ? year : 0;
}

// Checks one list of a declaration: every day in `year`, on the right kind
// of day, named once.
Status CheckDays(const std::vector<Date>& days, int year, bool off, std::vector<Date>& seen) {
  for (const Date day : days) {
    if (!day.known() || MonthOf(day).year != year) {
      return Invalid("day " + FormatDate(day) + " is not in " + std::to_string(year));
    }
    if (off && Weekend(day)) {
      return Invalid(FormatDate(day) +
                     " is a Saturday or Sunday: only a weekday can be declared a day off");
    }
    if (!off && !Weekend(day)) {
      return Invalid(FormatDate(day) +
                     " is a weekday: only a Saturday or Sunday can be declared a workday (调休)");
    }
    if (Contains(seen, day)) return Invalid(FormatDate(day) + " is named twice");
    seen.insert(std::upper_bound(seen.begin(), seen.end(), day), day);
  }
  return Status::Ok();
}

}  // namespace

void WorkCalendar::Apply(const HolidaysDeclared& e) {
  const int year = ParseYear(e.year);
  if (year == 0) return;  // Decide never records one
  Replace(days_off_, year, e.days_off);
  Replace(workdays_, year, e.workdays);
}

bool WorkCalendar::IsWorkingDay(Date day) const {
  if (Weekend(day)) return Contains(workdays_, day);
  return !Contains(days_off_, day);
}

Date WorkCalendar::AddWorkingDays(Date day, int count) const {
  Date d = day;
  while (count > 0) {
    ++d.days;
    if (IsWorkingDay(d)) --count;
  }
  return d;
}

std::string HolidaysStream(std::string_view org, std::string_view year) {
  return StreamOf(org, "holidays", year);
}

Result<Decision> Decide(std::string_view org, const DeclareHolidays& c) {
  const int year = ParseYear(c.year);
  if (year == 0) {
    return Invalid("year '" + c.year + "' is not a year from 2000 to 2199, such as \"2027\"");
  }
  std::vector<Date> seen;
  if (Status s = CheckDays(c.days_off, year, true, seen); !s.ok()) return s;
  if (Status s = CheckDays(c.workdays, year, false, seen); !s.ok()) return s;
  HolidaysDeclared e{c.year, c.days_off, c.workdays, c.source};
  std::sort(e.days_off.begin(), e.days_off.end());
  std::sort(e.workdays.begin(), e.workdays.end());
  return Decision{{HolidaysStream(org, c.year), std::move(e)}};
}

}  // namespace homeward
