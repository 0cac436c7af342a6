#pragma once
// Shows a view's JSON document to a person: fields as "name: value" lines,
// lists of flat records as aligned tables (Chinese characters count two
// columns), nested lists indented under their name.

#include <boost/json/value.hpp>
#include <ostream>
#include <string_view>

namespace homeward::cli {

// Writes `document` as text: numbers with a fraction (hours) to two
// decimals and, given a `time_zone`, times (UTC in the JSON) to the minute as
// a clock there shows them.
void RenderText(const boost::json::value& document, std::ostream& out,
                std::string_view time_zone = {});

}  // namespace homeward::cli
