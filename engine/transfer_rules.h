#pragma once
// Transfers (转入): a volunteer or a child goes on in another unit's care
// (a school merged into another, a child changing schools, a volunteer who
// moved), keeping everything recorded about them. Pure deciders.

#include <string_view>
#include <vector>

#include "engine/child_state.h"
#include "engine/decision.h"
#include "engine/unit_state.h"
#include "engine/volunteer_state.h"
#include "events/people_commands.h"

namespace homeward {

// Registers the volunteer with unit `to`. Their roles, help pairs and places
// stay; from now on their own unit's waiver is `to`'s, and `to`'s
// coordinators act for them. Refusals: not_found (no such volunteer or
// unit), inactive (the volunteer left, or `to` is closed); invalid_argument
// without a reason or to the unit they are with. The reason is sealed as the
// volunteer's personal data.
Result<Decision> Decide(std::string_view org, const VolunteerState& volunteer, const UnitState& to,
                        const TransferVolunteer& command);

// Puts the child in the care of unit `to`. Their card, consents, "3+1" team,
// help pairs, contacts and places in activities stay; from now on `to`'s
// coordinators act for them, and they count in `to`'s reports and reminders.
// Refusals: not_found (no such child or unit), inactive (the child left,
// their data was erased, or `to` is closed), consent_missing (no consent to
// processing the child's data in force); invalid_argument without a reason
// or to their own unit, or a move effective after `now.today` (in the
// child's unit) or before the child's last move took effect. The reason is
// sealed as the child's personal data.
Result<Decision> Decide(std::string_view org, const ChildState& child, const UnitState& to, Now now,
                        const TransferChild& command);

// Transfers every volunteer of `volunteers` and child of `children` (those
// registered with `from`; the ones who left are passed over) to unit `to`,
// each as TransferVolunteer and TransferChild would. Refusals: not_found (no
// such unit), inactive (`to` is closed), consent_missing naming in
// details.children every child without consent to processing (unless
// `skip_refused`, which leaves them with `from`); invalid_argument without a
// reason, to `from` itself, with nobody to transfer, or effective after
// today (`now`, in `from`). Each child's move takes effect on
// `command.effective_on`, or on the day they came to `from` if that is later.
Result<Decision> Decide(std::string_view org, const UnitState& from, const UnitState& to,
                        const std::vector<const VolunteerState*>& volunteers,
                        const std::vector<const ChildState*>& children, Now now,
                        const TransferUnitMembers& command);

}  // namespace homeward
