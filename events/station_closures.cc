#include "events/station_closures.h"

namespace homeward {

void StationClosures::Close(Date from) { spans.emplace_back(from, Date{}); }

void StationClosures::Reopen(Date on) {
  if (spans.empty() || spans.back().second.known()) return;
  if (on <= spans.back().first) {
    spans.pop_back();
  } else {
    spans.back().second = on;
  }
}

bool StationClosures::ClosedOn(Date day) const {
  for (const auto& [from, until] : spans) {
    if (from <= day && (!until.known() || day < until)) return true;
  }
  return false;
}

Date StationClosures::ClosedSince() const {
  return spans.empty() || spans.back().second.known() ? Date{} : spans.back().first;
}

Date StationClosures::LastReopened() const {
  for (auto it = spans.rbegin(); it != spans.rend(); ++it) {
    if (it->second.known()) return it->second;
  }
  return Date{};
}

}  // namespace homeward
