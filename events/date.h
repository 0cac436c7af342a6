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

// Parses "YYYY-MM-DD". Errors: invalid_argument naming the text and `field`.
Result<Date> ParseDate(std::string_view text, std::string_view field = "date");

// Formats as "YYYY-MM-DD"; an unknown date as "".
std::string FormatDate(Date date);

// Returns the date `years` later; 29 February becomes 28 February when needed.
Date AddYears(Date date, int years);

// Returns the age in whole years on `today` of someone born on `birth`.
// Both must be known.
int AgeOn(Date birth, Date today);

}  // namespace homeward
