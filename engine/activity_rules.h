#pragma once
// The rules of activities: planning, slots, recruitment that closes by itself
// when full (招满即止) and reopens when a place frees, sign-ups with a waitlist
// promoted in arrival order, the withdrawal cut-off, capacity changes, double
// booking, cancellation, rescheduling and completion. Pure: every state is
// passed in, `now` is given.
//
// For a withdrawal, a capacity change or a reschedule, `people` holds everyone
// holding or waiting for a place in the activity, with their units: the rules
// check who can be promoted, and whose new times clash.

#include <map>
#include <optional>
#include <string>

#include "engine/activity_state.h"
#include "engine/decision.h"
#include "engine/unit_state.h"
#include "engine/volunteer_state.h"
#include "events/activity_commands.h"

namespace homeward {

using VolunteerStates = std::map<std::string, VolunteerState, std::less<>>;

// Everyone holding or waiting for a place in an activity, by volunteer id, and
// the units they belong to, by unit id. A promotion from the waitlist repeats
// the checks a sign-up made, and some read the volunteer's unit: the waiver to
// accept when the organizer has none, the most places a day.
struct People {
  VolunteerStates volunteers;
  std::map<std::string, UnitState, std::less<>> units;

  // The unit of `v`; an empty state when they have none or it was not loaded.
  const UnitState& UnitOf(const VolunteerState& v) const;
};

// Why holder `v` gives up their place in `moved`, an activity just given new
// times, if they do: gone (suspended or left while it was cancelled, so they
// do not come back with it), a clash with another place, or a day already
// holding as many places as their unit allows, as a sign-up would be refused.
// The reason is the one a new date's withdrawal records.
std::optional<std::string> WhyLeaves(const VolunteerState& v, const People& people,
                                     const ActivityState& moved);

Result<Decision> Decide(std::string_view org, const ActivityState& activity, const UnitState& unit,
                        Now now, const PlanActivity& command);
Result<Decision> Decide(std::string_view org, const ActivityState& activity,
                        const AddSlot& command);
// Refusals: not_found, activity_cancelled, inactive (completed, or its unit
// `home` closed), already_exists (open already).
Result<Decision> Decide(std::string_view org, const ActivityState& activity, const UnitState& home,
                        const OpenRecruitment& command);
Result<Decision> Decide(std::string_view org, const ActivityState& activity,
                        const CloseRecruitment& command);
// Refusals: not_found, activity_cancelled, inactive (completed), not_recruiting
// (not open, or started), suspended / not_vetted / waiver_missing (the waiver
// of `home`, or else of the volunteer's unit: CheckEligible) for a slot that
// needs them, underage_role for an adults-only slot, already_signed_up,
// double_booking (unless a coordinator overrides with a reason), daily_limit
// (more places on the activity's day than the volunteer's unit allows),
// capacity_full (a full slot without a waitlist). A full slot with a waitlist
// waitlists. inactive when the activity's unit `home` is closed.
Result<Decision> Decide(std::string_view org, const ActivityState& activity, const UnitState& home,
                        const VolunteerState& volunteer, const UnitState& volunteer_unit, Now now,
                        const SignUp& command);
// A freed place goes to the first waiting volunteer who still passes every
// check their sign-up passed, as of `now`, against the activity's unit `home`
// and their own unit: the check and the waiver's current version where the
// slot needs them, adults only, the kinds, no clash, the daily limit.
// Refusals: not_found, cutoff_passed (after the cut-off only a coordinator
// removes, with a reason), inactive (completed).
Result<Decision> Decide(std::string_view org, const ActivityState& activity, const UnitState& home,
                        const People& people, Now now, const Withdraw& command);
// Promotes into added places as a withdrawal does. Refusals: not_found,
// below_holders (lowering below the places taken).
Result<Decision> Decide(std::string_view org, const ActivityState& activity, const UnitState& home,
                        const People& people, Now now, const ChangeCapacity& command);
Result<Decision> Decide(std::string_view org, const ActivityState& activity,
                        const CancelActivity& command);
// Sign-ups carry over; a holder whose other places clash with the new times
// loses this one (named, with the reason), and the waitlist moves up.
// Refusals: not_found, inactive (completed, or the activity's unit `home`
// closed: a closed unit's cancelled activity stays cancelled).
Result<Decision> Decide(std::string_view org, const ActivityState& activity, const UnitState& home,
                        const People& people, Now now, const RescheduleActivity& command);
Result<Decision> Decide(std::string_view org, const ActivityState& activity, Now now,
                        const CompleteActivity& command);
Result<Decision> Decide(std::string_view org, const ActivityState& activity,
                        const PledgeSponsor& command);
// Deliveries never exceed the pledge (invalid_argument).
Result<Decision> Decide(std::string_view org, const ActivityState& activity,
                        const FulfilPledge& command);
Result<Decision> Decide(std::string_view org, const ActivityState& activity,
                        const ChangeActivityDetails& command);
// Aid (迎春花) to an enrolled child, recorded in the child's stream too.
Result<Decision> Decide(std::string_view org, const ActivityState& activity,
                        const DistributeAid& command);

}  // namespace homeward
