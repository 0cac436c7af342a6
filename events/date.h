#pragma once
// Calendar dates without a time zone (a birthday, the day a check was done),
// stored as days since 1970-01-01, with the few operations the rules need.

#include <climits>
#include <cstdint>
#include <string>
#include <string_view>

#include "events/status.h"

namespace homeward {

// A day in the proleptic Gregorian calendar, or unknown. Plain data; compare as numbers.
struct Date {
  static constexpr std::int32_t kUnknown = INT32_MIN;
  std::int32_t days = kUnknown;  // days since 1970-01-01

  bool known() const { return days != kUnknown; }

  template <class Ar>
  void serialize(Ar& ar) {
    ar(days);
  }
  friend auto operator<=>(const Date&, const Date&) = default;
};

// Parses "YYYY-MM-DD". Errors: invalid_argument naming `field`, never the text (a date of
// birth is personal data).
Result<Date> ParseDate(std::string_view text, std::string_view field = "date");

// Formats as "YYYY-MM-DD"; an unknown date as "".
std::string FormatDate(Date date);

// Returns the date `years` later; 29 February becomes 28 February when needed.
Date AddYears(Date date, int years);

// Returns the age in whole years on `today` of someone born on `birth`.
// Both must be known.
int AgeOn(Date birth, Date today);

// A calendar month, e.g. 2027-02. Plain data; compares in time order.
struct YearMonth {
  int year = 1970;
  int month = 1;  // 1..12
  friend auto operator<=>(const YearMonth&, const YearMonth&) = default;
};

// The month `date` falls in. `date` must be known.
YearMonth MonthOf(Date date);
// The month `months` later (earlier when negative).
YearMonth AddMonths(YearMonth month, int months);
// The first and the last day of `month`.
Date FirstDay(YearMonth month);
Date LastDay(YearMonth month);
// Formats as "YYYY-MM".
std::string FormatMonth(YearMonth month);
// Parses "YYYY-MM". Errors: invalid_argument naming the text.
Result<YearMonth> ParseMonth(std::string_view text);

// The date `months` later; a day past the end of the target month becomes its
// last day (31 January + 1 month = 28 or 29 February).
Date AddMonths(Date date, int months);
// The day of the week, 0 = Monday .. 6 = Sunday.
int Weekday(Date date);

}  // namespace homeward
