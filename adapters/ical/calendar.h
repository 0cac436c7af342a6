#pragma once
// iCalendar (RFC 5545) documents made with libical: a volunteer's feed of
// activities and reminders, and a one-off .ics file for one activity, which
// most phone calendars in China import more readily than a subscription.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "events/date.h"
#include "events/status.h"

namespace homeward::ical {

// One VEVENT: a timed activity, or an all-day reminder.
struct CalendarEntry {
  std::string uid;             // stable across changes, e.g. "activity.shiyan.trip-1@homeward"
  std::uint32_t sequence = 0;  // bumped on each change a calendar should show
  std::string summary, location, description;
  std::int64_t starts_at_us = 0, ends_at_us = 0;  // a timed entry, in `time_zone`
  std::optional<Date> all_day;                    // an all-day entry on this day instead
  bool cancelled = false;                         // STATUS:CANCELLED
  bool tentative = false;                         // STATUS:TENTATIVE (on a waitlist)
  bool alarm_day_before = false;                  // a VALARM 24 hours before the start
  std::string time_zone = "Asia/Shanghai";        // IANA; its VTIMEZONE is included
};

// A VCALENDAR named `name` holding `entries`, with one VTIMEZONE per zone
// used (none for UTC, whose times are written with a Z); `stamp_us` is every
// entry's DTSTAMP. Errors: invalid_argument for a zone libical does not know.
Result<std::string> RenderCalendar(std::string_view name, const std::vector<CalendarEntry>& entries,
                                   std::int64_t stamp_us);

}  // namespace homeward::ical
