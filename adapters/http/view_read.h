#pragma once
// What the GET routes of the views share: reading views once they have
// applied the request's min_position, and the check that a coordinator's
// units reach a unit.

#include <boost/json.hpp>
#include <string>
#include <string_view>
#include <type_traits>

#include "adapters/http/read_routes.h"

namespace homeward::http {

// What `gather` (States... -> Result<T>) takes from the views States once
// each has applied the request's min_position, read together under the
// host's lock (ProjectionHost::ReadTogether), so an answer made from several
// views shows one moment of the log. Errors: gather's; unavailable when a
// view did not get there in time.
template <class... States, class Gather>
auto Gathered(ReadContext& c, Gather&& gather) -> std::invoke_result_t<Gather, const States&...> {
  // InScope reads a coordinator's units from a view: read here, not under
  // the lock taken below.
  if (c.IsCoordinator()) c.Units();
  auto outer = c.host.ReadTogether<States...>(
      c.min_position, c.options.read_wait,
      [&](const States&... s, std::uint64_t) { return gather(s...); });
  if (!outer.ok()) return outer.status();
  return std::move(*outer);
}

// Runs `fn` (States... -> Result<json::value>) on the views States as
// Gathered does, and wraps its document as {"data": ...}.
template <class... States, class Fn>
Result<boost::json::value> Read(ReadContext& c, Fn&& fn) {
  using View = Result<boost::json::value>;
  View inner = Gathered<States...>(c, [&](const States&... s) -> View { return fn(s...); });
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
