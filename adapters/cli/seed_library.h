#pragma once
// The rest of the seed's scenarios, for the demo organization: two more
// left-behind children (one at 马岭小学 still without a caring mother, one with
// the association), 马岭村's activity station with the day's opening, and the
// "留守儿童之家" library build at 马岭小学 a fortnight ahead, with a caring
// family joining and the first books donated.

#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "events/activity_commands.h"
#include "events/people_commands.h"

namespace homeward::cli {

// A seed command of either domain.
using SeedCommand = std::variant<PeopleCommand, ActivityCommand>;

// The commands in order, each with its idempotency key; they follow
// SeedPeopleCommands and SeedTripCommands. `today` is in Asia/Shanghai.
std::vector<std::pair<std::string, SeedCommand>> SeedLibraryCommands(Date today,
                                                                     std::int64_t now_us);

}  // namespace homeward::cli
