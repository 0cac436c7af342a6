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

Result<Date> LocalDate(std::int64_t utc_us, std::string_view tz) {
  Result<const date::time_zone*> zone = Locate(tz);
  if (!zone.ok()) return zone.status();
  const date::sys_time<std::chrono::microseconds> at{std::chrono::microseconds{utc_us}};
  const auto local = (*zone)->to_local(at);
  const auto day = std::chrono::floor<date::days>(local);
  return Date{static_cast<std::int32_t>(day.time_since_epoch().count())};
}

}  // namespace homeward
