#pragma once
// The people of the seed's scenarios, as commands: the county women's
// federation (郧阳区妇联) with 马岭小学 and 十堰市小草义工协会 under it; the
// association's waiver (特别承诺); volunteers of every kind, vetted and
// signed; a left-behind child at 马岭小学 with her archive card, her guardian's
// consent, her "3+1" team, a party member's help pair and a first contact.

#include <string>
#include <utility>
#include <vector>

#include "events/people_commands.h"

namespace homeward::cli {

// The organization every seed stream belongs to.
inline constexpr std::string_view kSeedOrg = "shiyan";

// The commands in order, each with its idempotency key. `today` (in
// Asia/Shanghai) dates the checks and the consent; `now_us` times the contact.
std::vector<std::pair<std::string, PeopleCommand>> SeedPeopleCommands(Date today,
                                                                      std::int64_t now_us);

}  // namespace homeward::cli
