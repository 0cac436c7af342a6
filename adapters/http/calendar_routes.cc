#include "adapters/http/calendar_routes.h"

#include <boost/json.hpp>

#include "adapters/http/read_routes.h"
#include "adapters/http/view_read.h"
#include "projections/accounts.h"
#include "projections/json_support.h"
#include "projections/view_support.h"

namespace homeward::http {
namespace {

namespace json = boost::json;

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
  // Phones that import a file often ignore STATUS: the title says it too.
  e.summary = (entry.activity.cancelled ? "【已取消】" : "") + plan.title;
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

// The activity as `volunteer_id` has it: a place, or a caring family's part
// in a library build (confirmed, with an alarm the day before), a place on
// the waitlist (tentative, and said in the title), or neither (null). Its
// SEQUENCE is the activity stream's version, so taking a place (or any
// change) makes a phone replace the entry.
std::optional<ical::CalendarEntry> VolunteerEntry(const RosterState& state, std::string_view org,
                                                  const RosterEntry& entry,
                                                  std::string_view volunteer_id) {
  bool waiting = false;
  if (entry.activity.SlotOf(volunteer_id, &waiting) == nullptr &&
      !entry.activity.IsFamily(volunteer_id))
    return std::nullopt;
  ical::CalendarEntry e = Entry(state, org, entry);
  // Every change to the activity counts for a volunteer's own entry, so the
  // SEQUENCE never goes back, whatever their place did in between.
  e.sequence = static_cast<std::uint32_t>(entry.stream_version);
  if (waiting) {
    e.tentative = true;
    e.summary = "【候补】" + e.summary;
  } else {
    e.alarm_day_before = true;
  }
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
    // A place given up leaves the calendar; the next refresh removes it.
    std::optional<ical::CalendarEntry> e = VolunteerEntry(state, org, it->second, volunteer_id);
    if (e) out.push_back(std::move(*e));
  }
  return out;
}

std::vector<ical::CalendarEntry> ReminderEntries(const RemindersState& state, std::string_view org,
                                                 std::string_view volunteer_id,
                                                 std::int64_t now_us) {
  ReminderFilter filter;
  filter.person = std::string(volunteer_id);
  filter.states = {"upcoming", "due", "overdue"};  // the open ones
  std::vector<ical::CalendarEntry> out;
  const boost::json::value reminders = Reminders(state, org, now_us, filter);
  for (const auto& r : reminders.as_array()) {
    const std::string_view kind = r.at("kind").as_string();
    // The activity's own entry carries the alarm the day before.
    if (kind == "activity_notice") continue;
    Result<Date> due = ParseDate(r.at("due").as_string());
    if (!due.ok()) continue;
    ical::CalendarEntry e;
    // A reminder whose day moves is a new entry, so no calendar keeps the old day.
    e.uid = Uid("reminder", org,
                std::string(r.at("id").as_string()) + "/" + std::string(r.at("due").as_string()));
    e.summary = "提醒: " + std::string(CodeInChinese(kind)) + " " +
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

Result<json::value> CalendarFeedRoute(ReadContext& c) {
  const std::string& feed = c.Param("feed");
  if (!feed.ends_with(".ics")) return NotFound("a calendar feed ends in .ics");
  const std::string secret = feed.substr(0, feed.size() - 4);
  Result<Result<FeedOwner>> owner = c.host.Read<AccountsState>(
      c.access_position, c.options.read_wait,
      [&](const AccountsState& s, std::uint64_t) { return FindFeed(s, secret); });
  if (!owner.ok()) return owner.status();
  if (!owner->ok()) return owner->status();
  const FeedOwner& who = owner->value();
  // A calendar app polling too often (or a copied feed) counts against the
  // volunteer's feed, never against anyone else's.
  if (Status s = c.TakeFrom(who.org + "/calendar/" + who.volunteer_id, "this calendar feed");
      !s.ok()) {
    return s;
  }
  const std::int64_t now = c.options.clock();
  if (who.closed) {
    // Served empty, so a subscribed phone drops what the feed gave it.
    Result<Response> empty = CalendarResponse("homeward", {}, now);
    if (!empty.ok()) return empty.status();
    c.file = std::move(empty).value();
    return json::value();
  }
  // The volunteer's activities and reminders as of one moment of the log.
  auto entries = c.host.ReadTogether<RosterState, RemindersState>(
      c.min_position, c.options.read_wait,
      [&](const RosterState& roster, const RemindersState& reminders, std::uint64_t) {
        std::vector<ical::CalendarEntry> all = ScheduleEntries(roster, who.org, who.volunteer_id);
        for (auto& r : ReminderEntries(reminders, who.org, who.volunteer_id, now))
          all.push_back(std::move(r));
        return all;
      });
  if (!entries.ok()) return entries.status();
  Result<Response> file = CalendarResponse("homeward " + who.volunteer_id, *entries, now);
  if (!file.ok()) return file.status();
  c.file = std::move(file).value();
  return json::value();
}

Result<ical::CalendarEntry> ActivityEntryFor(ReadContext& c) {
  const std::string& id = c.Param("activity_id");
  auto entry = Gathered<RosterState>(
      c, [&](const RosterState& s) -> Result<std::pair<ical::CalendarEntry, bool>> {
        Result<ical::CalendarEntry> e = ActivityEntry(s, c.account.org, id);
        if (!e.ok()) return e.status();
        auto it = s.activities.find(OrgKey(c.account.org, id));
        // A volunteer's file says where they stand, as their feed does.
        if (!c.account.volunteer_id.empty()) {
          if (auto own = VolunteerEntry(s, c.account.org, it->second, c.account.volunteer_id)) {
            e = std::move(*own);
          }
        }
        return std::pair{std::move(e).value(), c.InScope(it->second.activity.plan.unit_id)};
      });
  if (!entry.ok()) return entry.status();
  if (!entry->second) return Forbidden("this activity belongs to a unit outside yours");
  return std::move(entry->first);
}

Result<json::value> ActivityIcsRoute(ReadContext& c) {
  Result<ical::CalendarEntry> entry = ActivityEntryFor(c);
  if (!entry.ok()) return entry.status();
  Result<Response> file = CalendarResponse(entry->summary, {*entry}, c.options.clock(),
                                           c.Param("activity_id") + ".ics");
  if (!file.ok()) return file.status();
  c.file = std::move(file).value();
  return json::value();
}

}  // namespace homeward::http
