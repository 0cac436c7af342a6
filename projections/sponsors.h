#pragma once
// Sponsors (爱心单位) over a year: what each pledged to the activities of the
// year, across activities and units, and how much of it was delivered, for
// the county office's thanks and accounts. Read from the roster view, where
// each activity keeps its pledges.

#include <boost/json/value.hpp>
#include <functional>
#include <string_view>

namespace homeward {

struct RosterState;

// {"year", "sponsors": [{"sponsor", "pledges": [{"activity_id", "title",
// "unit_id", "starts_at", "time_zone" (the unit's), "status", "what",
// "quantity", "delivered",
// "fulfilled"}], "pledged", "fulfilled"}]}: the pledges to the activities of
// `org` that begin in `year` (on their unit's clock) and whose unit
// `in_scope` takes (every unit when null), sponsors by name, each one's
// pledges by the activity's start; "pledged" counts them, "fulfilled" those
// delivered in full. A cancelled activity's pledges are listed with its
// status, and counted in neither.
boost::json::value SponsorList(const RosterState& state, std::string_view org, int year,
                               const std::function<bool(std::string_view unit_id)>& in_scope);

}  // namespace homeward
