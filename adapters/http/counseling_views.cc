// The counseling reads: a counseling activity's sessions with their notes
// (for the counselors who work in it, or recorded them), and the children enrolled in an activity
// by name, for those who work with them there.

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
    // Least privilege: a counselor holding a place in the activity reads
    // all its sessions; any other counselor only the ones they recorded.
    const ActivityState& a = it->second.activity;
    bool waiting = false;
    const bool works_there = a.SlotOf(c.account.volunteer_id, &waiting) != nullptr && !waiting;
    const auto theirs = [&](const SessionRecorded& r) {
      return works_there ||
             (!c.account.volunteer_id.empty() && r.counselor_id == c.account.volunteer_id);
    };
    if (!works_there && std::none_of(a.sessions.begin(), a.sessions.end(), theirs)) {
      return Forbidden("counseling notes are for the counselors who work in the activity");
    }
    json::array sessions;
    for (const SessionRecorded& r : a.sessions) {
      if (!theirs(r)) continue;
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
  // The activity's children and their names as of one moment of the log.
  return Read<RosterState, CareBoardState>(
      c, [&](const RosterState& roster, const CareBoardState& care) -> Result<json::value> {
        auto found = roster.activities.find(OrgKey(c.account.org, id));
        if (found == roster.activities.end()) return NotFound("there is no activity '" + id + "'");
        const ActivityState& a = found->second.activity;
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
        json::array out;
        for (const std::string& child : a.children) {
          auto it = care.children.find(OrgKey(c.account.org, child));
          out.push_back(
              json::object{{"child_id", child},
                           {"name", it == care.children.end() ? "" : it->second.name},
                           {"unit_id", it == care.children.end() ? "" : it->second.unit_id}});
        }
        return json::value(json::object{{"activity_id", id}, {"children", std::move(out)}});
      });
}

}  // namespace homeward::http
