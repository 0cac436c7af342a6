// What sponsors give through an activity: pledges of goods and their
// delivery, and aid handed to an enrolled child (爱心物资). Declared with the
// rest of an activity's rules in engine/activity_rules.h.

#include <algorithm>

#include "engine/activity_rules.h"

namespace homeward {

Result<Decision> Decide(std::string_view org, const ActivityState& a, const PledgeSponsor& c) {
  if (Status s = RequireActivity(a, c.activity_id); !s.ok()) return s;
  if (c.pledge_id.empty() || c.sponsor.empty() || c.what.empty() || c.quantity == 0) {
    return Invalid("a pledge has an id and names the sponsor, what is given and how many");
  }
  if (Status s = SingleLines({{c.sponsor, "the sponsor"}, {c.what, "what is given"}}); !s.ok()) {
    return s;
  }
  for (const auto& p : a.pledges) {
    if (p.pledged.pledge_id == c.pledge_id) {
      return Refuse(reason::kAlreadyExists, "pledge '" + c.pledge_id + "' is already recorded");
    }
  }
  return Decision{{ActivityStream(org, c.activity_id),
                   SponsorPledged{c.activity_id, c.pledge_id, c.sponsor, c.what, c.quantity}}};
}

Result<Decision> Decide(std::string_view org, const ActivityState& a, const FulfilPledge& c) {
  if (Status s = RequireActivity(a, c.activity_id); !s.ok()) return s;
  for (const auto& p : a.pledges) {
    if (p.pledged.pledge_id != c.pledge_id) continue;
    if (c.quantity == 0 || p.fulfilled + c.quantity > p.pledged.quantity) {
      return Invalid("pledge '" + c.pledge_id + "' promised " + std::to_string(p.pledged.quantity) +
                     "; " + std::to_string(p.fulfilled) + " already delivered");
    }
    return Decision{{ActivityStream(org, c.activity_id),
                     PledgeFulfilled{c.activity_id, c.pledge_id, c.quantity}}};
  }
  return Missing("pledge '" + c.pledge_id + "' is not recorded");
}

Result<Decision> Decide(std::string_view org, const ActivityState& a, const DistributeAid& c) {
  if (Status s = RequireActivity(a, c.activity_id); !s.ok()) return s;
  if (std::find(a.children.begin(), a.children.end(), c.child_id) == a.children.end()) {
    return Missing(c.child_id + " is not enrolled in \"" + a.plan.title + "\"");
  }
  if (c.donor.empty() || c.what.empty() || c.quantity == 0) {
    return Invalid("aid names the donor, what is given and how many");
  }
  if (Status s = SingleLines({{c.donor, "the donor"}, {c.what, "what is given"}}); !s.ok()) {
    return s;
  }
  const AidDistributed event{c.activity_id, c.child_id, c.donor, c.what, c.quantity};
  return Decision{{ActivityStream(org, c.activity_id), event},
                  {StreamOf(org, "child", c.child_id), event}};
}

}  // namespace homeward
