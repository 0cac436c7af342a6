#pragma once
// What the GET routes of the views share: reading one view once it has
// applied the request's min_position, and the check that a coordinator's
// units reach a unit.

#include <boost/json.hpp>
#include <string>
#include <string_view>

#include "adapters/http/read_routes.h"

namespace homeward::http {

// Runs `fn` (State -> Result<json::value>) on view State once it has
// applied the request's min_position, and wraps its document as
// {"data": ...}. Errors: fn's; unavailable when the view did not get there
// in time.
template <class State, class Fn>
Result<boost::json::value> Read(ReadContext& c, Fn&& fn) {
  using View = Result<boost::json::value>;
  auto outer = c.host.Read<State>(c.min_position, c.options.read_wait,
                                  [&](const State& s, std::uint64_t) -> View { return fn(s); });
  if (!outer.ok()) return outer.status();
  if (!outer->ok()) return outer->status();
  return boost::json::value(boost::json::object{{"data", std::move(*outer).value()}});
}

// Ok when a coordinator's units hold `unit_id` (always for other roles);
// forbidden otherwise.
inline Status UnitInScope(ReadContext& c, std::string_view unit_id) {
  if (c.InScope(unit_id)) return Status::Ok();
  return Forbidden("this belongs to unit '" + std::string(unit_id) + "', outside your units");
}

}  // namespace homeward::http
