#pragma once
// Views as spreadsheets over HTTP: a read route that has a table (the rows
// `homeward export` writes) answers `?format=csv` with them, as the account
// may see them, in UTF-8 with a BOM.

#include <boost/json/value.hpp>
#include <string_view>

#include "adapters/http/read_routes.h"

namespace homeward::http {

// The query parameter that asks for a route's table.
extern const QueryParam kFormatParam;

// Whether the request asks for `route`'s table (format=csv); ok and false for
// JSON (no format, or format=json). Errors: invalid_argument for another
// format, or csv on a route without a table.
Result<bool> WantsTable(const ReadRoute& route, const Target& target);

// `doc` (the route's answer, {"data": ...}, already masked for its reader)
// as a CSV file to download, named after the route and its subject.
// Errors: invalid_argument when the view is not a table's shape.
Result<Response> TableAnswer(const ReadRoute& route, const ReadContext& context,
                             const boost::json::value& doc);

}  // namespace homeward::http
