#include "adapters/http/command_authorization.h"

#include <algorithm>

#include "adapters/http/router.h"
#include "events/stream_id.h"

namespace homeward::http {
namespace {

namespace json = boost::json;

// The unit an existing object belongs to; "" when it does not exist (the
// domain then answers not_found). A volunteer or a child may move to another
// unit: the version read is appended to `*seen`. An activity or a station
// stays with the unit that planned or registered it.
Result<std::string> UnitOfObject(const CommandService& service, const std::string& org,
                                 std::string_view resource, std::string_view id,
                                 std::vector<StreamExpectation>* seen) {
  if (resource == "units") return std::string(id);
  if (resource == "activities") {
    auto a = service.LoadActivity(org, id);
    if (!a.ok()) return a.status();
    return a->state().plan.unit_id;
  }
  if (resource == "stations") {
    auto s = service.LoadStation(org, id);
    if (!s.ok()) return s.status();
    return s->state().registration.unit_id;
  }
  if (resource == "volunteers") {
    auto v = service.LoadVolunteer(org, id);
    if (!v.ok()) return v.status();
    seen->push_back(StreamExpectation{StreamOf(org, "volunteer", id), v->version});
    return v->state().unit_id;
  }
  if (resource == "children") {
    auto c = service.LoadChild(org, id);
    if (!c.ok()) return c.status();
    seen->push_back(StreamExpectation{StreamOf(org, "child", id), c->version});
    return c->state().unit_id;
  }
  return std::string();
}

// Whether `unit` is the coordinator's unit `mine` or under it, read from the
// units' own streams going up: each unit passed is appended to `*path` at the
// version read, so that a move of any of them before the command is decided
// makes the command stale, and it is authorized again on the tree as it is then.
Result<bool> Within(const CommandService& service, const std::string& org, const std::string& mine,
                    std::string unit, std::vector<StreamExpectation>* path) {
  for (int depth = 0; depth < kMaxUnitDepth && !unit.empty(); ++depth) {
    if (unit == mine) return true;
    auto u = service.LoadUnit(org, unit);
    if (!u.ok()) return u.status();
    if (!u->state().exists) return false;
    StreamExpectation read{StreamOf(org, "unit", unit), u->version};
    if (std::none_of(path->begin(), path->end(),
                     [&](const StreamExpectation& e) { return e.stream_id == read.stream_id; })) {
      path->push_back(std::move(read));
    }
    unit = u->state().parent_id;
  }
  return false;
}

// A coordinator acts on objects of their unit and the units under it.
Status CoordinatorScope(const CommandRoute& route, const json::object& body, const Account& account,
                        const CommandService& service, std::vector<StreamExpectation>* seen) {
  std::vector<std::string> units;
  const std::size_t pinned = seen->size();
  if (route.action.empty()) {
    units.push_back(StringField(body, route.resource == "units" ? "parent_id" : "unit_id"));
    if (units.back().empty()) return Forbidden("only an admin creates a unit at the top");
  } else {
    Result<std::string> unit =
        UnitOfObject(service, account.org, route.resource, StringField(body, route.id_field), seen);
    if (!unit.ok()) return unit.status();
    if (!unit->empty()) units.push_back(*unit);
    // A move or a transfer names a second unit: both are the coordinator's.
    if (!route.other_unit_field.empty()) units.push_back(StringField(body, route.other_unit_field));
  }
  // A child named in the body (enrolled, given aid, put in a group, ...) must
  // be of the coordinator's units too: children's records stay with their unit.
  // Volunteers serve any unit's activities and children, so they are not limited.
  // Taking a child off an activity of the coordinator's units needs only the
  // activity: a child transferred to another unit is not left stuck on it.
  const bool removal = route.child_of_any_unit;
  std::string child = route.resource == "children" || removal ? "" : StringField(body, "child_id");
  if (const json::value* is_child = body.if_contains("child");
      !removal && is_child && is_child->is_bool() && is_child->get_bool()) {
    child = StringField(body, "person_id");
  }
  if (!child.empty()) {
    Result<std::string> unit = UnitOfObject(service, account.org, "children", child, seen);
    if (!unit.ok()) return unit.status();
    if (!unit->empty()) units.push_back(*unit);
  }
  // A waiver signed on paper is recorded by a coordinator of the volunteer's
  // unit, or of the unit whose waiver it is (where the volunteer signed it).
  const std::string waiver_unit =
      route.or_unit_field.empty() ? std::string() : StringField(body, route.or_unit_field);
  if (!waiver_unit.empty()) {
    std::vector<StreamExpectation> path;
    Result<bool> within = Within(service, account.org, account.unit_id, waiver_unit, &path);
    if (!within.ok()) return within.status();
    if (*within) {
      // The waiver's unit alone answered: no volunteer's state, only the units above it.
      seen->resize(pinned);
      seen->insert(seen->end(), path.begin(), path.end());
      return Status::Ok();
    }
  }
  for (const std::string& unit : units) {
    Result<bool> within = Within(service, account.org, account.unit_id, unit, seen);
    if (!within.ok()) return within.status();
    if (!*within) {
      return Forbidden("unit '" + unit + "' is outside the units of coordinator '" +
                       account.account_id + "'");
    }
  }
  return Status::Ok();
}

// A coordinator gives a volunteer of their units a sign-in (an account of
// the volunteer's own), and revokes one (a phone lost, a volunteer gone);
// every other account is an admin's to make or revoke.
Status VolunteerAccountScope(const CommandRoute& route, const json::object& body,
                             const Account& account, const CommandService& service,
                             std::vector<StreamExpectation>* seen) {
  std::string volunteer;
  if (route.command == "CreateAccount") {
    if (StringField(body, "role") != "volunteer" || !StringField(body, "unit_id").empty()) {
      return Forbidden(
          "a coordinator makes volunteers' accounts only; other accounts are an admin's");
    }
    volunteer = StringField(body, "volunteer_id");
  } else {
    auto target = service.LoadAccount(account.org, StringField(body, route.id_field));
    if (!target.ok()) return target.status();
    if (!target->state().exists) return Status::Ok();  // the domain answers not_found
    if (target->state().created.role != AccountRole::kVolunteer) {
      return Forbidden("a coordinator revokes volunteers' accounts only");
    }
    volunteer = target->state().created.volunteer_id;
  }
  if (volunteer.empty()) return Status::Ok();  // the domain asks for the volunteer
  Result<std::string> unit = UnitOfObject(service, account.org, "volunteers", volunteer, seen);
  if (!unit.ok()) return unit.status();
  if (unit->empty()) return Status::Ok();  // no such volunteer: the domain says so
  Result<bool> within = Within(service, account.org, account.unit_id, *unit, seen);
  if (!within.ok()) return within.status();
  if (!*within) {
    return Forbidden("volunteer '" + volunteer + "' is of unit '" + *unit +
                     "', outside the units of coordinator '" + account.account_id + "'");
  }
  return Status::Ok();
}

}  // namespace

std::string StringField(const json::object& body, std::string_view field) {
  const json::value* v = body.if_contains(field);
  return v && v->is_string() ? std::string(v->get_string()) : std::string();
}

Status Authorize(const CommandRoute& route, const json::object& body, const Account& account,
                 const CommandService& service, std::vector<StreamExpectation>* authorized_on) {
  switch (account.role) {
    case AccountRole::kAdmin:
      return Status::Ok();
    case AccountRole::kAuditor:
      return Forbidden("an auditor reads; they record nothing");
    case AccountRole::kCoordinator:
      if (route.allowed == Allowed::kAccounts) {
        return VolunteerAccountScope(route, body, account, service, authorized_on);
      }
      if (route.allowed == Allowed::kAdmin) {
        return Forbidden(std::string(route.command) + " is for admins");
      }
      if (const json::value* admin = body.if_contains("admin_decision");
          admin && admin->is_bool() && admin->get_bool()) {
        return Forbidden("only an admin erases data while consent to processing is in force");
      }
      // A session's notes are the counselor's own record, which coordinators
      // do not read: only the counselor records it.
      if (route.command == "RecordSession") {
        return Forbidden("a counseling session is recorded by its counselor");
      }
      return CoordinatorScope(route, body, account, service, authorized_on);
    case AccountRole::kCounselor:
    case AccountRole::kVolunteer:
      break;
  }
  if (route.allowed == Allowed::kStaff || route.allowed == Allowed::kAdmin ||
      route.allowed == Allowed::kAccounts) {
    return Forbidden(std::string(route.command) + " is for coordinators");
  }
  if (route.allowed == Allowed::kCounselor && account.role != AccountRole::kCounselor) {
    return Forbidden(std::string(route.command) + " is for counselors");
  }
  if (StringField(body, route.self_field) != account.volunteer_id || account.volunteer_id.empty()) {
    return Forbidden("a volunteer acts only for themself: '" + std::string(route.self_field) +
                     "' must be '" + account.volunteer_id + "'");
  }
  if (const json::value* by = body.if_contains("by_coordinator");
      by && by->is_bool() && by->get_bool()) {
    return Forbidden("only a coordinator withdraws someone else after the cut-off");
  }
  if (!StringField(body, "double_booking_override").empty()) {
    return Forbidden("only a coordinator overrides the double-booking rule");
  }
  if (route.resource == "children") {
    // A contact is recorded by someone in the child's care.
    const std::string child_id = StringField(body, "child_id");
    auto child = service.LoadChild(account.org, child_id);
    if (!child.ok()) return child.status();
    authorized_on->push_back(
        StreamExpectation{StreamOf(account.org, "child", child_id), child->version});
    const auto& s = child->state();
    const bool cares =
        std::any_of(s.roles.begin(), s.roles.end(),
                    [&](const auto& r) { return r && r->volunteer_id == account.volunteer_id; }) ||
        std::find(s.help_pairs.begin(), s.help_pairs.end(), account.volunteer_id) !=
            s.help_pairs.end();
    if (!cares) return Forbidden("a volunteer records contacts only with children in their care");
    if (route.command == "CorrectContact") {
      // A volunteer corrects only what they recorded themself.
      const std::string id = StringField(body, "contact_id");
      const auto contact = std::find_if(s.contacts.begin(), s.contacts.end(),
                                        [&](const Contact& c) { return c.contact_id == id; });
      if (contact != s.contacts.end() && contact->by != account.volunteer_id) {
        return Forbidden("a volunteer corrects only the contacts they recorded");
      }
    }
  }
  return Status::Ok();
}

}  // namespace homeward::http
