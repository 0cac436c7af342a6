// Reminders about activities: readiness of those holding places, groups short
// of adults, the notice before, hours to confirm, school visits after a trip, library restocks and
// counseling follow-ups.

#include <algorithm>
#include <iterator>
#include <string_view>

#include "projections/reminder_items.h"

namespace homeward::reminder_items {

// Whether the volunteer lacks, as of `position`, what the place needs: a
// check valid on the activity's day (in a slot that needs vetting) and the
// current waiver (in every slot) of the activity's unit, or of their own
// unit where the activity's has published none (the rule of WaiverUnit).
bool Builder::ReadinessGap(const ReminderActivity& a, Date start, const ReminderVolunteer& v,
                           bool vetting_needed, std::uint64_t position) const {
  Date until;
  for (const auto& [valid_until, mark] : v.vettings)
    if (mark.position <= position) until = valid_until;
  if (vetting_needed && (!until.known() || until < start)) return true;
  return WaiverGap(a.unit_id, v, position);
}

bool Builder::WaiverGap(const std::string& organizer, const ReminderVolunteer& v,
                        std::uint64_t position) const {
  const std::string* unit = &organizer;
  std::string_view current = CurrentWaiver(organizer, position);
  if (current.empty()) {
    unit = &UnitAt(v.units, position);
    current = CurrentWaiver(*unit, position);
  }
  std::string_view accepted;
  bool any = false;
  for (const WaiverMark& w : v.waivers) {
    if (w.recorded.position > position) continue;
    any = true;
    if (w.unit_id == *unit) accepted = w.version;
  }
  return current.empty() ? !any : accepted != current;
}

// The version of `unit_id`'s waiver in force at `position`, or "": the
// versions are kept in log order, so the last one published by then.
std::string_view Builder::CurrentWaiver(const std::string& unit_id, std::uint64_t position) const {
  auto u = s_.units.find(OrgKey(org_, unit_id));
  if (u == s_.units.end()) return {};
  const auto& published = u->second.waivers;
  auto after = std::upper_bound(
      published.begin(), published.end(), position,
      [](std::uint64_t p, const std::pair<std::string, Mark>& w) { return p < w.second.position; });
  return after == published.begin() ? std::string_view()
                                    : std::string_view(std::prev(after)->first);
}

void Builder::Publications(const std::string& unit_id, std::vector<Mark>& moments) const {
  if (auto u = s_.units.find(OrgKey(org_, unit_id)); u != s_.units.end())
    for (const auto& [version, mark] : u->second.waivers) moments.push_back(mark);
}

// The moments readiness may have changed for a holder: the sign-up and
// every later vetting, waiver acceptance, waiver publication or move of the
// volunteer to another unit.
void Builder::Readiness(const std::string& activity, const ReminderActivity& a,
                        const std::string& volunteer_id, const ReminderHolder& h) {
  if (!Wanted(volunteer_id)) return;
  auto v = s_.volunteers.find(OrgKey(org_, volunteer_id));
  if (v == s_.volunteers.end()) return;
  std::vector<Mark> marks{h.signed_up};
  for (const auto& [_, mark] : v->second.vettings) marks.push_back(mark);
  for (const WaiverMark& w : v->second.waivers) marks.push_back(w.recorded);
  for (const auto& [unit, mark] : v->second.units) {
    marks.push_back(mark);
    Publications(unit, marks);
  }
  Publications(a.unit_id, marks);
  const Date start = Day(a.starts_at_us, a.unit_id);
  const Gap gap = LastGap(std::move(marks), h.signed_up.position, [&](std::uint64_t p) {
    return ReadinessGap(a, start, v->second, h.vetted_only, p);
  });
  if (gap.opened.position == 0) return;
  Item item{"readiness/" + activity + "/" + volunteer_id,
            "readiness",
            activity,
            volunteer_id,
            a.unit_id,
            start,
            0,
            a.starts_at_us,
            gap.opened.position,
            gap.closed};
  items_.push_back(std::move(item));
}

void Builder::Activities() {
  ForOrg(s_.activities, org_, [&](std::string_view id, const ReminderActivity& a) {
    const std::string activity(id);
    const std::string coordinator = a.coordinator.empty() ? a.unit_id : a.coordinator;
    if (!a.cancelled && a.completed.position == 0) {
      // Once it has ended, a notice not answered by a check-in has nothing
      // left to say: the attendance record takes over.
      const bool over = now_us_ >= std::max(a.starts_at_us, a.ends_at_us);
      for (const auto& [volunteer, h] : a.holders) {
        // 24 hours before the activity, to each volunteer holding a place.
        if (Wanted(volunteer) && (h.attended_position != 0 || !over)) {
          items_.push_back(Item{"notice/" + activity + "/" + volunteer, "activity_notice", activity,
                                volunteer, a.unit_id, Day(a.starts_at_us, a.unit_id),
                                a.starts_at_us - kDayUs, a.starts_at_us, h.signed_up.position,
                                h.attended_position});
        }
        Readiness(activity, a, volunteer, h);
      }
      // A group left short of adults, to make whole before the activity.
      for (const ReminderGroup& g : a.groups) {
        if (g.short_since.position == 0) continue;
        items_.push_back(Item{"group_short/" + activity + "/" + g.group_id, "group_short", activity,
                              coordinator, a.unit_id, Day(a.starts_at_us, a.unit_id), 0,
                              a.starts_at_us, g.short_since.position, g.made_up});
      }
    }
    // Marked completed on the day it ends: what follows it (hours to
    // confirm, school visits, restocks) waits for that.
    if (!a.cancelled) {
      Dated("completion/" + activity, "activity_completion", activity, coordinator, a.unit_id,
            Day(a.ends_at_us > 0 ? a.ends_at_us : a.starts_at_us, a.unit_id), a.planned.position,
            a.completed.position, 0);
    }
    if (a.completed.position == 0) return;
    // What follows an activity counts from its end (or its completion, when
    // that came first), not from when the completion was recorded.
    const std::int64_t ended_us =
        a.ends_at_us > 0 ? std::min(a.ends_at_us, a.completed.at_us) : a.completed.at_us;
    const Date completed = Day(ended_us, a.unit_id);
    // Hours to confirm within 10 working days, holidays and 调休 counted.
    for (const auto& [volunteer, h] : a.holders) {
      if (!h.attended) continue;
      Dated("hours/" + activity + "/" + volunteer, "hours_confirmation", volunteer, coordinator,
            a.unit_id, s_.calendars.Of(org_).AddWorkingDays(completed, kHoursWorkingDays),
            a.completed.position, h.hours_position);
    }
    if (a.kind == ActivityKind::kTrip) SchoolVisits(activity, a, coordinator, completed);
    if (a.kind == ActivityKind::kLibraryBuild) Restocks(activity, a, coordinator, completed);
  });
}

// A school visit each month for 12 months after a trip: answered by a
// school or follow-up visit to any child who went.
void Builder::SchoolVisits(const std::string& activity, const ReminderActivity& a,
                           const std::string& coordinator, Date completed) {
  if (!Wanted(coordinator)) return;
  const YearMonth first = MonthOf(completed);
  for (int k = 1; k <= kVisitMonths; ++k) {
    const YearMonth m = AddMonths(first, k);
    std::uint64_t done = 0;
    for (const std::string& child_id : a.children) {
      auto c = s_.children.find(OrgKey(org_, child_id));
      if (c == s_.children.end()) continue;
      for (const auto& [_, contact] : c->second.contacts) {
        if (contact.kind != ContactKind::kSchoolVisit &&
            contact.kind != ContactKind::kFollowUpVisit)
          continue;
        if (MonthOf(Day(contact.at_us, a.unit_id)) != m) continue;
        if (done == 0 || contact.position < done) done = contact.position;
      }
    }
    Dated("school_visit/" + activity + "/" + FormatMonth(m), "school_visit", activity, coordinator,
          a.unit_id, LastDay(m), a.completed.position, done);
  }
}

// A restock three months after a library build, and after each restock.
void Builder::Restocks(const std::string& activity, const ReminderActivity& a,
                       const std::string& coordinator, Date completed) {
  if (!Wanted(coordinator)) return;
  std::vector<std::pair<Date, std::uint64_t>> restocks;
  for (const Mark& r : a.restocks)
    if (r.position > a.completed.position)
      restocks.emplace_back(Day(r.at_us, a.unit_id), r.position);
  for (const Period& p :
       Periods(completed, a.completed.position, restocks, kRestockMonths, /*open_last=*/true)) {
    Dated("restock/" + activity + "/" + FormatDate(p.due), "library_restock", activity, coordinator,
          a.unit_id, p.due, p.source, p.done);
  }
}

void Builder::FollowUps() {
  ForOrg(s_.follow_ups, org_, [&](std::string_view child, const std::vector<FollowUp>& list) {
    auto c = s_.children.find(OrgKey(org_, child));
    const std::string unit = c == s_.children.end() ? std::string() : c->second.unit_id();
    for (const FollowUp& f : list) {
      Dated("follow_up/" + f.activity_id + "/" + std::string(child) + "/" +
                std::to_string(f.requested.position),
            "counseling_follow_up", std::string(child), f.counselor_id, unit, f.due,
            f.requested.position, f.done_position);
    }
  });
}

}  // namespace homeward::reminder_items
