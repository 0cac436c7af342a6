#pragma once
// A volunteer's private calendar feed: issued (replacing the last one) and
// revoked. The secret in its URL is the adapter's; the log keeps its hash.

#include "engine/decision.h"
#include "engine/volunteer_state.h"
#include "events/people_commands.h"

namespace homeward {

// Issues a feed. Refusals: not_found; inactive for a volunteer who left;
// invalid_argument without a secret hash.
Result<Decision> Decide(std::string_view org, const VolunteerState& volunteer,
                        const IssueCalendarFeed& command);

// Revokes the feed. Refusals: not_found (no such volunteer, or no feed).
Result<Decision> Decide(std::string_view org, const VolunteerState& volunteer,
                        const RevokeCalendarFeed& command);

}  // namespace homeward
