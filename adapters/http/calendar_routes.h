#pragma once
// Calendars over HTTP: each volunteer's private feed at
// /v1/calendar/{secret}.ics (the secret alone opens it: calendar apps cannot
// send a token) with their activities and reminders, and a one-off .ics for
// one activity.

#include <boost/json/value.hpp>
#include <string>
#include <vector>

#include "adapters/http/http_message.h"
#include "adapters/ical/calendar.h"
#include "projections/reminders.h"
#include "projections/roster.h"

namespace homeward::http {

// The activities `volunteer_id` holds a place in or waits for, as calendar
// entries in their units' zones; cancelled ones stay, marked cancelled.
std::vector<ical::CalendarEntry> ScheduleEntries(const RosterState& state, std::string_view org,
                                                 std::string_view volunteer_id);

// The volunteer's open reminders as all-day entries on their due days.
std::vector<ical::CalendarEntry> ReminderEntries(const RemindersState& state, std::string_view org,
                                                 std::string_view volunteer_id,
                                                 std::int64_t now_us);

// One activity as a calendar entry. Errors: not_found.
Result<ical::CalendarEntry> ActivityEntry(const RosterState& state, std::string_view org,
                                          std::string_view activity_id);

// `entries` as a text/calendar response named `name` (a download when
// `filename` is given).
Result<Response> CalendarResponse(std::string_view name,
                                  const std::vector<ical::CalendarEntry>& entries,
                                  std::int64_t now_us, std::string_view filename = {});

class ReadContext;

// GET /v1/calendar/{feed}: the feed whose secret is the path's {feed} less
// ".ics", as text/calendar in `context.file`. Errors: not_found for an
// unknown or closed feed.
Result<boost::json::value> CalendarFeedRoute(ReadContext& context);

// The activity of the path's {activity_id} as a calendar entry for the
// reader (a volunteer's says where they stand). Errors: not_found;
// forbidden outside a coordinator's units.
Result<ical::CalendarEntry> ActivityEntryFor(ReadContext& context);

// GET /v1/activities/{activity_id}/calendar.ics: one activity as a download
// in `context.file`. Errors: not_found; forbidden outside a coordinator's units.
Result<boost::json::value> ActivityIcsRoute(ReadContext& context);

}  // namespace homeward::http
