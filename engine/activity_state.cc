#include "engine/activity_state.h"

#include <algorithm>

namespace homeward {
namespace {

struct ApplyActivity {
  ActivityState& s;
  void operator()(const ActivityPlanned& e) {
    s.exists = true;
    s.plan = e;
  }
  void operator()(const SlotAdded& e) {
    s.slots.push_back(ActivitySlot{
        e.slot_id, e.role, e.capacity, e.waitlist, e.adults_only, e.vetted_only, {}, {}});
  }
  void operator()(const RecruitmentOpened&) { s.recruitment = Recruitment::kOpen; }
  void operator()(const RecruitmentClosed& e) {
    s.recruitment = e.full ? Recruitment::kClosedFull : Recruitment::kClosed;
  }
  void operator()(const RecruitmentReopened&) { s.recruitment = Recruitment::kOpen; }
  void operator()(const SignedUp& e) {
    if (ActivitySlot* slot = s.Slot(e.slot_id)) slot->holders.push_back(e.volunteer_id);
  }
  void operator()(const Waitlisted& e) {
    if (ActivitySlot* slot = s.Slot(e.slot_id)) slot->waiting.push_back(e.volunteer_id);
  }
  void operator()(const Withdrawn& e) {
    if (ActivitySlot* slot = s.Slot(e.slot_id)) {
      std::erase(slot->holders, e.volunteer_id);
      std::erase(slot->waiting, e.volunteer_id);
    }
  }
  void operator()(const PromotedFromWaitlist& e) {
    if (ActivitySlot* slot = s.Slot(e.slot_id)) {
      std::erase(slot->waiting, e.volunteer_id);
      slot->holders.push_back(e.volunteer_id);
    }
  }
  void operator()(const CapacityChanged& e) {
    if (ActivitySlot* slot = s.Slot(e.slot_id)) slot->capacity = e.capacity;
  }
  void operator()(const ActivityCancelled&) { s.cancelled = true; }
  void operator()(const ActivityRescheduled& e) {
    s.cancelled = false;
    s.plan.starts_at_us = e.starts_at_us;
    s.plan.ends_at_us = e.ends_at_us;
  }
  void operator()(const ActivityCompleted&) { s.completed = true; }
  template <typename Other>
  void operator()(const Other&) {}
};

}  // namespace

ActivitySlot* ActivityState::Slot(std::string_view slot_id) {
  for (ActivitySlot& slot : slots)
    if (slot.slot_id == slot_id) return &slot;
  return nullptr;
}

const ActivitySlot* ActivityState::Slot(std::string_view slot_id) const {
  return const_cast<ActivityState*>(this)->Slot(slot_id);
}

const ActivitySlot* ActivityState::SlotOf(std::string_view volunteer_id, bool* waiting) const {
  for (const ActivitySlot& slot : slots) {
    const bool holds =
        std::find(slot.holders.begin(), slot.holders.end(), volunteer_id) != slot.holders.end();
    const bool waits =
        std::find(slot.waiting.begin(), slot.waiting.end(), volunteer_id) != slot.waiting.end();
    if (holds || waits) {
      if (waiting) *waiting = waits;
      return &slot;
    }
  }
  return nullptr;
}

bool ActivityState::Full() const {
  std::uint32_t places = 0;
  for (const ActivitySlot& slot : slots) {
    if (slot.HasRoom()) return false;
    places += slot.capacity;
  }
  return places > 0;
}

bool ActivityState::AnyoneWaiting() const {
  return std::any_of(slots.begin(), slots.end(),
                     [](const ActivitySlot& slot) { return !slot.waiting.empty(); });
}

void Apply(ActivityState& state, const Event& event) { std::visit(ApplyActivity{state}, event); }

}  // namespace homeward
