#pragma once
// A vocabulary for view tests without a disk: given these events (each in its
// stream, at a moment), the view shows this. Envelopes get positions in order.

#include <boost/json.hpp>
#include <map>
#include <string>
#include <vector>

#include "engine/decision.h"
#include "engine/time_zone.h"
#include "projections/projection.h"

namespace homeward::testing {

inline constexpr std::string_view kOrg = "org";

// UTC microseconds of local time `date` (YYYY-MM-DD) `hh`:`mm` in `tz`.
inline std::int64_t At(std::string_view date, int hh = 12, int mm = 0,
                       std::string_view tz = "Asia/Shanghai") {
  const std::int64_t day = LocalDayStart(ParseDate(date).value(), tz).value();
  return day + (std::int64_t{hh} * 60 + mm) * 60'000'000;
}

// A view fed envelopes by hand.
template <class State>
class ViewFixture {
 public:
  // Records `event` in stream `category`/`id` of kOrg at `at_us`; returns its position.
  std::uint64_t Given(std::string_view category, std::string_view id, Event event,
                      std::int64_t at_us) {
    Envelope envelope;
    envelope.position = ++position_;
    envelope.stream_id = StreamOf(kOrg, category, id);
    envelope.stream_version = ++versions_[envelope.stream_id];
    envelope.recorded_at_us = at_us;
    envelope.type = std::string(EventTypeName(event));
    view_.Apply(envelope, event);
    return envelope.position;
  }
  // Records every emit of a decision at `at_us`.
  void Given(const Decision& decision, std::int64_t at_us) {
    for (const Emit& emit : decision) {
      Envelope envelope;
      envelope.position = ++position_;
      envelope.stream_id = emit.stream_id;
      envelope.stream_version = ++versions_[envelope.stream_id];
      envelope.recorded_at_us = at_us;
      view_.Apply(envelope, emit.event);
    }
  }
  const State& state() const { return view_.state(); }
  View<State>& view() { return view_; }
  std::uint64_t position() const { return position_; }

 private:
  View<State> view_;
  std::uint64_t position_ = 0;
  std::map<std::string, std::uint64_t> versions_;  // each stream's last version
};

// Finds the object in `array` whose `field` is `value`; null when none.
// National Day 2027 as a notice might declare it: Friday 1 October and
// Monday to Thursday 4-7 October off, Saturday 9 October worked (调休).
inline HolidaysDeclared NationalDay2027() {
  std::vector<Date> off;
  for (const char* day : {"2027-10-01", "2027-10-04", "2027-10-05", "2027-10-06", "2027-10-07"})
    off.push_back(ParseDate(day).value());
  return HolidaysDeclared{"2027", std::move(off), {ParseDate("2027-10-09").value()}, "国办发明电"};
}

inline const boost::json::object* Row(const boost::json::value& array, std::string_view field,
                                      std::string_view value) {
  for (const boost::json::value& item : array.as_array()) {
    const boost::json::value* v = item.as_object().if_contains(field);
    if (v && v->is_string() && v->as_string() == value) return &item.as_object();
  }
  return nullptr;
}

}  // namespace homeward::testing
