#include "engine/activity_builder.h"

#include <algorithm>

#include "engine/attendance_rules.h"
#include "engine/time_zone.h"

namespace homeward {

Status CheckDailyLimit(const VolunteerState& v, const UnitState& unit, const ActivityState& a) {
  if (unit.daily_slot_limit == 0) return Status::Ok();
  const Result<Date> day = LocalDate(a.plan.starts_at_us, unit.time_zone);
  if (!day.ok()) return day.status();
  std::uint32_t held = 0;
  for (const Booking& b : v.bookings) {
    if (b.cancelled || b.activity_id == a.plan.activity_id) continue;
    const Result<Date> other = LocalDate(b.starts_at_us, unit.time_zone);
    if (other.ok() && other->days == day->days) ++held;
  }
  if (held < unit.daily_slot_limit) return Status::Ok();
  return Refuse(reason::kDailyLimit, VolunteerLabel(v.volunteer_id) + " already holds " +
                                         std::to_string(held) + " places on " + FormatDate(*day) +
                                         "; the unit allows " +
                                         std::to_string(unit.daily_slot_limit) + " a day");
}

void ActivityBuilder::ToActivity(const Event& event) {
  out.push_back({ActivityStream(org, activity.plan.activity_id), event});
  Apply(activity, event);
}

void ActivityBuilder::ToBoth(const std::string& volunteer_id, const Event& event) {
  ToActivity(event);
  out.push_back({VolunteerStream(org, volunteer_id), event});
  if (auto it = volunteers.find(volunteer_id); it != volunteers.end()) Apply(it->second, event);
}

bool ActivityBuilder::StillEligible(const VolunteerState& v, const ActivitySlot& slot) const {
  if (v.suspended || v.left) return false;
  const UnitState& unit = people->UnitOf(v);
  if (slot.vetted_only && !CheckEligible(v, *home, unit, today).ok()) return false;
  if (slot.adults_only && AgeOn(v.details.date_of_birth, today) < 18) return false;
  if (!slot.kinds.empty() && std::none_of(slot.kinds.begin(), slot.kinds.end(),
                                          [&](VolunteerKind kind) { return v.details.Is(kind); })) {
    return false;
  }
  return CheckDailyLimit(v, unit, activity).ok();
}

void ActivityBuilder::Promote(const std::string& slot_id) {
  for (;;) {
    const ActivitySlot* slot = activity.Slot(slot_id);
    if (slot == nullptr || !slot->HasRoom()) return;
    const std::string* next = nullptr;
    for (const std::string& waiting : slot->waiting) {
      auto it = volunteers.find(waiting);
      if (it == volunteers.end()) continue;
      const VolunteerState& v = it->second;
      if (!StillEligible(v, *slot)) continue;
      if (v.Overlapping(activity.plan.starts_at_us, activity.plan.ends_at_us,
                        activity.plan.activity_id)) {
        continue;
      }
      next = &waiting;
      break;
    }
    if (next == nullptr) return;
    const std::string volunteer = *next;
    ToBoth(volunteer, PromotedFromWaitlist{activity.plan.activity_id, slot_id, volunteer,
                                           activity.plan.starts_at_us, activity.plan.ends_at_us});
  }
}

void ActivityBuilder::Settle() {
  if (activity.recruitment == Recruitment::kOpen && activity.Full()) {
    ToActivity(RecruitmentClosed{activity.plan.activity_id, true});
  } else if (activity.recruitment == Recruitment::kClosedFull && !activity.Full()) {
    ToActivity(RecruitmentReopened{activity.plan.activity_id});
  }
}

}  // namespace homeward
