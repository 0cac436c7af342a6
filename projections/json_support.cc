#include "projections/json_support.h"

#include <cstdio>

#include "engine/time_zone.h"
#include "events/unit_events.h"

namespace homeward {

std::string FormatUtc(std::int64_t utc_us) {
  if (utc_us == 0) return "";
  const std::int64_t seconds = utc_us >= 0 ? utc_us / 1000000 : (utc_us - 999999) / 1000000;
  const std::int64_t day = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400;
  const std::int64_t rest = seconds - day * 86400;
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%sT%02d:%02d:%02dZ",
                FormatDate(Date{static_cast<std::int32_t>(day)}).c_str(),
                static_cast<int>(rest / 3600), static_cast<int>(rest / 60 % 60),
                static_cast<int>(rest % 60));
  return buffer;
}

Date DayIn(std::int64_t utc_us, std::string_view time_zone) {
  Result<Date> day = LocalDate(utc_us, time_zone);
  if (day.ok()) return *day;
  return LocalDate(utc_us, kDefaultTimeZone).value();
}

boost::json::array StringArray(const std::vector<std::string>& items) {
  boost::json::array out;
  out.reserve(items.size());
  for (const std::string& item : items) out.emplace_back(item);
  return out;
}

}  // namespace homeward
