#include "engine/activity_rules.h"

#include <algorithm>
#include <optional>

#include "engine/activity_builder.h"
#include "engine/attendance_rules.h"
#include "engine/time_zone.h"

namespace homeward {

std::optional<std::string> WhyLeaves(const VolunteerState& v, const People& people,
                                     const ActivityState& moved) {
  if (v.left) return "rescheduled: volunteer left";
  if (v.suspended) return "rescheduled: volunteer suspended";
  const std::string& id = moved.plan.activity_id;
  if (const Booking* clash = v.Overlapping(moved.plan.starts_at_us, moved.plan.ends_at_us, id)) {
    return "rescheduled: clashes with '" + clash->activity_id + "'";
  }
  if (Status over = CheckDailyLimit(v, people.UnitOf(v), moved); !over.ok()) {
    return "rescheduled: " + over.message();
  }
  return std::nullopt;
}

namespace {

constexpr std::int64_t kMinute = 60'000'000;

// OK when the short fields of a plan or of its restated details are each one
// line (SingleLine): they head rosters, CSV rows and calendar entries.
template <class Details>
Status DetailsOnOneLine(const Details& c) {
  if (Status s = SingleLines({{c.title, "an activity's title"},
                              {c.place, "an activity's place"},
                              {c.person_in_charge, "the person in charge"},
                              {c.coordinator, "the coordinator"},
                              {c.children_contact, "the children's contact"}});
      !s.ok()) {
    return s;
  }
  return SingleLineEach(c.itinerary, "a stop of the itinerary");
}

}  // namespace

const UnitState& People::UnitOf(const VolunteerState& v) const {
  static const UnitState none{};
  const auto it = units.find(v.unit_id);
  return it == units.end() ? none : it->second;
}

Result<Decision> Decide(std::string_view org, const ActivityState& a, const UnitState& unit,
                        Now now, const PlanActivity& c) {
  if (c.activity_id.empty() || c.title.empty())
    return Invalid("an activity needs an id and a title");
  if (Status s = DetailsOnOneLine(c); !s.ok()) return s;
  if (a.exists) {
    return Refuse(reason::kAlreadyExists, "activity '" + c.activity_id + "' already exists");
  }
  if (Status s = RequireOpenUnit(unit, c.unit_id); !s.ok()) return s;
  if (!IsKnown(c.kind)) return Invalid("unknown activity kind");
  if (c.ends_at_us <= c.starts_at_us) return Invalid("an activity must end after it starts");
  if (c.starts_at_us <= now.utc_us) return Invalid("an activity is planned for the future");
  return Decision{{ActivityStream(org, c.activity_id),
                   ActivityPlanned{c.activity_id, c.unit_id, c.kind, c.title, c.place, c.itinerary,
                                   c.starts_at_us, c.ends_at_us, c.person_in_charge, c.coordinator,
                                   c.children_contact, c.children_capacity, c.cutoff_minutes,
                                   c.children_per_adult}}};
}

Result<Decision> Decide(std::string_view org, const ActivityState& a, const AddSlot& c) {
  if (Status s = RequireLive(a, c.activity_id); !s.ok()) return s;
  if (c.slot_id.empty() || c.role.empty()) return Invalid("a slot needs an id and a role");
  if (Status s = SingleLine(c.role, "a slot's role"); !s.ok()) return s;
  if (a.Slot(c.slot_id)) {
    return Refuse(reason::kAlreadyExists, "slot '" + c.slot_id + "' already exists");
  }
  ActivityBuilder b{org, a, {}, {}};
  for (VolunteerKind kind : c.kinds)
    if (!IsKnown(kind)) return Invalid("a slot names an unknown volunteer kind");
  b.ToActivity(SlotAdded{c.activity_id, c.slot_id, c.role, c.capacity, c.waitlist, c.adults_only,
                         c.vetted_only, c.kinds});
  b.Settle();  // a new place reopens a full activity
  return std::move(b.out);
}

Result<Decision> Decide(std::string_view org, const ActivityState& a, const UnitState& home,
                        const OpenRecruitment& c) {
  if (Status s = RequireLive(a, c.activity_id); !s.ok()) return s;
  if (Status s = RequireOpenUnit(home, a.plan.unit_id); !s.ok()) return s;
  if (a.recruitment == Recruitment::kOpen || a.recruitment == Recruitment::kClosedFull) {
    return Refuse(reason::kAlreadyExists, "recruitment for \"" + a.plan.title + "\" is open");
  }
  ActivityBuilder b{org, a, {}, {}};
  b.ToActivity(RecruitmentOpened{c.activity_id});
  b.Settle();
  return std::move(b.out);
}

Result<Decision> Decide(std::string_view org, const ActivityState& a, const CloseRecruitment& c) {
  if (Status s = RequireLive(a, c.activity_id); !s.ok()) return s;
  if (a.recruitment != Recruitment::kOpen && a.recruitment != Recruitment::kClosedFull) {
    return Refuse(reason::kNotRecruiting, "recruitment for \"" + a.plan.title + "\" is not open");
  }
  return Decision{{ActivityStream(org, c.activity_id), RecruitmentClosed{c.activity_id, false}}};
}

Result<Decision> Decide(std::string_view org, const ActivityState& a, const UnitState& home,
                        const VolunteerState& v, const UnitState& volunteer_unit, Now now,
                        const SignUp& c) {
  if (Status s = RequireLive(a, c.activity_id); !s.ok()) return s;
  if (Status s = RequireOpenUnit(home, a.plan.unit_id); !s.ok()) return s;
  const ActivitySlot* slot = a.Slot(c.slot_id);
  if (slot == nullptr) return Missing("\"" + a.plan.title + "\" has no slot '" + c.slot_id + "'");
  if (a.recruitment == Recruitment::kNotOpen || a.recruitment == Recruitment::kClosed ||
      now.utc_us >= a.plan.starts_at_us) {
    return Refuse(reason::kNotRecruiting, "\"" + a.plan.title + "\" is not recruiting");
  }
  if (!v.exists) return Missing("volunteer '" + c.volunteer_id + "' does not exist");
  if (slot->vetted_only) {
    if (Status s = CheckEligible(v, home, volunteer_unit, now.today); !s.ok()) return s;
  } else if (v.left || v.suspended) {
    return Refuse(v.left ? reason::kInactive : reason::kSuspended,
                  VolunteerLabel(v.volunteer_id) + " cannot sign up now");
  }
  if (slot->adults_only && AgeOn(v.details.date_of_birth, now.today) < 18) {
    return Refuse(reason::kUnderageRole, VolunteerLabel(v.volunteer_id) + " is under 18; the " +
                                             slot->role + " places are for adults");
  }
  if (!slot->kinds.empty() &&
      std::none_of(slot->kinds.begin(), slot->kinds.end(),
                   [&](VolunteerKind kind) { return v.details.Is(kind); })) {
    return Refuse(reason::kKindRequired, "the " + slot->role + " places are for " +
                                             std::string(ChineseNameOf(slot->kinds.front())) +
                                             (slot->kinds.size() > 1 ? " and others" : ""));
  }
  bool waiting = false;
  if (a.SlotOf(c.volunteer_id, &waiting)) {
    return Refuse(reason::kAlreadySignedUp,
                  VolunteerLabel(v.volunteer_id) +
                      (waiting ? " is already waiting for" : " already has") + " a place in \"" +
                      a.plan.title + "\"");
  }
  ActivityBuilder b{org, a, {}, {}};
  if (slot->HasRoom() && a.recruitment == Recruitment::kOpen) {
    if (const Booking* clash = v.Overlapping(a.plan.starts_at_us, a.plan.ends_at_us, c.activity_id);
        clash && c.double_booking_override.empty()) {
      return Refuse(reason::kDoubleBooking, VolunteerLabel(v.volunteer_id) +
                                                " already has a place in '" + clash->activity_id +
                                                "' at the same time");
    }
    if (Status s = CheckDailyLimit(v, volunteer_unit, a); !s.ok()) return s;
    b.ToBoth(c.volunteer_id, SignedUp{c.activity_id, c.slot_id, c.volunteer_id, a.plan.starts_at_us,
                                      a.plan.ends_at_us, c.double_booking_override});
    b.Settle();
    return std::move(b.out);
  }
  if (!slot->waitlist) {
    return Refuse(reason::kCapacityFull,
                  "the " + slot->role + " places of \"" + a.plan.title + "\" are all taken");
  }
  b.ToActivity(Waitlisted{c.activity_id, c.slot_id, c.volunteer_id});
  return std::move(b.out);
}

Result<Decision> Decide(std::string_view org, const ActivityState& a, const UnitState& home,
                        const People& people, Now now, const Withdraw& c) {
  if (Status s = RequireActivity(a, c.activity_id); !s.ok()) return s;
  if (a.completed) return Refuse(reason::kInactive, "\"" + a.plan.title + "\" is completed");
  bool waiting = false;
  const ActivitySlot* slot = a.SlotOf(c.volunteer_id, &waiting);
  if (slot == nullptr) {
    return Missing(c.volunteer_id + " has no place in \"" + a.plan.title + "\"");
  }
  if (c.by_coordinator && c.reason.empty()) {
    return Invalid("a coordinator removing a volunteer gives a reason");
  }
  const std::int64_t cutoff = a.plan.starts_at_us - std::int64_t{a.plan.cutoff_minutes} * kMinute;
  if (!waiting && !a.cancelled && !c.by_coordinator && now.utc_us >= cutoff) {
    return Refuse(reason::kCutoffPassed, "withdrawing from \"" + a.plan.title + "\" closed " +
                                             std::to_string(a.plan.cutoff_minutes / 60) +
                                             " hours before the start; ask the coordinator");
  }
  // A volunteer leaving their group with children and one adult asks the
  // coordinator, who can rearrange the groups (or withdraw them anyway).
  if (const ActivityGroup* g = a.GroupOf(c.volunteer_id); g != nullptr && !c.by_coordinator) {
    const bool adult =
        std::find(g->adults.begin(), g->adults.end(), c.volunteer_id) != g->adults.end();
    if (adult) {
      if (Status s = CheckGroup(a, *g, g->adults.size() - 1, g->children.size()); !s.ok()) {
        return Refuse(s.reason(), s.message() + "; ask the coordinator");
      }
    }
  }
  const std::string slot_id = slot->slot_id;
  ActivityBuilder b{org, a, people.volunteers, {}, &home, &people, now.today};
  const Withdrawn event{c.activity_id, slot_id, c.volunteer_id, c.by_coordinator, c.reason};
  if (waiting) {
    b.ToActivity(event);
  } else {
    b.ToBoth(c.volunteer_id, event);
  }
  if (!a.cancelled) {  // a cancelled activity keeps its waitlist as it is until rescheduled
    b.Promote(slot_id);
    b.Settle();
  }
  return std::move(b.out);
}

Result<Decision> Decide(std::string_view org, const ActivityState& a, const UnitState& home,
                        const People& people, Now now, const ChangeCapacity& c) {
  if (Status s = RequireLive(a, c.activity_id); !s.ok()) return s;
  const ActivitySlot* slot = a.Slot(c.slot_id);
  if (slot == nullptr) return Missing("\"" + a.plan.title + "\" has no slot '" + c.slot_id + "'");
  if (c.capacity < slot->holders.size()) {
    return Refuse(reason::kBelowHolders,
                  std::to_string(slot->holders.size()) + " volunteers hold " + slot->role +
                      " places; withdraw some before lowering to " + std::to_string(c.capacity));
  }
  ActivityBuilder b{org, a, people.volunteers, {}, &home, &people, now.today};
  b.ToActivity(CapacityChanged{c.activity_id, c.slot_id, c.capacity});
  b.Promote(c.slot_id);
  b.Settle();
  return std::move(b.out);
}

Result<Decision> Decide(std::string_view org, const ActivityState& a, const CancelActivity& c) {
  if (Status s = RequireLive(a, c.activity_id); !s.ok()) return s;
  if (c.reason.empty()) return Invalid("a cancellation needs a reason");
  ActivityBuilder b{org, a, {}, {}};
  const ActivityCancelled event{c.activity_id, c.weather, c.reason};
  b.ToActivity(event);
  for (const ActivitySlot& slot : a.slots) {
    for (const std::string& holder : slot.holders) {
      b.out.push_back({VolunteerStream(org, holder), event});
    }
  }
  return std::move(b.out);
}

Result<Decision> Decide(std::string_view org, const ActivityState& a, const UnitState& home,
                        const People& people, Now now, const RescheduleActivity& c) {
  if (Status s = RequireActivity(a, c.activity_id); !s.ok()) return s;
  if (a.completed) return Refuse(reason::kInactive, "\"" + a.plan.title + "\" is completed");
  if (Status s = RequireOpenUnit(home, a.plan.unit_id); !s.ok()) return s;
  if (c.ends_at_us <= c.starts_at_us) return Invalid("an activity must end after it starts");
  if (c.starts_at_us <= now.utc_us) return Invalid("an activity is rescheduled to the future");
  ActivityBuilder b{org, a, people.volunteers, {}, &home, &people, now.today};
  const ActivityRescheduled event{c.activity_id, c.starts_at_us, c.ends_at_us};
  b.ToActivity(event);
  for (const ActivitySlot& slot : a.slots) {
    for (const std::string& holder : slot.holders) {
      auto it = people.volunteers.find(holder);
      const std::optional<std::string> leaves =
          it == people.volunteers.end() ? std::nullopt : WhyLeaves(it->second, people, b.activity);
      if (leaves) {
        b.ToBoth(holder, Withdrawn{c.activity_id, slot.slot_id, holder, true, *leaves});
      } else {
        b.out.push_back({VolunteerStream(org, holder), event});
        if (auto v = b.volunteers.find(holder); v != b.volunteers.end()) Apply(v->second, event);
      }
    }
  }
  for (const ActivitySlot& slot : a.slots) b.Promote(slot.slot_id);
  b.Settle();
  return std::move(b.out);
}

Result<Decision> Decide(std::string_view org, const ActivityState& a, Now now,
                        const CompleteActivity& c) {
  if (Status s = RequireLive(a, c.activity_id); !s.ok()) return s;
  if (now.utc_us < a.plan.ends_at_us) {
    return Refuse(reason::kNotOver, "\"" + a.plan.title + "\" has not ended yet");
  }
  return Decision{{ActivityStream(org, c.activity_id), ActivityCompleted{c.activity_id}}};
}

Result<Decision> Decide(std::string_view org, const ActivityState& a,
                        const ChangeActivityDetails& c) {
  if (Status s = RequireLive(a, c.activity_id); !s.ok()) return s;
  if (c.title.empty()) return Invalid("an activity needs a title");
  if (Status s = DetailsOnOneLine(c); !s.ok()) return s;
  return Decision{{ActivityStream(org, c.activity_id),
                   ActivityDetailsChanged{c.activity_id, c.title, c.place, c.itinerary,
                                          c.person_in_charge, c.coordinator, c.children_contact}}};
}

}  // namespace homeward
