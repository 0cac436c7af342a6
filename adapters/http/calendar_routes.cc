#include "adapters/http/calendar_routes.h"

#include <boost/json.hpp>

#include "projections/view_support.h"

namespace homeward::http {
namespace {

std::string Uid(std::string_view kind, std::string_view org, std::string_view id) {
  std::string uid;
  uid.append(kind).append(".").append(org).append(".").append(id).append("@homeward");
  for (char& c : uid) {
    if (c == '/') c = '.';
  }
  return uid;
}

std::string ZoneOf(const RosterState& state, std::string_view org, const std::string& unit) {
  auto it = state.unit_zones.find(OrgKey(org, unit));
  return it == state.unit_zones.end() || it->second.empty() ? "Asia/Shanghai" : it->second;
}

ical::CalendarEntry Entry(const RosterState& state, std::string_view org,
                          const RosterEntry& entry) {
  const ActivityPlanned& plan = entry.activity.plan;
  ical::CalendarEntry e;
  e.uid = Uid("activity", org, plan.activity_id);
  e.sequence = entry.sequence;
  e.summary = plan.title;
  e.location = plan.place;
  std::string route;
  for (const std::string& stop : plan.itinerary) route += (route.empty() ? "" : " → ") + stop;
  e.description = route;
  if (!plan.person_in_charge.empty()) {
    e.description +=
        (e.description.empty() ? "" : "\n") + std::string("负责人: ") + plan.person_in_charge;
  }
  if (entry.activity.cancelled) {
    e.description +=
        (e.description.empty() ? "" : "\n") + std::string("已取消: ") + entry.cancel_reason;
  }
  e.starts_at_us = plan.starts_at_us;
  e.ends_at_us = plan.ends_at_us;
  e.cancelled = entry.activity.cancelled;
  e.time_zone = ZoneOf(state, org, plan.unit_id);
  return e;
}

}  // namespace

std::vector<ical::CalendarEntry> ScheduleEntries(const RosterState& state, std::string_view org,
                                                 std::string_view volunteer_id) {
  std::vector<ical::CalendarEntry> out;
  auto volunteer = state.volunteers.find(OrgKey(org, volunteer_id));
  if (volunteer == state.volunteers.end()) return out;
  for (const std::string& key : volunteer->second.activities) {
    auto it = state.activities.find(key);
    if (it == state.activities.end()) continue;
    const ActivityState& a = it->second.activity;
    const bool listed = std::any_of(a.slots.begin(), a.slots.end(), [&](const ActivitySlot& s) {
      return std::find(s.holders.begin(), s.holders.end(), volunteer_id) != s.holders.end() ||
             std::find(s.waiting.begin(), s.waiting.end(), volunteer_id) != s.waiting.end();
    });
    // A place given up leaves the calendar; the next refresh removes it.
    if (listed) out.push_back(Entry(state, org, it->second));
  }
  return out;
}

std::vector<ical::CalendarEntry> ReminderEntries(const RemindersState& state, std::string_view org,
                                                 std::string_view volunteer_id,
                                                 std::int64_t now_us) {
  ReminderFilter filter;
  filter.person = std::string(volunteer_id);
  filter.include_done = false;
  std::vector<ical::CalendarEntry> out;
  const boost::json::value reminders = Reminders(state, org, now_us, filter);
  for (const auto& r : reminders.as_array()) {
    Result<Date> due = ParseDate(r.at("due").as_string());
    if (!due.ok()) continue;
    ical::CalendarEntry e;
    e.uid = Uid("reminder", org, r.at("id").as_string());
    e.summary = "提醒: " + std::string(r.at("kind").as_string()) + " " +
                std::string(r.at("subject").as_string());
    e.all_day = *due;
    out.push_back(std::move(e));
  }
  return out;
}

Result<ical::CalendarEntry> ActivityEntry(const RosterState& state, std::string_view org,
                                          std::string_view activity_id) {
  auto it = state.activities.find(OrgKey(org, activity_id));
  if (it == state.activities.end()) {
    return NotFound("there is no activity '" + std::string(activity_id) + "'");
  }
  return Entry(state, org, it->second);
}

Result<Response> CalendarResponse(std::string_view name,
                                  const std::vector<ical::CalendarEntry>& entries,
                                  std::int64_t now_us, std::string_view filename) {
  Result<std::string> text = ical::RenderCalendar(name, entries, now_us);
  if (!text.ok()) return text.status();
  Response response;
  response.content_type = "text/calendar; charset=utf-8";
  response.body = std::move(text).value();
  if (!filename.empty()) {
    response.headers.emplace_back("Content-Disposition",
                                  "attachment; filename=\"" + std::string(filename) + "\"");
  }
  return response;
}

}  // namespace homeward::http
