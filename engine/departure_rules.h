#pragma once
// A person's departure, whole: a volunteer suspended, leaving or erased gives
// up their places in activities still to come, and each activity's waitlist
// moves up; a child leaving, erased or without consent to trips comes off the
// activities still to come. One append records it all, in the order these
// decide it. The care a departure ends is care_rules.h's; the activities are
// read through a callback, so the server reads them from the store (each
// read guarding the append) and tests from folded states.

#include <functional>

#include "engine/activity_rules.h"
#include "engine/care_rules.h"
#include "engine/child_state.h"

namespace homeward {

// What a volunteer's withdrawal from one activity is decided on: the
// activity, its unit, the people its waitlist holds (and its holders), and
// now in its unit's zone. A callback hands them to `decide` and returns what
// it returns.
using ActivityDecision =
    std::function<Status(const ActivityState&, const UnitState&, People&, Now)>;
// Reads activity `activity_id` and calls `decide` on it; returns its status,
// or why the activity could not be read.
using ActivityReader =
    std::function<Status(const std::string& activity_id, const ActivityDecision& decide)>;

// Reads activity `activity_id` and calls `decide` on its state; returns its
// status, or why it could not be read.
using ActivityStateReader = std::function<Status(
    const std::string& activity_id, const std::function<Status(const ActivityState&)>& decide)>;

// A volunteer's departure, `now` in their unit's zone: the volunteer's own
// decision (care_rules.h: suspended, left or erased, their roles and pairs
// ended), then a withdrawal from each place they hold that starts after
// `now`, in the order they booked them, each with the promotions it brings.
// A volunteer promoted in one activity is seen so by the next one's rules
// (their times, the day's limit), since the one append records both.
// Refusals: those of the volunteer's decision and of the withdrawals; a read
// that fails is the departure's error.
Result<Decision> DecideDeparture(std::string_view org, const VolunteerState& volunteer, Now now,
                                 const SuspendVolunteer& command, const ActivityReader& read);
Result<Decision> DecideDeparture(std::string_view org, const VolunteerState& volunteer, Now now,
                                 const VolunteerLeaves& command, const ActivityReader& read);
Result<Decision> DecideDeparture(std::string_view org, const VolunteerState& volunteer, Now now,
                                 const EraseVolunteerData& command, const ActivityReader& read);

// A child's departure, `now` in their unit's zone: the child's own decision
// (care_rules.h), then an unenrolment from each activity still to come, in
// the order they were enrolled: every one when they leave or their data is
// erased, trips only when their guardian withdraws consent to trips, none
// for any other consent withdrawn.
Result<Decision> DecideDeparture(std::string_view org, const ChildState& child, Now now,
                                 const ChildLeaves& command, const ActivityStateReader& read);
Result<Decision> DecideDeparture(std::string_view org, const ChildState& child, Now now,
                                 const EraseChildData& command, const ActivityStateReader& read);
Result<Decision> DecideDeparture(std::string_view org, const ChildState& child, Now now,
                                 const WithdrawConsent& command, const ActivityStateReader& read);

}  // namespace homeward
