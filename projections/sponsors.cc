#include "projections/sponsors.h"

#include <algorithm>
#include <boost/json.hpp>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "projections/json_support.h"
#include "projections/roster.h"
#include "projections/view_support.h"

namespace homeward {
namespace json = boost::json;

json::value SponsorList(const RosterState& state, std::string_view org, int year,
                        const std::function<bool(std::string_view unit_id)>& in_scope) {
  // Each sponsor's pledges, by the activity's start, then as pledged.
  struct Line {
    std::int64_t starts_at_us;
    std::string activity_id;
    json::object pledge;
    bool fulfilled;
    bool cancelled;  // listed, not counted
  };
  std::map<std::string, std::vector<Line>> by_sponsor;
  EachInOrg(state.activities, org, [&](std::string_view, const RosterEntry& entry) {
    const ActivityState& a = entry.activity;
    if (a.pledges.empty() || (in_scope && !in_scope(a.plan.unit_id))) return;
    if (MonthOf(DayIn(a.plan.starts_at_us, ZoneOf(state, org, entry))).year != year) return;
    for (const ActivityState::Pledge& p : a.pledges) {
      const bool fulfilled = p.fulfilled >= p.pledged.quantity;
      by_sponsor[p.pledged.sponsor].push_back(
          {a.plan.starts_at_us, a.plan.activity_id,
           json::object{{"activity_id", a.plan.activity_id},
                        {"title", a.plan.title},
                        {"unit_id", a.plan.unit_id},
                        {"starts_at", FormatUtc(a.plan.starts_at_us)},
                        {"time_zone", ZoneOf(state, org, entry)},
                        {"status", RosterStatus(entry)},
                        {"what", p.pledged.what},
                        {"quantity", p.pledged.quantity},
                        {"delivered", p.fulfilled},
                        {"fulfilled", fulfilled}},
           fulfilled, a.cancelled});
    }
  });
  json::array sponsors;
  for (auto& [sponsor, lines] : by_sponsor) {
    std::stable_sort(lines.begin(), lines.end(), [](const Line& x, const Line& y) {
      return std::tie(x.starts_at_us, x.activity_id) < std::tie(y.starts_at_us, y.activity_id);
    });
    json::array pledges;
    std::size_t pledged = 0, fulfilled = 0;
    for (Line& line : lines) {
      pledged += !line.cancelled;
      fulfilled += !line.cancelled && line.fulfilled;
      pledges.emplace_back(std::move(line.pledge));
    }
    sponsors.push_back(json::object{{"sponsor", sponsor},
                                    {"pledges", std::move(pledges)},
                                    {"pledged", pledged},
                                    {"fulfilled", fulfilled}});
  }
  return json::object{{"year", std::to_string(year)}, {"sponsors", std::move(sponsors)}};
}

}  // namespace homeward
