#pragma once
// The rules for who takes part on the day: children enrolled with their
// guardian's consent, groups under the two-adult rule, check-in with the day's
// code, attendance, and service hours. Pure, like the other deciders.

#include "engine/activity_state.h"
#include "engine/child_state.h"
#include "engine/decision.h"
#include "engine/unit_state.h"
#include "engine/volunteer_state.h"
#include "events/activity_commands.h"

namespace homeward {

// The rule a group with `adults` counted adults and `children` children
// breaks: two_adult_rule under two adults, ratio_exceeded past
// `children_per_adult` per adult, or empty (none; always so without children).
std::string_view GroupRuleBroken(std::size_t adults, std::size_t children,
                                 std::uint32_t children_per_adult);

// The two-adult rule and the ratio, for group `group` of `activity` as it
// would be with `adults` counted adults and `children` children: ok with no
// children; two_adult_rule under two adults; ratio_exceeded past the
// activity's children per adult.
Status CheckGroup(const ActivityState& activity, const ActivityGroup& group, std::size_t adults,
                  std::size_t children);

// Refusals: not_found, inactive (the child, or the activity's unit `home`,
// closed), activity_cancelled, consent_missing (a trip needs the guardian's
// trip consent), already_signed_up, capacity_full.
Result<Decision> Decide(std::string_view org, const ActivityState& activity, const UnitState& home,
                        const ChildState& child, const EnrollChild& command);
Result<Decision> Decide(std::string_view org, const ActivityState& activity,
                        const UnenrollChild& command);
Result<Decision> Decide(std::string_view org, const ActivityState& activity,
                        const FormGroup& command);
// Every group with children has at least two vetted adults (18 or more;
// two_adult_rule) and at most the activity's children per adult
// (ratio_exceeded). `volunteer` is the assigned volunteer's state (unused for
// a child); `today` decides age and vetting.
Result<Decision> Decide(std::string_view org, const ActivityState& activity,
                        const VolunteerState& volunteer, Now now, const AssignToGroup& command);
Result<Decision> Decide(std::string_view org, const ActivityState& activity,
                        const RemoveFromGroup& command);
// Check-in opens at most kCheckInLeadUs before the activity begins
// (not_begun before that) and until it ends (activity_over after;
// activity_cancelled once cancelled), with a code for the day it is opened
// on. `command.code` must be set (the service draws one when the caller did
// not).
inline constexpr std::int64_t kCheckInLeadUs = 12LL * 3600 * 1000000;
Result<Decision> Decide(std::string_view org, const ActivityState& activity, Now now,
                        const OpenCheckIn& command);
// A volunteer checks in at most kCheckInEarlyUs before the activity begins
// (not_begun), so hours counted from check-in start no earlier. Refusals:
// bad_check_in_code (no check-in opened today, or the day before while the
// activity has not ended, since its last reschedule; or another code),
// not_found (no place held), already_exists.
inline constexpr std::int64_t kCheckInEarlyUs = 2LL * 3600 * 1000000;
Result<Decision> Decide(std::string_view org, const ActivityState& activity, Now now,
                        const CheckIn& command);
// A check-out takes the code that checked people in, also up to 12 hours
// after the activity's end (a day that ran late). Refusals:
// bad_check_in_code, not_found (not checked in), already_exists.
Result<Decision> Decide(std::string_view org, const ActivityState& activity, Now now,
                        const CheckOut& command);
// Attendance is taken once check-in has opened today or the activity has
// begun (not_begun before), never for a cancelled one (inactive), and only
// for a place held or a family joined (not_found).
Result<Decision> Decide(std::string_view org, const ActivityState& activity, Now now,
                        const RecordAttendance& command);
// Hours from check-in to check-out unless given; travel is outside them.
// Travel is added only where the activity's unit counts it (invalid_argument otherwise).
// Hours are those actually given (Art. 7): refused for a cancelled activity
// (inactive) or one not yet begun (not_begun), and for a volunteer
// recorded absent or with no place, check-in or family in it (not_found).
Result<Decision> Decide(std::string_view org, const ActivityState& activity, const UnitState& unit,
                        Now now, const ConfirmHours& command);
Result<Decision> Decide(std::string_view org, const ActivityState& activity,
                        const RequestHoursCorrection& command);
Result<Decision> Decide(std::string_view org, const ActivityState& activity,
                        const DecideHoursCorrection& command);

}  // namespace homeward
