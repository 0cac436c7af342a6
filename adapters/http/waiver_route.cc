#include "adapters/http/waiver_route.h"

#include <boost/json/object.hpp>

#include "engine/decision.h"
#include "engine/unit_state.h"

namespace homeward::http {
namespace json = boost::json;

namespace {

// Envelopes read from a stream at a time.
constexpr std::size_t kPage = 256;

}  // namespace

Result<json::value> WaiverRoute(ReadContext& c) {
  const std::string& unit_id = c.Param("unit_id");
  const std::string stream = StreamOf(c.account.org, "unit", unit_id);
  UnitState unit;
  for (std::uint64_t from = 1;;) {
    Result<std::vector<Envelope>> page = c.log.ReadStream(stream, from, kPage);
    if (!page.ok()) return page.status();
    for (const Envelope& e : *page) {
      Result<Event> event = DecodeEvent(e.type, e.schema_version, e.payload);
      if (!event.ok()) return event.status();
      Apply(unit, *event);
    }
    if (page->size() < kPage) break;
    from = page->back().stream_version + 1;
  }
  if (!unit.exists) return NotFound("there is no unit '" + unit_id + "'");
  if (unit.waiver_version.empty()) {
    return NotFound("unit '" + unit.name + "' has published no waiver");
  }
  return json::value(json::object{{"data", json::object{{"unit_id", unit_id},
                                                        {"name", unit.name},
                                                        {"version", unit.waiver_version},
                                                        {"text", unit.waiver_text}}}});
}

}  // namespace homeward::http
