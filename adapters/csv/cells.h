#pragma once
// How an export writes a value of a view's JSON document into a spreadsheet
// cell: as it is, a code as its Chinese word, a UTC time on a local clock.
// Every export writes its cells with these, so the same value reads the same
// in each file (and in the API's format=csv answers).

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <string>
#include <string_view>

namespace homeward::csv {

// A JSON value as a cell: a string as it is, null as "", a bool as 是 or 否, a
// double with two decimals, an array's items joined by "；", anything else
// as JSON.
std::string Cell(const boost::json::value& v);

// A code, or an array of them joined by "；", in Chinese (CodeInChinese:
// "hours_confirmation" is 确认服务时长, "proxy_parent" 代理家长); a code with
// no word as it is, anything else as Cell.
std::string Label(const boost::json::value& v);

// A UTC time as the views write it ("2026-10-27T20:30:04Z") as "2026-10-28
// 04:30", the minute a clock in `zone` shows (Asia/Shanghai for one that is
// unknown); any other text as it is.
std::string AtZone(std::string_view text, std::string_view zone);

// A UTC time ("2026-10-27T20:30:04Z") as "2026-10-28 04:30", the minute a
// clock in `item`'s "time_zone" shows (Asia/Shanghai when it names none or
// one that is unknown); "" stays "", anything else that is no time as Cell.
std::string Local(const boost::json::object& item, const boost::json::value& v);

}  // namespace homeward::csv
