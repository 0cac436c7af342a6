#pragma once
// How views write times, dates and enums into their JSON documents.

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <cstdint>
#include <string>
#include <vector>

#include "events/date.h"
#include "events/vocabulary.h"

namespace homeward {

// "2027-05-01T01:00:00Z" for UTC microseconds; "" for 0.
std::string FormatUtc(std::int64_t utc_us);

// The calendar day `utc_us` falls on in `time_zone` (Asia/Shanghai when the
// zone is unknown, so a view never fails on a stored name).
Date DayIn(std::int64_t utc_us, std::string_view time_zone);

// "2027-06-04 09:00", the minute `utc_us` falls in as a clock in
// `time_zone` shows it (Asia/Shanghai when the zone is unknown); "" for 0.
std::string FormatLocalMinute(std::int64_t utc_us, std::string_view time_zone);

// "2.33": a number (hours, a share) with two decimals, as a person reads it
// in a table or a spreadsheet.
std::string TwoDecimals(double value);

// The Chinese word for a code the views write (an activity's kind and
// status, a reminder's kind and state, a monthly report's state, a care
// role), as the web page shows it: "hours_confirmation" is "确认服务时长",
// "proxy_parent" "代理家长". The code itself when it has none.
std::string_view CodeInChinese(std::string_view code);

// A JSON array of strings.
boost::json::array StringArray(const std::vector<std::string>& items);

// The English name of an enum value, as a JSON string.
template <typename E>
boost::json::value EnumJson(E value) {
  return boost::json::value(NameOf(value));
}

}  // namespace homeward
