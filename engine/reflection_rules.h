#pragma once
// The rule of a volunteer's reflection on an activity (活动心得): written by
// one who took part, once it is over. Pure, like the other deciders.

#include <cstddef>
#include <string_view>

#include "engine/activity_state.h"
#include "engine/decision.h"
#include "engine/volunteer_state.h"
#include "events/activity_commands.h"

namespace homeward {

// The longest reflection taken, in bytes of UTF-8 (about 3,000 Chinese
// characters: a page or two).
inline constexpr std::size_t kMaxReflectionBytes = 10'000;

// A reflection is posted once the activity has ended (not_over before; it
// is marked completed only after its end too), never for a cancelled one (inactive), by a
// volunteer who took part in it (ActivityState::TookPart; not_found
// otherwise) and has not left (inactive), with text of at most
// kMaxReflectionBytes (invalid_argument when empty or longer). A later one
// by the same volunteer replaces theirs.
Result<Decision> Decide(std::string_view org, const ActivityState& activity,
                        const VolunteerState& volunteer, Now now, const PostReflection& command);

}  // namespace homeward
