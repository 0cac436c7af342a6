#include "engine/attendance_rules.h"

#include <algorithm>

namespace homeward {
namespace {

constexpr std::int64_t kMinute = 60'000'000;

bool Holds(const ActivityState& a, std::string_view volunteer) {
  bool waiting = false;
  return a.SlotOf(volunteer, &waiting) != nullptr && !waiting;
}

// Whether `volunteer` is expected at `a`: a place held, or a caring family
// that joined the library build. Both check in, and have their attendance.
bool Expected(const ActivityState& a, std::string_view volunteer) {
  return Holds(a, volunteer) || a.IsFamily(volunteer);
}

// How long after an activity's end its code still checks people out, for a
// day that ran late (the bus back after midnight).
constexpr std::int64_t kCheckOutGraceUs = 12LL * 3600 * 1000000;

// Whether the check-in opened for `a` (since its last reschedule) serves
// now: opened today, or the day before while `a` has not ended (opened the
// evening before an early start, or a day that runs past midnight). A
// check-out (`leaving`) may also come up to kCheckOutGraceUs after the end.
bool CheckInServes(const ActivityState& a, Now now, bool leaving = false) {
  if (!a.check_in) return false;
  if (a.check_in->day == now.today) return true;
  if (leaving) return now.utc_us <= a.plan.ends_at_us + kCheckOutGraceUs;
  return a.check_in->day.days + 1 == now.today.days && now.utc_us <= a.plan.ends_at_us;
}

// Whether `code` is the activity's check-in code and serves now
// (CheckInServes).
Status CheckCode(const ActivityState& a, Now now, std::string_view code, bool leaving = false) {
  if (!CheckInServes(a, now, leaving)) {
    return Refuse(reason::kBadCheckInCode,
                  "check-in for \"" + a.plan.title + "\" is not open today");
  }
  if (code != a.check_in->code) {
    return Refuse(reason::kBadCheckInCode, "that is not today's check-in code");
  }
  return Status::Ok();
}

}  // namespace

std::string_view GroupRuleBroken(std::size_t adults, std::size_t children,
                                 std::uint32_t children_per_adult) {
  if (children == 0) return {};
  if (adults < 2) return reason::kTwoAdultRule;
  if (children > adults * children_per_adult) return reason::kRatioExceeded;
  return {};
}

Status CheckGroup(const ActivityState& a, const ActivityGroup& g, std::size_t adults,
                  std::size_t children) {
  const std::string_view broken = GroupRuleBroken(adults, children, a.plan.children_per_adult);
  if (broken == reason::kTwoAdultRule) {
    return Refuse(reason::kTwoAdultRule, "group \"" + g.name +
                                             "\" has children and needs at least two vetted "
                                             "adults; it would have " +
                                             std::to_string(adults));
  }
  if (broken == reason::kRatioExceeded) {
    return Refuse(reason::kRatioExceeded,
                  "group \"" + g.name + "\" would have " + std::to_string(children) +
                      " children for " + std::to_string(adults) + " adults; at most " +
                      std::to_string(a.plan.children_per_adult) + " per adult");
  }
  return Status::Ok();
}

Result<Decision> Decide(std::string_view org, const ActivityState& a, const UnitState& home,
                        const ChildState& child, const EnrollChild& c) {
  if (Status s = RequireLive(a, c.activity_id); !s.ok()) return s;
  if (Status s = RequireOpenUnit(home, a.plan.unit_id); !s.ok()) return s;
  if (Status s = RequireChild(child, c.child_id); !s.ok()) return s;
  if (a.plan.kind == ActivityKind::kTrip && !child.HasConsent(ConsentKind::kTrips)) {
    return Refuse(reason::kConsentMissing,
                  ChildLabel(child.child_id) + "'s guardian has not consented to trips");
  }
  if (std::find(a.children.begin(), a.children.end(), c.child_id) != a.children.end()) {
    return Refuse(reason::kAlreadySignedUp, ChildLabel(child.child_id) + " is already enrolled");
  }
  if (a.children.size() >= a.plan.children_capacity) {
    return Refuse(reason::kCapacityFull, "the " + std::to_string(a.plan.children_capacity) +
                                             " children places of \"" + a.plan.title +
                                             "\" are taken");
  }
  const ChildEnrolled event{c.activity_id, c.child_id};
  return Decision{{ActivityStream(org, c.activity_id), event},
                  {ChildStream(org, c.child_id), event}};
}

Result<Decision> Decide(std::string_view org, const ActivityState& a, const UnenrollChild& c) {
  if (Status s = RequireActivity(a, c.activity_id); !s.ok()) return s;
  if (std::find(a.children.begin(), a.children.end(), c.child_id) == a.children.end()) {
    return Missing(c.child_id + " is not enrolled in \"" + a.plan.title + "\"");
  }
  const ActivityGroup* g = a.GroupOf(c.child_id);
  (void)g;  // leaving a group never breaks the rule: fewer children
  const ChildUnenrolled event{c.activity_id, c.child_id, c.reason};
  return Decision{{ActivityStream(org, c.activity_id), event},
                  {ChildStream(org, c.child_id), event}};
}

Result<Decision> Decide(std::string_view org, const ActivityState& a, const FormGroup& c) {
  if (Status s = RequireLive(a, c.activity_id); !s.ok()) return s;
  if (c.group_id.empty() || c.name.empty()) return Invalid("a group needs an id and a name");
  if (Status s = SingleLine(c.name, "a group's name"); !s.ok()) return s;
  for (const ActivityGroup& g : a.groups) {
    if (g.group_id == c.group_id) {
      return Refuse(reason::kAlreadyExists, "group '" + c.group_id + "' already exists");
    }
  }
  return ToActivity(org, c.activity_id, GroupFormed{c.activity_id, c.group_id, c.name});
}

Result<Decision> Decide(std::string_view org, const ActivityState& a, const VolunteerState& v,
                        Now now, const AssignToGroup& c) {
  if (Status s = RequireLive(a, c.activity_id); !s.ok()) return s;
  const ActivityGroup* g = a.GroupOf(c.person_id);
  if (g != nullptr) {
    return Refuse(reason::kAlreadyExists,
                  c.person_id + " is already in group \"" + g->name + "\"; remove them first");
  }
  const ActivityGroup* group = nullptr;
  for (const ActivityGroup& x : a.groups)
    if (x.group_id == c.group_id) group = &x;
  if (group == nullptr) return Missing("group '" + c.group_id + "' does not exist");
  bool adult = false;
  if (c.child) {
    if (std::find(a.children.begin(), a.children.end(), c.person_id) == a.children.end()) {
      return Missing(c.person_id + " is not enrolled in \"" + a.plan.title + "\"");
    }
    if (Status s = CheckGroup(a, *group, group->adults.size(), group->children.size() + 1);
        !s.ok()) {
      return s;
    }
  } else {
    if (!Holds(a, c.person_id)) {
      return Missing(c.person_id + " holds no place in \"" + a.plan.title + "\"");
    }
    // Under-18 volunteers never count as adults; neither does an expired check.
    adult = AgeOn(v.details.date_of_birth, now.today) >= 18 && v.vetted_until &&
            now.today <= *v.vetted_until && !v.suspended;
  }
  return ToActivity(org, c.activity_id,
                    AssignedToGroup{c.activity_id, c.group_id, c.person_id, c.child, adult});
}

Result<Decision> Decide(std::string_view org, const ActivityState& a, const RemoveFromGroup& c) {
  if (Status s = RequireActivity(a, c.activity_id); !s.ok()) return s;
  const ActivityGroup* g = a.GroupOf(c.person_id);
  if (g == nullptr || g->group_id != c.group_id) {
    return Missing(c.person_id + " is not in group '" + c.group_id + "'");
  }
  const bool adult = std::find(g->adults.begin(), g->adults.end(), c.person_id) != g->adults.end();
  if (adult) {
    if (Status s = CheckGroup(a, *g, g->adults.size() - 1, g->children.size()); !s.ok()) return s;
  }
  return ToActivity(org, c.activity_id, RemovedFromGroup{c.activity_id, c.group_id, c.person_id});
}

Result<Decision> Decide(std::string_view org, const ActivityState& a, Now now,
                        const OpenCheckIn& c) {
  if (Status s = RequireLive(a, c.activity_id); !s.ok()) return s;
  if (c.opened_by.empty() || c.code.empty())
    return Invalid("check-in needs who opens it and a code");
  if (now.utc_us < a.plan.starts_at_us - kCheckInLeadUs) {
    return Refuse(reason::kNotBegun, "check-in for \"" + a.plan.title +
                                         "\" opens on the day, at most 12 hours before it begins");
  }
  if (now.utc_us > a.plan.ends_at_us) {
    return Refuse(reason::kActivityOver, "\"" + a.plan.title + "\" has ended: no check-in to open");
  }
  return ToActivity(org, c.activity_id,
                    CheckInOpened{c.activity_id, now.today, c.code, c.opened_by});
}

Result<Decision> Decide(std::string_view org, const ActivityState& a, Now now, const CheckIn& c) {
  if (Status s = RequireLive(a, c.activity_id); !s.ok()) return s;
  if (Status s = CheckCode(a, now, c.code); !s.ok()) return s;
  if (now.utc_us < a.plan.starts_at_us - kCheckInEarlyUs) {
    return Refuse(reason::kNotBegun,
                  "check-in for \"" + a.plan.title + "\" starts 2 hours before it begins");
  }
  if (!Expected(a, c.volunteer_id)) {
    return Missing(c.volunteer_id + " holds no place in \"" + a.plan.title + "\"");
  }
  if (auto it = a.days.find(c.volunteer_id); it != a.days.end() && it->second.in_us) {
    return Refuse(reason::kAlreadyExists, c.volunteer_id + " has already checked in");
  }
  return ToActivity(org, c.activity_id, CheckedIn{c.activity_id, c.volunteer_id, now.utc_us});
}

Result<Decision> Decide(std::string_view org, const ActivityState& a, Now now, const CheckOut& c) {
  if (Status s = RequireActivity(a, c.activity_id); !s.ok()) return s;
  if (Status s = CheckCode(a, now, c.code, /*leaving=*/true); !s.ok()) return s;
  auto it = a.days.find(c.volunteer_id);
  if (it == a.days.end() || !it->second.in_us) {
    return Missing(c.volunteer_id + " has not checked in");
  }
  if (it->second.out_us) return Refuse(reason::kAlreadyExists, c.volunteer_id + " has checked out");
  return ToActivity(org, c.activity_id, CheckedOut{c.activity_id, c.volunteer_id, now.utc_us});
}

Result<Decision> Decide(std::string_view org, const ActivityState& a, Now now,
                        const RecordAttendance& c) {
  if (Status s = RequireActivity(a, c.activity_id); !s.ok()) return s;
  if (!IsKnown(c.status) || c.recorded_by.empty()) {
    return Invalid("attendance needs a known status and who recorded it");
  }
  if (a.cancelled) return Refuse(reason::kInactive, "\"" + a.plan.title + "\" was cancelled");
  if (now.utc_us < a.plan.starts_at_us && !CheckInServes(a, now)) {
    return Refuse(reason::kNotBegun,
                  "\"" + a.plan.title + "\" has not begun: attendance is taken on the day");
  }
  if (!Expected(a, c.volunteer_id)) {
    return Missing(c.volunteer_id + " holds no place in \"" + a.plan.title + "\"");
  }
  return ToActivity(org, c.activity_id,
                    AttendanceRecorded{c.activity_id, c.volunteer_id, c.status, c.recorded_by});
}

Result<Decision> Decide(std::string_view org, const ActivityState& a, const UnitState& unit,
                        Now now, const ConfirmHours& c) {
  if (Status s = RequireActivity(a, c.activity_id); !s.ok()) return s;
  if (c.confirmed_by.empty()) return Invalid("hours are confirmed by the person in charge");
  if (a.cancelled) return Refuse(reason::kInactive, "\"" + a.plan.title + "\" was cancelled");
  if (now.utc_us < a.plan.starts_at_us) {
    return Refuse(reason::kNotBegun,
                  "\"" + a.plan.title + "\" has not begun: hours are those actually given");
  }
  if (!a.TookPart(c.volunteer_id)) {
    return Missing(c.volunteer_id + " has no place, check-in or attendance in \"" + a.plan.title +
                   "\"");
  }
  std::uint32_t minutes = 0;
  if (c.minutes) {
    minutes = *c.minutes;
  } else {
    auto it = a.days.find(c.volunteer_id);
    if (it == a.days.end() || !it->second.in_us || !it->second.out_us) {
      return Missing(c.volunteer_id + " has no check-in and check-out to count hours from");
    }
    minutes = static_cast<std::uint32_t>((*it->second.out_us - *it->second.in_us) / kMinute);
  }
  if (c.travel_minutes > 0) {
    if (!unit.hours_include_travel) {
      return Invalid("unit '" + unit.name + "' does not count travel time in service hours");
    }
    minutes += c.travel_minutes;
  }
  if (minutes > 24 * 60) return Invalid("more than a day of hours for one activity");
  const HoursConfirmed event{c.activity_id, c.volunteer_id, minutes, c.confirmed_by};
  return Decision{{ActivityStream(org, c.activity_id), event},
                  {VolunteerStream(org, c.volunteer_id), event}};
}

Result<Decision> Decide(std::string_view org, const ActivityState& a,
                        const RequestHoursCorrection& c) {
  if (Status s = RequireActivity(a, c.activity_id); !s.ok()) return s;
  auto it = a.days.find(c.volunteer_id);
  if (it == a.days.end() || !it->second.confirmed_minutes) {
    return Missing("no confirmed hours of " + c.volunteer_id + " to correct");
  }
  if (c.reason.empty() || c.minutes > 24 * 60) {
    return Invalid("a correction needs a reason and at most a day of hours");
  }
  return ToActivity(org, c.activity_id,
                    HoursCorrectionRequested{c.activity_id, c.volunteer_id, c.minutes, c.reason});
}

Result<Decision> Decide(std::string_view org, const ActivityState& a,
                        const DecideHoursCorrection& c) {
  if (Status s = RequireActivity(a, c.activity_id); !s.ok()) return s;
  auto it = a.days.find(c.volunteer_id);
  if (it == a.days.end() || !it->second.requested_minutes) {
    return Missing("no correction of " + c.volunteer_id + "'s hours is pending");
  }
  if (c.decided_by.empty()) return Invalid("name who decided");
  const std::uint32_t minutes =
      c.accept ? *it->second.requested_minutes : it->second.confirmed_minutes.value_or(0);
  const HoursCorrectionDecided event{c.activity_id, c.volunteer_id, c.accept,
                                     minutes,       c.decided_by,   c.reason};
  return Decision{{ActivityStream(org, c.activity_id), event},
                  {VolunteerStream(org, c.volunteer_id), event}};
}

}  // namespace homeward
