#include "engine/time_zone.h"

#include <date/tz.h>

#include <chrono>

namespace homeward {
namespace {

Result<const date::time_zone*> Locate(std::string_view tz) {
  try {
    return date::locate_zone(tz);
  } catch (const std::exception&) {
    return InvalidArgument("'" + std::string(tz) +
                           "' is not a time zone of the tz database (e.g. Asia/Shanghai)");
  }
}

}  // namespace

Status ValidateTimeZone(std::string_view tz) {
  Result<const date::time_zone*> zone = Locate(tz);
  return zone.ok() ? Status::Ok() : zone.status();
}

Result<std::int64_t> LocalSeconds(std::int64_t utc_us, std::string_view tz) {
  Result<const date::time_zone*> zone = Locate(tz);
  if (!zone.ok()) return zone.status();
  const date::sys_time<std::chrono::microseconds> at{std::chrono::microseconds{utc_us}};
  const auto local = std::chrono::floor<std::chrono::seconds>((*zone)->to_local(at));
  return static_cast<std::int64_t>(local.time_since_epoch().count());
}

Result<Date> LocalDate(std::int64_t utc_us, std::string_view tz) {
  Result<std::int64_t> local = LocalSeconds(utc_us, tz);
  if (!local.ok()) return local.status();
  return SplitDay(*local).day;
}

DayAndSeconds SplitDay(std::int64_t seconds) {
  const std::int64_t day = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400;
  return {Date{static_cast<std::int32_t>(day)}, seconds - day * 86400};
}

Result<std::int64_t> LocalDayStart(Date date, std::string_view tz) {
  Result<const date::time_zone*> zone = Locate(tz);
  if (!zone.ok()) return zone.status();
  const date::local_days day{date::days{date.days}};
  const date::local_info info = (*zone)->get_info(day);
  std::chrono::seconds offset = info.first.offset;
  // In a gap (clocks jump over midnight) the day starts at the end of the gap.
  if (info.result == date::local_info::nonexistent) {
    return std::chrono::duration_cast<std::chrono::microseconds>(
               info.second.begin.time_since_epoch())
        .count();
  }
  const auto utc = day.time_since_epoch() - offset;
  return std::chrono::duration_cast<std::chrono::microseconds>(utc).count();
}

}  // namespace homeward
