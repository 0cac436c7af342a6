#include "adapters/csv/cells.h"

#include <boost/json/serialize.hpp>

#include "adapters/json/struct_json.h"
#include "events/unit_events.h"
#include "projections/json_support.h"

namespace homeward::csv {

namespace json = boost::json;

std::string Cell(const json::value& v) {
  if (v.is_string()) return std::string(v.get_string());
  if (v.is_null()) return "";
  if (v.is_bool()) return v.get_bool() ? "是" : "否";
  if (v.is_double()) return TwoDecimals(v.get_double());
  if (v.is_array()) {
    std::string out;
    for (const json::value& item : v.get_array()) out += (out.empty() ? "" : "；") + Cell(item);
    return out;
  }
  return json::serialize(v);
}

std::string Label(const json::value& v) {
  if (v.is_array()) {
    std::string out;
    for (const json::value& item : v.get_array()) out += (out.empty() ? "" : "；") + Label(item);
    return out;
  }
  if (!v.is_string()) return Cell(v);
  return std::string(CodeInChinese(v.get_string()));
}

std::string AtZone(std::string_view text, std::string_view zone) {
  const bool utc = text.size() >= 20 && text[10] == 'T' && text.back() == 'Z';
  if (!utc) return std::string(text);
  Result<std::int64_t> at = jsonc::ParseTimestamp(text, "time");
  // FormatLocalMinute reads an unknown zone as Asia/Shanghai.
  return at.ok() ? FormatLocalMinute(*at, zone) : std::string(text);
}

std::string Local(const json::object& item, const json::value& v) {
  if (!v.is_string()) return Cell(v);
  const json::value* zone = item.if_contains("time_zone");
  const bool named = zone != nullptr && zone->is_string() && !zone->get_string().empty();
  return AtZone(v.get_string(), named ? std::string_view(zone->get_string()) : kDefaultTimeZone);
}

}  // namespace homeward::csv
