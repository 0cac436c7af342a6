#pragma once
// The working copy an activity's decisions are built on (engine-internal):
// each event decided is applied to it at once, so later steps of the same
// decision see earlier ones. Shared by the activity's rules
// (engine/activity_rules.cc).

#include <string>
#include <string_view>

#include "engine/activity_rules.h"

namespace homeward {

// Refuses (daily_limit) a place that would give the volunteer more places in
// activities starting on the day `a` starts (in their unit's zone) than their
// unit allows. Cancelled activities do not count.
Status CheckDailyLimit(const VolunteerState& v, const UnitState& unit, const ActivityState& a);

// Collects a decision while keeping a working copy of the activity (and of the
// volunteers it touches) up to date, so later steps see earlier ones.
struct ActivityBuilder {
  std::string_view org;
  ActivityState activity;
  VolunteerStates volunteers;
  Decision out;
  // For a promotion's checks: the activity's unit, the volunteers' units and
  // today in the activity's zone. Decisions that promote no one leave them.
  const UnitState* home = nullptr;
  const People* people = nullptr;
  Date today{};

  // Decides `event` for the activity's stream.
  void ToActivity(const Event& event);
  // Decides `event` for the activity's stream and the volunteer's.
  void ToBoth(const std::string& volunteer_id, const Event& event);

  // Whether `v`, waiting, may still take a place in `slot`: everything signing
  // up checked may have lapsed or changed since (the check expired, a new
  // version of the waiver published, another place taken the same day).
  bool StillEligible(const VolunteerState& v, const ActivitySlot& slot) const;

  // Fills free places of `slot_id` from its waitlist, in arrival order,
  // skipping whoever may no longer take it (StillEligible) or has a clashing
  // place.
  void Promote(const std::string& slot_id);

  // Recruitment closes by itself when every place is taken and reopens when
  // one frees (招满即止).
  void Settle();
};

}  // namespace homeward
