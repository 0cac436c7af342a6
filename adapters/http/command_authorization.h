#pragma once
// Who may send a command: the role's rights, a coordinator's units, a
// volunteer acting only for themself. What the decision rests on is recorded,
// so that the command goes through only while it still stands.

#include <boost/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "adapters/http/command_routes.h"
#include "engine/command_service.h"
#include "projections/accounts.h"

namespace homeward::http {

// The string at `field` of `body`, or "" when it is missing or not a string.
std::string StringField(const boost::json::object& body, std::string_view field);

// Whether `account` may send `route`'s command with `body` (completed with
// the path's id): OK, or forbidden naming what is not theirs; not_found or
// an error of the store from reading the object it is about. Appends to
// `*authorized_on` each stream whose state the answer rested on (the
// volunteer or child whose unit a coordinator's rights depend on, each unit
// between that unit and the coordinator's, the child whose care a
// volunteer's contact needs), at the version read: the command must be
// decided on those versions (CommandContext::authorized_on). Reads the
// store's streams only, never a view, so a change of the unit tree is seen
// as soon as it is acknowledged.
Status Authorize(const CommandRoute& route, const boost::json::object& body, const Account& account,
                 const CommandService& service, std::vector<StreamExpectation>* authorized_on);

}  // namespace homeward::http
