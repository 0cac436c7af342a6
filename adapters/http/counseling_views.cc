// The counseling reads: a counseling activity's sessions with their notes
// (counselors only), and the children enrolled in an activity by name, for
// those who work with them there.

#include <algorithm>
#include <boost/json.hpp>

#include "adapters/http/view_read.h"
#include "adapters/http/view_routes.h"
#include "projections/care_board.h"
#include "projections/json_support.h"
#include "projections/roster.h"
#include "projections/view_support.h"

namespace homeward::http {
namespace json = boost::json;

Result<json::value> SessionsRoute(ReadContext& c) {
  if (c.account.role != AccountRole::kCounselor) {
    return Forbidden("counseling notes are for counselors only");
  }
  return Read<RosterState>(c, [&](const RosterState& s) -> Result<json::value> {
    auto it = s.activities.find(OrgKey(c.account.org, c.Param("activity_id")));
    if (it == s.activities.end()) {
      return NotFound("there is no activity '" + c.Param("activity_id") + "'");
    }
    json::array sessions;
    for (const SessionRecorded& r : it->second.activity.sessions) {
      sessions.push_back(json::object{{"counselor_id", r.counselor_id},
                                      {"outcome", NameOf(r.outcome)},
                                      {"group", r.group},
                                      {"children", StringArray(r.children)},
                                      {"confidential_notes", r.confidential_notes}});
    }
    return json::value(std::move(sessions));
  });
}

Result<json::value> EnrolledRoute(ReadContext& c) {
  const std::string& id = c.Param("activity_id");
  using Children = Result<std::vector<std::string>>;
  auto roster = c.host.Read<RosterState>(
      c.min_position, c.options.read_wait, [&](const RosterState& s, std::uint64_t) -> Children {
        auto it = s.activities.find(OrgKey(c.account.org, id));
        if (it == s.activities.end()) return NotFound("there is no activity '" + id + "'");
        const ActivityState& a = it->second.activity;
        if (c.IsVolunteer()) {
          // A counselor who holds a place in it works with its children.
          bool waiting = false;
          const bool counsels = c.account.role == AccountRole::kCounselor &&
                                a.SlotOf(c.account.volunteer_id, &waiting) != nullptr && !waiting;
          if (!counsels) {
            return Forbidden("the children of an activity are for its coordinators and counselors");
          }
        } else if (Status in = UnitInScope(c, a.plan.unit_id); !in.ok()) {
          return in;
        }
        return a.children;
      });
  if (!roster.ok()) return roster.status();
  if (!roster->ok()) return roster->status();
  const std::vector<std::string>& children = roster->value();
  return Read<CareBoardState>(c, [&](const CareBoardState& s) -> Result<json::value> {
    json::array out;
    for (const std::string& child : children) {
      auto it = s.children.find(OrgKey(c.account.org, child));
      out.push_back(json::object{{"child_id", child},
                                 {"name", it == s.children.end() ? "" : it->second.name},
                                 {"unit_id", it == s.children.end() ? "" : it->second.unit_id}});
    }
    return json::value(json::object{{"activity_id", id}, {"children", std::move(out)}});
  });
}

}  // namespace homeward::http
