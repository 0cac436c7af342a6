#include "adapters/http/stream_views.h"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "adapters/http/view_read.h"
#include "adapters/json/struct_json.h"
#include "engine/decision.h"
#include "engine/seal.h"
#include "engine/unit_state.h"
#include "engine/volunteer_state.h"
#include "engine/work_calendar.h"

namespace homeward::http {
namespace json = boost::json;

namespace {

// Hands every committed event of `stream` to `apply`, in order, with its
// personal fields opened (those of an erased subject read "[erased]"), and
// returns the stream's version. Errors: as ReadStream, and corruption for a
// payload that does not decode or sealed fields that do not authenticate.
template <class Apply>
Result<std::uint64_t> FoldStream(const EventLog& log, const std::string& stream, Apply&& apply) {
  constexpr std::size_t kPage = 256;  // envelopes read at a time
  for (std::uint64_t from = 1;;) {
    Result<std::vector<Envelope>> page = log.ReadStream(stream, from, kPage);
    if (!page.ok()) return page.status();
    for (const Envelope& e : *page) {
      Result<Event> event = OpenEvent(e, log.keys());
      if (!event.ok()) return event.status();
      apply(*event);
    }
    if (page->size() < kPage) return page->empty() ? from - 1 : page->back().stream_version;
    from = page->back().stream_version + 1;
  }
}

json::array Dates(const std::vector<Date>& days) {
  json::array out;
  for (const Date day : days) out.push_back(json::value(FormatDate(day)));
  return out;
}

}  // namespace

Result<json::value> WaiverRoute(ReadContext& c) {
  const std::string& unit_id = c.Param("unit_id");
  // An id with a slash (%2F in the path) names no unit: not a stream to read.
  if (unit_id.find('/') != std::string::npos) {
    return NotFound("there is no unit '" + unit_id + "'");
  }
  UnitState unit;
  if (auto read = FoldStream(c.log, StreamOf(c.account.org, "unit", unit_id),
                             [&](const Event& e) { Apply(unit, e); });
      !read.ok()) {
    return read.status();
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

Result<std::pair<VolunteerState, std::uint64_t>> ReadableVolunteer(ReadContext& c,
                                                                   const std::string& id) {
  if (c.IsVolunteer() && c.account.volunteer_id != id) {
    return Forbidden("a volunteer reads only about themself");
  }
  if (id.find('/') != std::string::npos) return NotFound("there is no volunteer '" + id + "'");
  VolunteerState v;
  Result<std::uint64_t> version = FoldStream(c.log, StreamOf(c.account.org, "volunteer", id),
                                             [&](const Event& e) { Apply(v, e); });
  if (!version.ok()) return version.status();
  if (!v.exists) return NotFound("there is no volunteer '" + id + "'");
  if (Status s = UnitInScope(c, v.unit_id); !s.ok()) return s;
  return std::pair{std::move(v), *version};
}

Result<json::value> VolunteerDetailsRoute(ReadContext& c) {
  const std::string& id = c.Param("volunteer_id");
  auto read = ReadableVolunteer(c, id);
  if (!read.ok()) return read.status();
  const auto& [v, version] = *read;
  c.readers_own = c.account.volunteer_id == id;
  json::value vetted = v.vetted_until ? json::value(FormatDate(*v.vetted_until)) : nullptr;
  return json::value(json::object{{"data", json::object{{"volunteer_id", id},
                                                        {"unit_id", v.unit_id},
                                                        {"version", version},
                                                        {"details", jsonc::ToJson(v.details)},
                                                        {"vetted_until", std::move(vetted)},
                                                        {"suspended", v.suspended},
                                                        {"left", v.left},
                                                        {"erased", v.erased}}}});
}

Result<json::value> HolidaysRoute(ReadContext& c) {
  const std::string& year = c.Param("year");
  // A year a declaration could not name is refused as DeclareHolidays refuses it.
  if (Result<Decision> nothing = Decide(c.account.org, DeclareHolidays{year, {}, {}, ""});
      !nothing.ok()) {
    return nothing.status();
  }
  std::optional<HolidaysDeclared> latest;
  if (auto read = FoldStream(c.log, HolidaysStream(c.account.org, year),
                             [&](const Event& e) {
                               if (const auto* d = std::get_if<HolidaysDeclared>(&e)) latest = *d;
                             });
      !read.ok()) {
    return read.status();
  }
  if (!latest) return NotFound("no holidays are declared for " + year);
  return json::value(json::object{{"data", json::object{{"year", latest->year},
                                                        {"days_off", Dates(latest->days_off)},
                                                        {"workdays", Dates(latest->workdays)},
                                                        {"source", latest->source}}}});
}

}  // namespace homeward::http
