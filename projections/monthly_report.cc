#include "projections/monthly_report.h"

#include <algorithm>
#include <boost/json/object.hpp>
#include <type_traits>

#include "engine/time_zone.h"
#include "events/unit_events.h"
#include "projections/json_support.h"
#include "projections/view_support.h"

namespace homeward {
namespace {

void ApplyActivity(MonthlyReportState& s, const std::string& key, const Event& event) {
  if (const auto* e = std::get_if<ActivityPlanned>(&event)) {
    s.activities[key] = ReportActivity{e->unit_id, e->starts_at_us, false, {}, {}};
    return;
  }
  ReportActivity* a = Find(s.activities, key);
  if (a == nullptr) return;
  std::visit(Overloaded{
                 [&](const ActivityRescheduled& e) { a->starts_at_us = e.starts_at_us; },
                 [&](const ActivityCompleted&) { a->completed = true; },
                 [&](const ChildEnrolled& e) { a->children.insert(e.child_id); },
                 [&](const ChildUnenrolled& e) { a->children.erase(e.child_id); },
                 [&](const HoursConfirmed& e) { a->minutes[e.volunteer_id] = e.minutes; },
                 [&](const HoursCorrectionDecided& e) { a->minutes[e.volunteer_id] = e.minutes; },
                 [](const auto&) {},
             },
             event);
}

// When transfer `t`, recorded at `recorded_at_us`, took effect: the start of
// its effective day in the old unit's time zone (never after it was
// recorded), or when it was recorded if it names no day (version 1).
std::int64_t EffectiveAt(const MonthlyReportState& s, std::string_view org,
                         const ChildTransferred& t, std::int64_t recorded_at_us) {
  if (!t.effective_on.known()) return recorded_at_us;
  Result<std::int64_t> start = LocalDayStart(t.effective_on, s.ZoneOf(org, t.from_unit_id));
  return start.ok() ? std::min(*start, recorded_at_us) : recorded_at_us;
}

}  // namespace

std::string_view ReportUnit::Zone() const {
  return time_zone.empty() ? kDefaultTimeZone : std::string_view(time_zone);
}

std::string MonthlyReportState::ZoneOf(std::string_view org, std::string_view unit_id) const {
  auto it = units.find(OrgKey(org, unit_id));
  return std::string(it == units.end() ? kDefaultTimeZone : it->second.Zone());
}

void MonthlyReportState::Apply(const Envelope& envelope, const Event& event) {
  const StreamParts stream = SplitStream(envelope.stream_id);
  if (stream.category == "holidays") {
    calendars.Apply(stream.org, event);
    return;
  }
  // A volunteer's or an account's events count nowhere here.
  if (stream.category != "activity" && stream.category != "unit" && stream.category != "station" &&
      stream.category != "child") {
    return;
  }
  const std::string key = OrgKey(stream.org, stream.id);
  if (stream.category == "activity") {
    ApplyActivity(*this, key, event);
  } else if (stream.category == "unit") {
    if (const auto* e = std::get_if<UnitCreated>(&event)) {
      ReportUnit& u = units[key];
      u = ReportUnit{e->name, {}, e->time_zone, {}, 0};
      u.membership.Move(envelope.recorded_at_us, envelope.position, e->parent_id);
    } else if (ReportUnit* u = Find(units, key)) {
      if (std::holds_alternative<UnitClosed>(event)) u->closed_at_us = envelope.recorded_at_us;
      if (const auto* r = std::get_if<UnitRenamed>(&event)) u->name = r->name;
      if (const auto* m = std::get_if<UnitMoved>(&event))
        u->membership.Move(envelope.recorded_at_us, envelope.position, m->parent_id);
      if (const auto* m = std::get_if<MonthlyReportSubmitted>(&event))
        u->reports.try_emplace(m->month, envelope.recorded_at_us);
    }
  } else if (stream.category == "station") {
    if (const auto* e = std::get_if<StationRegistered>(&event)) {
      stations[key] =
          ReportStation{e->unit_id, e->name, e->min_daily_minutes, {}, envelope.recorded_at_us, {}};
    } else if (const auto* e = std::get_if<StationOpened>(&event)) {
      if (ReportStation* st = Find(stations, key)) st->openings.emplace_back(e->day, e->minutes);
    } else if (const auto* e = std::get_if<StationClosed>(&event)) {
      if (ReportStation* st = Find(stations, key)) st->closures.Close(e->closed_on);
    } else if (const auto* e = std::get_if<StationReopened>(&event)) {
      if (ReportStation* st = Find(stations, key)) st->closures.Reopen(e->reopened_on);
    }
  } else if (stream.category == "child") {
    if (const auto* e = std::get_if<ChildRegistered>(&event)) {
      children[key].unit_id = e->unit_id;
    } else if (ReportChild* c = Find(children, key)) {
      if (const auto* t = std::get_if<ChildTransferred>(&event)) {
        std::int64_t since = EffectiveAt(*this, stream.org, *t, envelope.recorded_at_us);
        // Never before the move it follows (one of version 1 counts from when
        // it was recorded, a day's start differs by time zone): the moves
        // stay in the order they were made.
        if (!c->transfers.empty()) since = std::max(since, c->transfers.back().first);
        c->transfers.emplace_back(since, t->unit_id);
      }
      if (const auto* r = std::get_if<ContactRecorded>(&event))
        c->contacts[r->contact_id] = r->at_us;
      if (const auto* r = std::get_if<ContactCorrected>(&event))
        c->contacts[r->contact_id] = r->at_us;
    }
  }
}

Date MonthlyReportDue(YearMonth month) {
  return std::min(Date{FirstDay(month).days + 29}, LastDay(month));
}

std::int64_t MonthlyReportLateFrom(YearMonth month, std::string_view zone) {
  const Date after{MonthlyReportDue(month).days + 1};
  Result<std::int64_t> start = LocalDayStart(after, zone);
  return start.ok() ? *start : std::int64_t{after.days} * 86'400'000'000LL;
}

const Placement& PlacementWhenDue(const Membership& membership, YearMonth month,
                                  std::string_view zone) {
  return membership.At(MonthlyReportLateFrom(month, zone) - 1);
}

bool OwesMonthlyReport(const Membership& membership, YearMonth month, std::string_view zone) {
  return !PlacementWhenDue(membership, month, zone).parent_id.empty();
}

namespace {

// `unit_id` and every unit under it by `parent_of` (a reference into the
// unit), parents before children. Each unit's parent is asked once (it may
// mean a time zone's arithmetic).
template <class ParentOf>
std::vector<std::string> TreeBy(const MonthlyReportState& state, std::string_view org,
                                std::string_view unit_id, ParentOf parent_of) {
  static_assert(std::is_reference_v<std::invoke_result_t<ParentOf, const ReportUnit&>>,
                "the parents are kept as views into the units");
  std::vector<std::pair<std::string_view, std::string_view>> parents;  // unit, its parent
  ForOrg(state.units, org,
         [&](std::string_view id, const ReportUnit& u) { parents.emplace_back(id, parent_of(u)); });
  std::vector<std::string> tree{std::string(unit_id)};
  for (std::size_t i = 0; i < tree.size(); ++i) {
    for (const auto& [id, parent] : parents) {
      if (parent == tree[i] && std::find(tree.begin(), tree.end(), id) == tree.end())
        tree.emplace_back(id);
    }
  }
  return tree;
}

}  // namespace

std::vector<std::string> UnitTree(const MonthlyReportState& state, std::string_view org,
                                  std::string_view unit_id) {
  return TreeBy(state, org, unit_id,
                [](const ReportUnit& u) -> const std::string& { return u.membership.parent(); });
}

namespace {

// The moment unit `u` is placed at in the reports of `month`.
std::int64_t ReportMoment(const ReportUnit& u, YearMonth month) {
  return MonthlyReportLateFrom(month, u.Zone()) - 1;
}

}  // namespace

std::vector<std::string> ReportTree(const MonthlyReportState& state, std::string_view org,
                                    std::string_view unit_id, YearMonth month) {
  return TreeBy(state, org, unit_id, [&](const ReportUnit& u) -> const std::string& {
    return u.membership.ParentAt(ReportMoment(u, month));
  });
}

std::vector<std::string> ReportRoots(const MonthlyReportState& state, std::string_view org,
                                     YearMonth month) {
  std::vector<std::string> roots;
  ForOrg(state.units, org, [&](std::string_view id, const ReportUnit& u) {
    const std::int64_t at = ReportMoment(u, month);
    if (u.membership.ExistedAt(at) && u.membership.ParentAt(at).empty()) roots.emplace_back(id);
  });
  return roots;
}

}  // namespace homeward
