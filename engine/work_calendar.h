#pragma once
// The organization's working days: Monday to Friday, less the public holidays
// declared for a year, plus the weekend days declared worked in their place
// (调休). Deadlines counted in working days (hours to confirm) and the
// stations' weekday openings follow it. Pure: no clock, no store.

#include <string>
#include <string_view>
#include <vector>

#include "engine/decision.h"
#include "events/holiday_events.h"
#include "events/people_commands.h"

namespace homeward {

// The working days of one organization, as its declarations left them. A
// value: copy it freely; not synchronized.
class WorkCalendar {
 public:
  // Takes a year's declaration, replacing what was declared for that year.
  void Apply(const HolidaysDeclared& declared);

  // Whether `day` is worked: a declared workday, or a weekday not declared off.
  bool IsWorkingDay(Date day) const;

  // The date `count` working days after `day` (`day` itself not counted).
  Date AddWorkingDays(Date day, int count) const;

  template <class Ar>
  void serialize(Ar& ar) {
    ar(days_off_, workdays_);
  }
  friend bool operator==(const WorkCalendar&, const WorkCalendar&) = default;

 private:
  std::vector<Date> days_off_;  // ascending
  std::vector<Date> workdays_;  // ascending
};

// The stream of a year's working calendar: "org/holidays/<year>".
std::string HolidaysStream(std::string_view org, std::string_view year);

// Declares a year's holidays. Errors (invalid_argument, naming the day): a
// year that is not four digits from 2000 to 2199, a day outside that year, a
// day off on a Saturday or Sunday, a workday from Monday to Friday, a day
// named twice or both off and worked. A later declaration replaces it.
Result<Decision> Decide(std::string_view org, const DeclareHolidays& command);

}  // namespace homeward
