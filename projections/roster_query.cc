#include <boost/json/object.hpp>

#include "engine/attendance_rules.h"
#include "projections/json_support.h"
#include "projections/roster.h"
#include "projections/view_support.h"

namespace homeward {
namespace {

namespace json = boost::json;

std::uint32_t FreePlaces(const ActivityState& activity) {
  std::uint32_t free = 0;
  for (const ActivitySlot& slot : activity.slots)
    if (slot.holders.size() < slot.capacity) free += slot.capacity - slot.holders.size();
  return free;
}

json::object Summary(const RosterState& state, std::string_view org, const RosterEntry& entry) {
  const ActivityPlanned& plan = entry.activity.plan;
  return json::object{{"activity_id", plan.activity_id},
                      {"unit_id", plan.unit_id},
                      {"kind", EnumJson(plan.kind)},
                      {"title", plan.title},
                      {"place", plan.place},
                      {"starts_at", FormatUtc(plan.starts_at_us)},
                      {"ends_at", FormatUtc(plan.ends_at_us)},
                      {"time_zone", ZoneOf(state, org, entry)},
                      {"version", entry.stream_version},
                      {"status", RosterStatus(entry)},
                      {"free_places", FreePlaces(entry.activity)}};
}

// The hours confirmed for volunteer `id` in `entry`, once they are (服务时长),
// and a correction they asked for that waits for a decision.
void PutHours(json::object& out, const RosterEntry& entry, const std::string& id) {
  const auto day = entry.activity.days.find(id);
  if (day == entry.activity.days.end()) return;
  if (day->second.confirmed_minutes) out["confirmed_minutes"] = *day->second.confirmed_minutes;
  if (day->second.requested_minutes) {
    const auto why = entry.correction_reasons.find(id);
    out["correction"] =
        json::object{{"minutes", *day->second.requested_minutes},
                     {"reason", why == entry.correction_reasons.end() ? "" : why->second}};
  }
}

std::string GroupOf(const ActivityState& activity, const std::string& person) {
  const ActivityGroup* group = activity.GroupOf(person);
  return group ? group->group_id : std::string();
}

}  // namespace

std::string_view ZoneOf(const RosterState& state, std::string_view org, const RosterEntry& entry) {
  auto it = state.unit_zones.find(OrgKey(org, entry.activity.plan.unit_id));
  return it == state.unit_zones.end() ? kDefaultTimeZone : std::string_view(it->second);
}

std::string_view RosterStatus(const RosterEntry& entry) {
  const ActivityState& a = entry.activity;
  if (a.cancelled) return "cancelled";
  if (a.completed) return "completed";
  if (a.Full() || a.recruitment == Recruitment::kClosedFull) return "full";
  switch (a.recruitment) {
    case Recruitment::kOpen:
      return "recruiting";
    case Recruitment::kClosed:
      return "closed";
    default:
      return "planned";
  }
}

const RosterEntry* FindActivity(const RosterState& state, std::string_view org,
                                std::string_view activity_id) {
  auto it = state.activities.find(OrgKey(org, activity_id));
  return it == state.activities.end() ? nullptr : &it->second;
}

Result<json::value> RosterOf(const RosterState& state, std::string_view org,
                             std::string_view activity_id) {
  const RosterEntry* entry = FindActivity(state, org, activity_id);
  if (entry == nullptr) return NotFound("there is no activity '" + std::string(activity_id) + "'");
  return RosterOf(state, org, *entry);
}

json::value RosterOf(const RosterState& state, std::string_view org, const RosterEntry& entry) {
  const ActivityState& a = entry.activity;
  const auto person = [&](const std::string& id) {
    auto v = state.volunteers.find(OrgKey(org, id));
    json::object out{{"volunteer_id", id},
                     {"name", v == state.volunteers.end() ? "" : v->second.name},
                     {"group", GroupOf(a, id)}};
    PutHours(out, entry, id);
    return out;
  };
  json::object out = Summary(state, org, entry);
  out["itinerary"] = StringArray(entry.activity.plan.itinerary);
  out["person_in_charge"] = entry.activity.plan.person_in_charge;
  out["coordinator"] = entry.activity.plan.coordinator;
  out["children_contact"] = entry.activity.plan.children_contact;
  out["cancel_reason"] = entry.cancel_reason;
  out["weather"] = entry.weather;
  json::array slots;
  for (const ActivitySlot& slot : a.slots) {
    json::array holders, waitlist;
    for (const std::string& id : slot.holders) holders.push_back(person(id));
    for (const std::string& id : slot.waiting) waitlist.push_back(person(id));
    slots.push_back(json::object{{"slot_id", slot.slot_id},
                                 {"role", slot.role},
                                 {"capacity", slot.capacity},
                                 {"holders", std::move(holders)},
                                 {"waitlist", std::move(waitlist)}});
  }
  out["slots"] = std::move(slots);
  json::array groups;
  for (const ActivityGroup& g : a.groups) {
    // A removal, suspension or departure the group could not refuse may have
    // left it short: the coordinator sees which rule it now breaks.
    const Status rule = CheckGroup(a, g, g.adults.size(), g.children.size());
    groups.push_back(json::object{{"group_id", g.group_id},
                                  {"name", g.name},
                                  {"adults", StringArray(g.adults)},
                                  {"others", StringArray(g.others)},
                                  {"children", StringArray(g.children)},
                                  {"broken_rule", rule.ok() ? "" : rule.reason()}});
  }
  out["groups"] = std::move(groups);
  out["children"] = StringArray(a.children);
  out["children_capacity"] = a.plan.children_capacity;
  json::array pledges;
  for (const ActivityState::Pledge& p : a.pledges) {
    pledges.push_back(json::object{{"pledge_id", p.pledged.pledge_id},
                                   {"sponsor", p.pledged.sponsor},
                                   {"what", p.pledged.what},
                                   {"quantity", p.pledged.quantity},
                                   {"delivered", p.fulfilled},
                                   {"fulfilled", p.fulfilled >= p.pledged.quantity}});
  }
  out["pledges"] = std::move(pledges);
  // The day's check-in, for the staff who read its code out (volunteers
  // never see the code: adapters/http/reader_mask.cc).
  if (a.check_in) {
    out["check_in"] = json::object{{"day", FormatDate(a.check_in->day)},
                                   {"code", a.check_in->code},
                                   {"opened_by", a.check_in->opened_by}};
  }
  // What those who took part wrote afterwards, by volunteer id.
  json::array reflections;
  for (const auto& [id, text] : a.reflections) {
    auto v = state.volunteers.find(OrgKey(org, id));
    reflections.push_back(json::object{{"volunteer_id", id},
                                       {"name", v == state.volunteers.end() ? "" : v->second.name},
                                       {"text", text}});
  }
  out["reflections"] = std::move(reflections);
  // A library build: the caring families, the books on the shelf, and each
  // child's city friend (the friend's name is the child's personal data).
  if (a.plan.kind == ActivityKind::kLibraryBuild) {
    json::array families, friends;
    for (const std::string& id : a.families) families.push_back(person(id));
    for (const auto& [child, name] : a.paired_friends)
      friends.push_back(json::object{{"child_id", child}, {"friend_name", name}});
    out["families"] = std::move(families);
    out["books_on_shelf"] = a.books_on_shelf;
    out["paired_friends"] = std::move(friends);
  }
  return json::value(std::move(out));
}

json::value RosterList(const RosterState& state, std::string_view org,
                       const RosterListing& listing) {
  std::vector<const RosterEntry*> entries;
  ForOrg(state.activities, org, [&](std::string_view, const RosterEntry& entry) {
    if (!listing.keep || listing.keep(entry)) entries.push_back(&entry);
  });
  const auto start = [](const RosterEntry* e) { return e->activity.plan.starts_at_us; };
  std::stable_sort(entries.begin(), entries.end(), [&](const RosterEntry* x, const RosterEntry* y) {
    return listing.latest_first ? start(x) > start(y) : start(x) < start(y);
  });
  if (listing.limit != 0 && entries.size() > listing.limit) entries.resize(listing.limit);
  json::array out;
  for (const RosterEntry* entry : entries) out.push_back(Summary(state, org, *entry));
  return out;
}

Result<json::value> ScheduleOf(const RosterState& state, std::string_view org,
                               std::string_view volunteer_id, std::int64_t now_us,
                               const std::function<bool(std::string_view)>& unit_wanted) {
  auto v = state.volunteers.find(OrgKey(org, volunteer_id));
  if (v == state.volunteers.end()) {
    return NotFound("there is no volunteer '" + std::string(volunteer_id) + "'");
  }
  const std::string id(volunteer_id);
  json::array upcoming, past;
  std::map<std::string, std::uint32_t> minutes_by_month;
  for (const std::string& key : v->second.activities) {
    auto it = state.activities.find(key);
    if (it == state.activities.end()) continue;
    const RosterEntry& entry = it->second;
    const ActivityState& a = entry.activity;
    if (unit_wanted && !unit_wanted(a.plan.unit_id)) continue;
    if (auto day = a.days.find(id); day != a.days.end() && day->second.confirmed_minutes) {
      const Date start = DayIn(a.plan.starts_at_us, ZoneOf(state, org, entry));
      minutes_by_month[FormatMonth(MonthOf(start))] += *day->second.confirmed_minutes;
    }
    bool waiting = false;
    const ActivitySlot* slot = a.SlotOf(id, &waiting);
    const bool family = slot == nullptr && a.IsFamily(id);
    if (slot == nullptr && !family) continue;  // withdrawn
    json::object item = Summary(state, org, entry);
    // A caring family that joined a library build takes part without a slot.
    item["slot_id"] = family ? "" : slot->slot_id;
    item["role"] = family ? "family" : slot->role;
    // What they need on the day: their group, who is in charge, the stops.
    const ActivityGroup* group = a.GroupOf(id);
    item["group_name"] = group ? group->name : std::string();
    item["person_in_charge"] = a.plan.person_in_charge;
    item["coordinator"] = a.plan.coordinator;
    item["itinerary"] = StringArray(a.plan.itinerary);
    // Whether they checked in and out, for their phone to offer the next.
    if (auto day = a.days.find(id); day != a.days.end()) {
      if (day->second.in_us) item["checked_in_at"] = FormatUtc(*day->second.in_us);
      if (day->second.out_us) item["checked_out_at"] = FormatUtc(*day->second.out_us);
    }
    PutHours(item, entry, id);
    // Their own reflection on it, once written.
    if (auto r = a.reflections.find(id); r != a.reflections.end()) item["reflection"] = r->second;
    item["waiting"] = waiting;
    if (waiting) {
      const auto place = std::find(slot->waiting.begin(), slot->waiting.end(), id);
      item["waitlist_place"] = place - slot->waiting.begin() + 1;
    }
    (a.plan.ends_at_us > now_us && !a.completed ? upcoming : past).push_back(std::move(item));
  }
  const auto by_start = [](const json::value& x, const json::value& y) {
    return x.at("starts_at").as_string() < y.at("starts_at").as_string();
  };
  std::sort(upcoming.begin(), upcoming.end(), by_start);
  std::sort(past.begin(), past.end(), by_start);
  json::object hours;
  for (const auto& [month, minutes] : minutes_by_month) hours[month] = minutes / 60.0;
  return json::value(json::object{{"volunteer_id", volunteer_id},
                                  {"name", v->second.name},
                                  {"upcoming", std::move(upcoming)},
                                  {"past", std::move(past)},
                                  {"hours_by_month", std::move(hours)}});
}

}  // namespace homeward
