// Who the generated organization's work may take, as the domain decides it:
// volunteers' and units' states folded as the engine folds them, checked with
// the engine's own rule (CheckEligible); double booking and the daily limit
// counted over the activities still to come; and criminal-record checks
// renewed each year, now and then after a lapse.

#include <algorithm>

#include "bench/event_generator.h"
#include "engine/time_zone.h"

namespace homeward {

void EventGenerator::Fold(const Decision& d) {
  for (const Emit& emit : d) {
    std::string_view stream = emit.stream_id;
    stream.remove_prefix(org_.size() + 1);
    const std::size_t slash = stream.find('/');
    const std::string_view category = stream.substr(0, slash);
    if (category == "volunteer") {
      Apply(vstate_[std::string(stream.substr(slash + 1))], emit.event);
    } else if (category == "unit") {
      Apply(ustate_[std::string(stream.substr(slash + 1))], emit.event);
    }
  }
}

Date EventGenerator::LocalToday(const std::string& unit) const {
  const Result<Date> today = LocalDate(now_us_, ustate_.at(unit).time_zone);
  return today.ok() ? *today : Today();
}

Status EventGenerator::Eligible(const std::string& v, const std::string& organiser) const {
  if (std::find(suspended_.begin(), suspended_.end(), v) != suspended_.end()) {
    return Refuse(reason::kSuspended, v + " is suspended");
  }
  const VolunteerState& state = vstate_.at(v);
  return CheckEligible(state, ustate_.at(organiser), ustate_.at(state.unit_id),
                       LocalToday(organiser));
}

bool EventGenerator::Ready(const std::string& v, const std::string& organiser, Decision& d) {
  const Status eligible = Eligible(v, organiser);
  if (eligible.ok()) return true;
  if (eligible.reason() != reason::kWaiverMissing) return false;
  VolunteerState& state = vstate_.at(v);
  const UnitState& unit = WaiverUnit(ustate_.at(organiser), ustate_.at(state.unit_id));
  const Event accepted = WaiverAccepted{v, unit.waiver_version, unit.unit_id};
  d.push_back({Stream("volunteer", v), accepted});
  // At once, for later checks in this step; folding it again changes nothing.
  Apply(state, accepted);
  return true;
}

bool EventGenerator::Booked(const std::string& v, const Activity& a) {
  // An activity over more than a day ago, and never to be moved again (held,
  // or called off and past its day), shares neither times nor a day with one
  // still to come.
  while (open_from_ < activities_.size()) {
    const Activity& o = activities_[open_from_];
    const bool settled = o.completed || (o.cancelled && o.starts_us < now_us_);
    if (!settled || o.ends_us() + kDayUs >= now_us_) break;
    ++open_from_;
  }
  const UnitState& unit = ustate_.at(vstate_.at(v).unit_id);
  const Result<Date> day = LocalDate(a.starts_us, unit.time_zone);
  std::uint32_t that_day = 0;
  for (std::size_t i = open_from_; i < activities_.size(); ++i) {
    const Activity& o = activities_[i];
    if (&o == &a || o.cancelled) continue;
    if (std::find(o.holders.begin(), o.holders.end(), v) == o.holders.end()) continue;
    if (o.starts_us < a.ends_us() && a.starts_us < o.ends_us()) return true;
    const Result<Date> other = LocalDate(o.starts_us, unit.time_zone);
    if (day.ok() && other.ok() && other->days == day->days) ++that_day;
  }
  return unit.daily_slot_limit != 0 && that_day >= unit.daily_slot_limit;
}

void EventGenerator::ScheduleRenewal(const std::string& v, Date until) {
  const bool lapses = ++renewal_turns_ % 8 == 0;
  renewals_.push({until.days + (lapses ? 21 : -30), v});
}

Decision EventGenerator::RenewDue() {
  while (!renewals_.empty() && renewals_.top().first <= Today().days) {
    const std::string v = renewals_.top().second;
    renewals_.pop();
    const VolunteerState& state = vstate_.at(v);
    if (state.left) continue;  // gone, or erased (which records leaving too)
    const Date on = LocalToday(state.unit_id);
    const Date until{AddYears(on, 1).days - 1};  // a check counts for a year at most
    ScheduleRenewal(v, until);
    return {{Stream("volunteer", v), VolunteerVetted{v, "派出所", on, until}}};
  }
  return {};
}

}  // namespace homeward
