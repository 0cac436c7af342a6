// The generated organization's member units: joining, winding down (their
// activities called off, their people moved, their stations retired) and
// closing; and stations retired and closed.

#include <algorithm>

#include "bench/event_generator.h"

namespace homeward {

void EventGenerator::NewUnit(const std::string& id, const char* zone, Decision& d) {
  units_.push_back(id);
  const std::string number = id.substr(id.find('-') + 1);
  d.push_back({Stream("unit", id),
               UnitCreated{id, "成员单位" + number, UnitKind::kSchool, "county", zone}});
  d.push_back({Stream("unit", id), WaiverPublished{id, "v1", "特别承诺"}});
  const std::string station = "station-" + number;
  stations_.push_back(station);
  station_unit_[station] = id;
  d.push_back({Stream("station", station), NewStation(station, id)});
}

StationRegistered EventGenerator::NewStation(const std::string& id, const std::string& unit) {
  return StationRegistered{id,
                           unit,
                           "活动站",
                           {{RoomKind::kReading, "阅览室"},
                            {RoomKind::kSports, "活动室"},
                            {RoomKind::kMusicDance, "音乐舞蹈室"},
                            {RoomKind::kCounseling, "心理辅导室"}},
                           120,
                           120};
}

Decision EventGenerator::WindDown(const std::string& unit) {
  Remove(units_, unit);
  closing_.push_back(unit);
  // Its activities not yet begun are called off; those under way are held.
  Decision d;
  for (Activity& a : activities_) {
    if (a.unit != unit || a.cancelled || a.completed || a.day_begun) continue;
    a.cancelled = true;
    --live_[unit];
    ToActivityAndHolders(a, ActivityCancelled{a.id, false, "并校"}, d);
  }
  const std::string joining = "unit-" + std::to_string(serial_);
  NewUnit(joining, "Asia/Shanghai", d);
  merged_into_[unit] = joining;
  // Its people are drawn no more until moved (MoveSome).
  for (auto [pool, kind] : {std::pair{&children_, Pool::kChildren},
                            {&volunteers_, Pool::kVolunteers},
                            {&suspended_, Pool::kSuspended}}) {
    std::erase_if(*pool, [&](const std::string& id) {
      if (home_[id] != unit) return false;
      moving_.emplace_back(id, kind);
      return true;
    });
  }
  // Its stations open no more; those closed before stay closed.
  const auto of_unit = [&](const std::string& station) { return station_unit_[station] == unit; };
  for (const std::string& station : stations_) {
    if (of_unit(station)) winding_stations_.push_back(station), closing_reason_[station] = "并校";
  }
  std::erase_if(stations_, of_unit);
  std::erase_if(closed_stations_, of_unit);
  return d;
}

Decision EventGenerator::MoveSome() {
  Decision d;
  const std::size_t n = std::min<std::size_t>(moving_.size(), 40);
  for (std::size_t i = 0; i < n; ++i) {
    const auto& [id, pool] = moving_[i];
    std::string& home = home_[id];
    const std::string from = home;
    home = merged_into_[from];
    if (pool == Pool::kChildren) {
      d.push_back({Stream("child", id), ChildTransferred{id, from, home, "并校", Today()}});
      children_.push_back(id);
    } else {
      d.push_back({Stream("volunteer", id), VolunteerTransferred{id, from, home, "并校"}});
      (pool == Pool::kVolunteers ? volunteers_ : suspended_).push_back(id);
    }
  }
  moving_.erase(moving_.begin(), moving_.begin() + static_cast<std::ptrdiff_t>(n));
  return d;
}

Decision EventGenerator::CloseRetired() {
  const Date today = Today();
  const auto due =
      std::find_if(winding_stations_.begin(), winding_stations_.end(),
                   [&](const std::string& station) { return last_open_[station] < today.days; });
  if (due == winding_stations_.end()) return {};
  const std::string station = *due;
  winding_stations_.erase(due);
  const std::string& unit = station_unit_[station];
  if (std::find(closing_.begin(), closing_.end(), unit) == closing_.end()) {
    closed_stations_.push_back(station);  // may reopen while its unit is open
  }
  return {{Stream("station", station), StationClosed{station, today, closing_reason_[station]}}};
}

Decision EventGenerator::CloseWoundDown() {
  const auto done = std::find_if(closing_.begin(), closing_.end(), [&](const std::string& unit) {
    const auto of_unit = [&](const std::string& station) { return station_unit_[station] == unit; };
    const auto from_unit = [&](const auto& moving) { return home_[moving.first] == unit; };
    return live_[unit] == 0 &&
           std::none_of(winding_stations_.begin(), winding_stations_.end(), of_unit) &&
           std::none_of(moving_.begin(), moving_.end(), from_unit);
  });
  if (done == closing_.end()) return {};
  const std::string unit = *done;
  closing_.erase(done);
  return {{Stream("unit", unit), UnitClosed{unit, "合并"}}};
}

}  // namespace homeward
