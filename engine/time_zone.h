#pragma once
// Local time for a unit: units keep their IANA time zone (default
// Asia/Shanghai); times are stored as UTC and read in the unit's zone, with
// the system's tz database (tzdata) through Howard Hinnant's date library.

#include <cstdint>
#include <string_view>

#include "events/date.h"
#include "events/status.h"

namespace homeward {

// Checks that `tz` names a zone in the system database. Errors: invalid_argument.
Status ValidateTimeZone(std::string_view tz);

// The calendar day it is at `utc_us` in `tz`. Errors: invalid_argument for an
// unknown zone. Thread-safe.
Result<Date> LocalDate(std::int64_t utc_us, std::string_view tz);

// The local time at `utc_us` in `tz`, as seconds since 1970-01-01 00:00 of
// that zone's clock (SplitDay gives its day and time of day). Errors:
// invalid_argument for an unknown zone. Thread-safe.
Result<std::int64_t> LocalSeconds(std::int64_t utc_us, std::string_view tz);

// Seconds since 1970-01-01 00:00 (of UTC or of a zone's clock) split into
// the day and the seconds into it (0 to 86399), before 1970 too.
struct DayAndSeconds {
  Date day;
  std::int64_t seconds = 0;
};
DayAndSeconds SplitDay(std::int64_t seconds);

// The UTC instant (microseconds) at which local day `date` starts in `tz`;
// for a day whose midnight does not exist, the first instant of the day.
// Errors: invalid_argument for an unknown zone. Thread-safe.
Result<std::int64_t> LocalDayStart(Date date, std::string_view tz);

}  // namespace homeward
