#include "engine/calendar_rules.h"

namespace homeward {

Result<Decision> Decide(std::string_view org, const VolunteerState& v, const IssueCalendarFeed& c) {
  if (!v.exists) return Missing("volunteer '" + c.volunteer_id + "' does not exist");
  if (v.left) return Refuse(reason::kInactive, VolunteerLabel(v.volunteer_id) + " has left");
  if (c.secret_hash.size() != 64) return Invalid("a calendar feed needs its secret's hash");
  return Decision{
      {VolunteerStream(org, c.volunteer_id), CalendarFeedIssued{c.volunteer_id, c.secret_hash}}};
}

Result<Decision> Decide(std::string_view org, const VolunteerState& v,
                        const RevokeCalendarFeed& c) {
  if (!v.exists) return Missing("volunteer '" + c.volunteer_id + "' does not exist");
  if (!v.calendar_feed)
    return Missing(VolunteerLabel(v.volunteer_id) + " has no calendar feed to revoke");
  return Decision{{VolunteerStream(org, c.volunteer_id),
                   CalendarFeedRevoked{c.volunteer_id, c.reason.empty() ? "revoked" : c.reason}}};
}

}  // namespace homeward
