#pragma once
// Shows a view's JSON document to a person: fields as "name: value" lines,
// lists of flat records as aligned tables (Chinese characters count two
// columns), nested lists indented under their name.

#include <boost/json/value.hpp>
#include <ostream>

namespace homeward::cli {

// Writes `document` as text.
void RenderText(const boost::json::value& document, std::ostream& out);

}  // namespace homeward::cli
