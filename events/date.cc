#include "events/date.h"

#include <charconv>
#include <chrono>
#include <cstdio>

namespace homeward {
namespace {

using std::chrono::day;
using std::chrono::days;
using std::chrono::month;
using std::chrono::sys_days;
using std::chrono::year;
using std::chrono::year_month_day;

year_month_day Civil(Date date) { return year_month_day{sys_days{days{date.days}}}; }

Date FromCivil(const year_month_day& ymd) {
  return Date{static_cast<std::int32_t>(sys_days{ymd}.time_since_epoch().count())};
}

bool ParseInt(std::string_view text, int* out) {
  if (text.empty()) return false;
  for (char c : text)
    if (c < '0' || c > '9') return false;
  return std::from_chars(text.data(), text.data() + text.size(), *out).ec == std::errc();
}

}  // namespace

Result<Date> ParseDate(std::string_view text, std::string_view field) {
  int y = 0, m = 0, d = 0;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !ParseInt(text.substr(0, 4), &y) ||
      !ParseInt(text.substr(5, 2), &m) || !ParseInt(text.substr(8, 2), &d)) {
    return InvalidArgument(std::string(field) + " is not a date of the form YYYY-MM-DD");
  }
  const year_month_day ymd{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) {
    return InvalidArgument(std::string(field) + " is not a real day");
  }
  return FromCivil(ymd);
}

std::string FormatDate(Date date) {
  if (!date.known()) return "";
  const year_month_day ymd = Civil(date);
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buffer;
}

Date AddYears(Date date, int years) {
  year_month_day ymd = Civil(date);
  ymd = year_month_day{ymd.year() + std::chrono::years{years}, ymd.month(), ymd.day()};
  if (!ymd.ok()) ymd = year_month_day{ymd.year(), ymd.month(), day{28}};  // 29 February
  return FromCivil(ymd);
}

int AgeOn(Date birth, Date today) {
  const year_month_day b = Civil(birth);
  const year_month_day t = Civil(today);
  int age = static_cast<int>(t.year()) - static_cast<int>(b.year());
  if (std::pair{static_cast<unsigned>(t.month()), static_cast<unsigned>(t.day())} <
      std::pair{static_cast<unsigned>(b.month()), static_cast<unsigned>(b.day())}) {
    --age;
  }
  return age;
}

YearMonth MonthOf(Date date) {
  const year_month_day ymd = Civil(date);
  return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month()))};
}

YearMonth AddMonths(YearMonth month, int months) {
  const int index = month.year * 12 + (month.month - 1) + months;
  const int year_index = index >= 0 ? index / 12 : (index - 11) / 12;
  return {year_index, index - year_index * 12 + 1};
}

Date FirstDay(YearMonth month) {
  return FromCivil(year_month_day{year{month.year},
                                  std::chrono::month{static_cast<unsigned>(month.month)}, day{1}});
}

Date LastDay(YearMonth month) { return Date{FirstDay(AddMonths(month, 1)).days - 1}; }

std::string FormatMonth(YearMonth month) {
  char buffer[24];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d", month.year, month.month);
  return buffer;
}

Result<YearMonth> ParseMonth(std::string_view text) {
  int y = 0, m = 0;
  if (text.size() != 7 || text[4] != '-' || !ParseInt(text.substr(0, 4), &y) ||
      !ParseInt(text.substr(5, 2), &m) || m < 1 || m > 12) {
    return InvalidArgument("month '" + std::string(text) + "' is not of the form YYYY-MM");
  }
  return YearMonth{y, m};
}

Date AddMonths(Date date, int months) {
  const year_month_day ymd = Civil(date);
  const YearMonth target = AddMonths(MonthOf(date), months);
  const Date last = LastDay(target);
  const Date same =
      Date{FirstDay(target).days + static_cast<int>(static_cast<unsigned>(ymd.day())) - 1};
  return same < last ? same : last;
}

int Weekday(Date date) {
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  const int w = (date.days % 7 + 7 + 3) % 7;
  return w;
}

}  // namespace homeward
