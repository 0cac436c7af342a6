#pragma once
// The seed's Children's Day trip, "走出大山看世界 关爱留守儿童" by 十堰市小草义工协会,
// as commands: the trip on the coming 1 June with its itinerary, 15 volunteer
// places (招满即止) and a safety group, recruitment, the sponsors' pledges,
// the first volunteers signing up and a child enrolled. The people are
// SeedPeopleCommands'.

#include <string>
#include <utility>
#include <vector>

#include "adapters/cli/seed_people.h"
#include "events/activity_commands.h"

namespace homeward::cli {

// The commands in order, each with its idempotency key. `today` (in
// Asia/Shanghai) picks the coming Children's Day.
std::vector<std::pair<std::string, ActivityCommand>> SeedTripCommands(Date today);

}  // namespace homeward::cli
