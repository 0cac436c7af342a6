#pragma once
// Parsing a request body as JSON without guessing. Boost.JSON keeps the last
// of two members with the same key; another reader of the same bytes (a
// proxy, an audit tool) may keep the first, so a body that names a field
// twice means two things and is refused.

#include <boost/json/value.hpp>
#include <string_view>

#include "events/status.h"

namespace homeward::jsonc {

// `text` as a JSON value. Errors: invalid_argument "the body is not JSON: …"
// for a syntax error; invalid_argument with detail `field` (the key) when an
// object names a key twice, at any depth.
Result<boost::json::value> ParseStrict(std::string_view text);

}  // namespace homeward::jsonc
