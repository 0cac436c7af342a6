#pragma once
// Events of an organization's working calendar, one stream per year
// ("org/holidays/<year>"): the public holidays and the weekend days worked in
// their place (调休), as the State Council's yearly notice on holidays
// (国务院办公厅关于部分节假日安排的通知) sets them.

#include <cereal/types/vector.hpp>
#include <cstdint>
#include <string>
#include <vector>

#include "events/date.h"

namespace homeward {

// The working calendar of `year`: it replaces any declared before for that
// year (a correction is a new declaration). Days not named follow the week:
// Monday to Friday are worked.
struct HolidaysDeclared {
  static constexpr std::string_view kType = "holidays.declared";
  static constexpr std::uint32_t kVersion = 1;
  std::string year;            // "2027"
  std::vector<Date> days_off;  // weekdays that are public holidays, ascending
  std::vector<Date> workdays;  // Saturdays and Sundays worked (调休), ascending
  std::string source;          // the notice, e.g. "国办发明电〔2026〕7号"
  template <class Ar>
  void serialize(Ar& ar) {
    ar(year, days_off, workdays, source);
  }
};

}  // namespace homeward
