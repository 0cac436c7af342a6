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
    return InvalidArgument(std::string(field) + " '" + std::string(text) +
                           "' is not a date of the form YYYY-MM-DD");
  }
  const year_month_day ymd{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) {
    return InvalidArgument(std::string(field) + " '" + std::string(text) + "' is not a real day");
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

}  // namespace homeward
