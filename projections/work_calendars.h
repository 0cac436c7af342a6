#pragma once
// The working calendar of each organization, as the views that count working
// days fold it (reminders: hours to confirm; the report: stations' openings).

#include <string>
#include <string_view>

#include "engine/work_calendar.h"
#include "events/event.h"
#include "projections/keyed_map.h"

namespace homeward {

// The WorkCalendar of every organization, keyed by its name, inside a view's
// state (serialized with it).
class WorkCalendars {
 public:
  // Takes `event` of organization `org` when it declares a year's holidays.
  void Apply(std::string_view org, const Event& event) {
    if (const auto* e = std::get_if<HolidaysDeclared>(&event)) by_org_[std::string(org)].Apply(*e);
  }

  // The calendar of `org`: Monday to Friday when it declared none. The
  // reference holds until the next Apply.
  const WorkCalendar& Of(std::string_view org) const {
    static const WorkCalendar kWeekdays;
    auto it = by_org_.find(std::string(org));
    return it == by_org_.end() ? kWeekdays : it->second;
  }

  template <class Ar>
  void serialize(Ar& ar) {
    ar(by_org_);
  }

 private:
  KeyedMap<WorkCalendar> by_org_;
};

}  // namespace homeward
