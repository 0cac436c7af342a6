#pragma once
// The seed's Children's Day trip, "走出大山看世界 关爱留守儿童" by 十堰市小草义工协会:
// the trip and its itinerary, the 15-volunteer slot (招满即止), the sponsors'
// pledges, and the first volunteers signing up. The people are SeedPeopleCommands'.

#include <vector>

#include "adapters/cli/seed_people.h"
#include "engine/append.h"

namespace homeward::cli {

// The scenario as appends, in order. Each carries an idempotency key, so
// appending them again records nothing new. A sign-up is one append to two
// streams: the activity's and the volunteer's.
std::vector<AppendRequest> SeedTripAppends();

}  // namespace homeward::cli
