#pragma once
// What the GET routes of the views share: reading one view once it has
// applied the request's min_position, and the check that a coordinator's
// units reach a unit.

#include <boost/json.hpp>
#include <string>
#include <string_view>
#include <type_traits>

#include "adapters/http/read_routes.h"

namespace homeward::http {

// What `gather` (State -> Result<T>) takes from view State once it has
// applied the request's min_position, read under the view's lock (so a
// request reading several views reads them one after another). Errors:
// gather's; unavailable when the view did not get there in time.
template <class State, class Gather>
auto Gathered(ReadContext& c, Gather&& gather) -> std::invoke_result_t<Gather, const State&> {
  auto outer = c.host.Read<State>(c.min_position, c.options.read_wait,
                                  [&](const State& s, std::uint64_t) { return gather(s); });
  if (!outer.ok()) return outer.status();
  return std::move(*outer);
}

// Runs `fn` (State -> Result<json::value>) on view State as Gathered does,
// and wraps its document as {"data": ...}.
template <class State, class Fn>
Result<boost::json::value> Read(ReadContext& c, Fn&& fn) {
  using View = Result<boost::json::value>;
  View inner = Gathered<State>(c, [&](const State& s) -> View { return fn(s); });
  if (!inner.ok()) return inner.status();
  return boost::json::value(boost::json::object{{"data", std::move(*inner)}});
}

// Ok when a coordinator's units hold `unit_id` (always for other roles);
// forbidden otherwise.
inline Status UnitInScope(ReadContext& c, std::string_view unit_id) {
  if (c.InScope(unit_id)) return Status::Ok();
  return Forbidden("this belongs to unit '" + std::string(unit_id) + "', outside your units");
}

}  // namespace homeward::http
