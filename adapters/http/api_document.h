#pragma once
// docs/openapi.yaml, made from the route tables the router dispatches on
// (read_routes.h, command_routes.h), so the document and the router agree by
// construction; a test checks the committed file is current.

#include <boost/json/object.hpp>
#include <string>

namespace homeward::http {

// The OpenAPI 3.0 document of the whole API.
boost::json::object ApiDocument();

// `doc` as block-style YAML (strings double-quoted, keys in document order).
std::string ToYaml(const boost::json::value& doc);

}  // namespace homeward::http
