#pragma once
// The rules of care between volunteers and children: the "3+1" roles, help
// pairs, and everything that ends them (a suspension, a volunteer or a child
// leaving, a guardian withdrawing consent). Each decision writes to every
// stream it concerns (the child's and each volunteer's) in one append.

#include "engine/child_state.h"
#include "engine/decision.h"
#include "engine/unit_state.h"
#include "engine/volunteer_state.h"

namespace homeward {

// Assigns a "3+1" role. `now.today` is in the child's unit's time zone.
// Refusals: not_found, inactive, consent_missing (no data-processing consent
// in force: the volunteer will see the child's card), suspended, not_vetted,
// waiver_missing (of the child's unit, or else of the volunteer's), role_taken, underage_role
// (under 18: happy companion only), role_limit (the child's unit's limit of children per volunteer
// per role).
Result<Decision> Decide(std::string_view org, const ChildState& child, const UnitState& child_unit,
                        const VolunteerState& volunteer, const UnitState& volunteer_unit, Now now,
                        const AssignCareRole& command);

// Ends the holder of a role. Refusals: not_found (nobody holds it).
Result<Decision> Decide(std::string_view org, const ChildState& child, const EndCareRole& command);

// Forms a help pair. Refusals as for a role, plus not_party_member, and
// role_limit for the unit's help pair limit; already_exists for a pair twice.
Result<Decision> Decide(std::string_view org, const ChildState& child, const UnitState& child_unit,
                        const VolunteerState& volunteer, const UnitState& volunteer_unit, Now now,
                        const FormHelpPair& command);

// Ends a help pair. Refusals: not_found.
Result<Decision> Decide(std::string_view org, const ChildState& child, const EndHelpPair& command);

// Suspends a volunteer and, in the same append, ends every role and help pair
// they hold, each with the reason.
Result<Decision> Decide(std::string_view org, const VolunteerState& volunteer,
                        const SuspendVolunteer& command);

// A volunteer leaves; their roles and pairs end as for a suspension.
Result<Decision> Decide(std::string_view org, const VolunteerState& volunteer,
                        const VolunteerLeaves& command);

// A child leaves the programme; all their roles and pairs end.
Result<Decision> Decide(std::string_view org, const ChildState& child, const ChildLeaves& command);

// Erasing a child's personal data ends their care and takes them out of the
// programme. Refused (consent_in_force) while the guardian's
// consent to processing is in force, unless it is an admin's decision; an
// erased child cannot be erased again (inactive).
Result<Decision> Decide(std::string_view org, const ChildState& child,
                        const EraseChildData& command);

// Erasing a volunteer's personal data ends their care; they leave too.
Result<Decision> Decide(std::string_view org, const VolunteerState& v,
                        const EraseVolunteerData& command);

// A guardian withdraws a consent. Withdrawing data-processing consent ends the
// child's roles and pairs too: without it nobody may keep processing the
// child's data for care.
Result<Decision> Decide(std::string_view org, const ChildState& child, Now now,
                        const WithdrawConsent& command);

}  // namespace homeward
