#pragma once
// The write side of the HTTP API: one POST route per command of the domain,
// `POST /v1/{resource}` for the command that creates a resource and
// `POST /v1/{resource}/{id}/{action}` for the others, the path's id filling
// the command's id field. The table here is the one truth for the router,
// the authorization rules and docs/openapi.yaml.

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "events/account_commands.h"
#include "events/activity_commands.h"
#include "events/people_commands.h"
#include "events/status.h"

namespace homeward::http {

// A command of any domain.
using AnyCommand = std::variant<PeopleCommand, ActivityCommand, AccountCommand>;

// Who may send a command, besides admins (who may send every one).
enum class Allowed {
  kStaff,      // coordinators, on objects of their unit or the units under it
  kSelf,       // staff, and volunteers and counselors naming themselves in `self_field`
  kCounselor,  // staff, and counselors naming themselves in `self_field`
  kAdmin,      // admins only
  kAccounts,   // admins, and coordinators for a volunteer's account of their units
};

struct CommandRoute {
  std::string_view resource;               // "activities"
  std::string_view action;                 // "sign-up"; empty for the command that creates
  std::string_view command;                // the command's name, "SignUp"
  std::string_view id_field;               // the field the path's id fills, "activity_id"
  std::vector<std::string_view> required;  // fields that must be given, besides id_field
  Allowed allowed = Allowed::kStaff;
  std::string_view self_field;  // for kSelf and kCounselor
  std::string_view summary;     // one line for the API document
  // Reads a JSON object into the command. Errors: invalid_argument naming the field.
  Result<AnyCommand> (*decode)(const boost::json::value& body) = nullptr;
  // The command's fields as an OpenAPI (JSON Schema) object.
  boost::json::object (*schema)() = nullptr;
  // The field of the body naming another unit the command acts on (a move's
  // new parent, a transfer's destination): a coordinator needs that unit
  // within theirs too. Empty: none.
  std::string_view other_unit_field = {};
  // The field of the body naming a unit whose coordinators may send the
  // command too (where a waiver was signed on paper). Empty: none.
  std::string_view or_unit_field = {};
  // The command takes a child off an activity: the activity's coordinator
  // may name a child of any unit (one transferred away is not stuck there).
  bool child_of_any_unit = false;

  // "/v1/activities" or "/v1/activities/{activity_id}/sign-up".
  std::string Path() const;
  // This route with `other_unit_field`, `or_unit_field` or
  // `child_of_any_unit` set, for the route table.
  CommandRoute OtherUnit(std::string_view field) const;
  CommandRoute OrUnit(std::string_view field) const;
  CommandRoute ChildOfAnyUnit() const;
};

// Every command route, in the order the API document lists them.
const std::vector<CommandRoute>& CommandRoutes();

// The route for POST /v1/{resource} (empty action) or
// /v1/{resource}/{id}/{action}; nullptr when there is none.
const CommandRoute* FindCommandRoute(std::string_view resource, std::string_view action);

}  // namespace homeward::http
