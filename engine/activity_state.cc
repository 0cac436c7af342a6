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
        e.slot_id, e.role, e.capacity, e.waitlist, e.adults_only, e.vetted_only, e.kinds, {}, {}});
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
    Ungroup(e.volunteer_id);
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
    // A code given out for the old date does not serve the new one.
    s.check_in.reset();
  }
  void operator()(const ActivityCompleted&) { s.completed = true; }
  void operator()(const ChildEnrolled& e) { s.children.push_back(e.child_id); }
  void operator()(const ChildUnenrolled& e) {
    std::erase(s.children, e.child_id);
    Ungroup(e.child_id);
  }
  void operator()(const GroupFormed& e) {
    s.groups.push_back(ActivityGroup{e.group_id, e.name, {}, {}, {}});
  }
  void operator()(const AssignedToGroup& e) {
    if (ActivityGroup* g = s.Group(e.group_id)) {
      (e.child ? g->children : e.counts_as_adult ? g->adults : g->others).push_back(e.person_id);
    }
  }
  void operator()(const RemovedFromGroup& e) { Ungroup(e.person_id); }
  void operator()(const CheckInOpened& e) { s.check_in = e; }
  void operator()(const CheckedIn& e) { s.days[e.volunteer_id].in_us = e.at_us; }
  void operator()(const CheckedOut& e) { s.days[e.volunteer_id].out_us = e.at_us; }
  void operator()(const AttendanceRecorded& e) { s.days[e.volunteer_id].attendance = e.status; }
  void operator()(const HoursConfirmed& e) { s.days[e.volunteer_id].confirmed_minutes = e.minutes; }
  void operator()(const HoursCorrectionRequested& e) {
    s.days[e.volunteer_id].requested_minutes = e.minutes;
  }
  void operator()(const HoursCorrectionDecided& e) {
    DayRecord& day = s.days[e.volunteer_id];
    day.requested_minutes.reset();
    day.confirmed_minutes = e.minutes;
  }
  void operator()(const SponsorPledged& e) { s.pledges.push_back({e, 0}); }
  void operator()(const PledgeFulfilled& e) {
    for (auto& p : s.pledges)
      if (p.pledged.pledge_id == e.pledge_id) p.fulfilled += e.quantity;
  }
  void operator()(const ActivityDetailsChanged& e) {
    s.plan.title = e.title;
    s.plan.place = e.place;
    s.plan.itinerary = e.itinerary;
    s.plan.person_in_charge = e.person_in_charge;
    s.plan.coordinator = e.coordinator;
    s.plan.children_contact = e.children_contact;
  }
  void operator()(const AidDistributed& e) { s.aid.push_back(e); }
  void operator()(const ReflectionPosted& e) { s.reflections[e.volunteer_id] = e.text; }
  void operator()(const FamilyJoined& e) { s.families.push_back(e.volunteer_id); }
  void operator()(const BooksDonated& e) { s.books_on_shelf += e.count; }
  void operator()(const FriendPaired& e) { s.paired_friends[e.child_id] = e.friend_name; }
  void operator()(const SessionRecorded& e) { s.sessions.push_back(e); }
  void operator()(const FollowUpRequested& e) { s.follow_ups.push_back(e); }
  void Ungroup(const std::string& person) {
    for (ActivityGroup& g : s.groups) {
      std::erase(g.adults, person);
      std::erase(g.others, person);
      std::erase(g.children, person);
    }
  }
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

bool ActivityState::IsFamily(std::string_view volunteer_id) const {
  return std::find(families.begin(), families.end(), volunteer_id) != families.end();
}

bool ActivityState::TookPart(std::string_view volunteer_id) const {
  if (auto it = days.find(volunteer_id); it != days.end()) {
    if (it->second.attendance) return *it->second.attendance == Attendance::kPresent;
    if (it->second.in_us) return true;
  }
  bool waiting = false;
  if (SlotOf(volunteer_id, &waiting) != nullptr && !waiting) return true;
  return IsFamily(volunteer_id);
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

ActivityGroup* ActivityState::Group(std::string_view group_id) {
  for (ActivityGroup& g : groups)
    if (g.group_id == group_id) return &g;
  return nullptr;
}

const ActivityGroup* ActivityState::GroupOf(std::string_view person) const {
  for (const ActivityGroup& g : groups) {
    for (const auto* list : {&g.adults, &g.others, &g.children}) {
      if (std::find(list->begin(), list->end(), person) != list->end()) return &g;
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

std::string ActivityStream(std::string_view org, std::string_view activity_id) {
  return StreamOf(org, "activity", activity_id);
}

Decision ToActivity(std::string_view org, const std::string& activity_id, Event event) {
  return {Emit{ActivityStream(org, activity_id), std::move(event)}};
}

Status RequireActivity(const ActivityState& a, std::string_view id) {
  if (!a.exists) return Missing("activity '" + std::string(id) + "' does not exist");
  return Status::Ok();
}

Status RequireLive(const ActivityState& a, std::string_view id) {
  if (Status s = RequireActivity(a, id); !s.ok()) return s;
  if (a.completed) return Refuse(reason::kInactive, "\"" + a.plan.title + "\" is completed");
  if (a.cancelled) {
    return Refuse(reason::kActivityCancelled, "\"" + a.plan.title + "\" is cancelled");
  }
  return Status::Ok();
}

}  // namespace homeward
