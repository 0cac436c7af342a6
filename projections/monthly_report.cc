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

namespace json = boost::json;

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

// The time zone of unit `u` (Beijing time when it names none).
std::string_view ZoneOf(const ReportUnit& u) {
  return u.time_zone.empty() ? kDefaultTimeZone : std::string_view(u.time_zone);
}
// The same, of unit `unit_id` of `org`, known or not.
std::string ZoneOf(const MonthlyReportState& s, std::string_view org, std::string_view unit_id) {
  auto it = s.units.find(OrgKey(org, unit_id));
  return std::string(it == s.units.end() ? kDefaultTimeZone : ZoneOf(it->second));
}

// When transfer `t`, recorded at `recorded_at_us`, took effect: the start of
// its effective day in the old unit's time zone (never after it was
// recorded), or when it was recorded if it names no day (version 1).
std::int64_t EffectiveAt(const MonthlyReportState& s, std::string_view org,
                         const ChildTransferred& t, std::int64_t recorded_at_us) {
  if (!t.effective_on.known()) return recorded_at_us;
  Result<std::int64_t> start = LocalDayStart(t.effective_on, ZoneOf(s, org, t.from_unit_id));
  return start.ok() ? std::min(*start, recorded_at_us) : recorded_at_us;
}

// A station open this long on a weekend day or a holiday was open all day.
constexpr std::uint32_t kAllDayMinutes = 8 * 60;

// A station's weekends and holidays of a month: how many, on how many it
// opened, and on how many all day.
struct RestDays {
  std::uint32_t days = 0, open = 0, all_day = 0;
};

struct Figures {
  std::uint32_t activities = 0;
  std::set<std::string> children;
  std::uint64_t minutes = 0;
  std::uint32_t contacts = 0;
};

}  // namespace

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
          ReportStation{e->unit_id, e->name, e->min_daily_minutes, {}, envelope.recorded_at_us};
    } else if (const auto* e = std::get_if<StationOpened>(&event)) {
      if (ReportStation* st = Find(stations, key)) st->openings.emplace_back(e->day, e->minutes);
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
  return MonthlyReportLateFrom(month, ZoneOf(u)) - 1;
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

json::value UnitList(const MonthlyReportState& state, std::string_view org) {
  std::vector<std::string> order;
  ForOrg(state.units, org, [&](std::string_view id, const ReportUnit& u) {
    if (u.membership.parent().empty()) {
      for (std::string& unit : UnitTree(state, org, id)) order.push_back(std::move(unit));
    }
  });
  json::array list;
  for (const std::string& id : order) {
    const ReportUnit& u = state.units.find(OrgKey(org, id))->second;
    list.push_back(json::object{{"unit_id", id},
                                {"name", u.name},
                                {"parent_id", u.membership.parent()},
                                {"time_zone", ZoneOf(u)},
                                {"closed", u.closed_at_us != 0}});
  }
  return list;
}

Result<json::value> MonthlyReport(const MonthlyReportState& state, std::string_view org,
                                  std::string_view unit_id, std::string_view month,
                                  std::int64_t now_us) {
  Result<YearMonth> m = ParseMonth(month);
  if (!m.ok()) return m.status();
  if (!state.units.count(OrgKey(org, unit_id))) {
    return NotFound("there is no unit '" + std::string(unit_id) + "'");
  }
  const auto zone = [&](std::string_view unit) { return ZoneOf(state, org, unit); };
  const std::vector<std::string> tree = ReportTree(state, org, unit_id, *m);
  std::map<std::string, Figures> figures;
  for (const std::string& unit : tree) figures[unit];
  ForOrg(state.activities, org, [&](std::string_view, const ReportActivity& a) {
    auto f = figures.find(a.unit_id);
    if (f == figures.end() || !a.completed) return;
    if (MonthOf(DayIn(a.starts_at_us, zone(a.unit_id))) != *m) return;
    ++f->second.activities;
    f->second.children.insert(a.children.begin(), a.children.end());
    for (const auto& [_, minutes] : a.minutes) f->second.minutes += minutes;
  });
  ForOrg(state.children, org, [&](std::string_view id, const ReportChild& c) {
    for (const auto& [_, at] : c.contacts) {
      const std::string& unit = c.UnitAt(at);
      auto f = figures.find(unit);
      if (f == figures.end() || MonthOf(DayIn(at, zone(unit))) != *m) continue;
      ++f->second.contacts;
      f->second.children.emplace(id);
    }
  });
  json::array rows, late, short_openings, rest_days;
  Figures total;
  for (const std::string& unit : tree) {
    const ReportUnit& u = state.units.at(OrgKey(org, unit));
    const Figures& f = figures[unit];
    std::string report = "not_due";
    // A member unit owes the report of each month it was one when the
    // report fell due, up to the one before it closed.
    const bool owes = OwesMonthlyReport(u.membership, *m, zone(unit)) &&
                      (u.closed_at_us == 0 || *m < MonthOf(DayIn(u.closed_at_us, zone(unit))));
    if (owes) {
      const std::int64_t due_us = MonthlyReportLateFrom(*m, zone(unit));
      auto submitted = u.reports.find(std::string(month));
      if (submitted != u.reports.end()) {
        report = submitted->second < due_us ? "on_time" : "late";
      } else if (now_us >= due_us) {
        report = "missing";
      }
      if (report == "late" || report == "missing") {
        late.push_back(json::object{{"unit_id", unit}, {"name", u.name}, {"report", report}});
      }
    }
    rows.push_back(json::object{{"unit_id", unit},
                                {"name", u.name},
                                {"activities_held", f.activities},
                                {"children_reached", f.children.size()},
                                {"volunteer_hours", f.minutes / 60.0},
                                {"contacts_made", f.contacts},
                                {"report", report},
                                {"owes", owes}});
    total.activities += f.activities;
    total.children.insert(f.children.begin(), f.children.end());
    total.minutes += f.minutes;
    total.contacts += f.contacts;
  }
  const WorkCalendar& calendar = state.calendars.Of(org);
  ForOrg(state.stations, org, [&](std::string_view id, const ReportStation& st) {
    if (!figures.count(st.unit_id)) return;
    // A station opens at least its daily minimum (每天不少于2小时) every
    // working day from the day it was registered, in its unit's time zone:
    // Monday to Friday, less the public holidays the organization declared,
    // plus the weekend days worked in their place (调休).
    // A station open twice on one day (morning and afternoon) was open for both.
    const std::string tz = zone(st.unit_id);
    std::map<Date, std::uint32_t> open_on;
    for (const auto& [day, minutes] : st.openings) {
      if (day.known() && MonthOf(day) == *m) open_on[day] += minutes;
    }
    // The days that count are over (today's opening is usually recorded at
    // its end), from the registration on; a closed unit's station owes
    // nothing from the day the unit closed.
    const Date first = std::max(FirstDay(*m), DayIn(st.registered_at_us, tz));
    Date last = std::min(LastDay(*m), Date{DayIn(now_us, tz).days - 1});
    if (auto unit = state.units.find(OrgKey(org, st.unit_id));
        unit != state.units.end() && unit->second.closed_at_us != 0) {
      last = std::min(last, Date{DayIn(unit->second.closed_at_us, tz).days - 1});
    }
    // A working day without an opening is short by its whole minimum (an
    // opening recorded on a working day outside that span is still listed).
    // Weekends and holidays (all day for the children who need it, 周末、节假日
    // 全天开放): how many of those days it opened, and how many all day.
    std::map<Date, std::uint32_t> working;
    for (const auto& [day, minutes] : open_on)
      if (calendar.IsWorkingDay(day)) working.emplace(day, minutes);
    RestDays rest;
    for (Date day = first; day <= last; day = Date{day.days + 1}) {
      if (calendar.IsWorkingDay(day)) {
        working.try_emplace(day, 0);
        continue;
      }
      ++rest.days;
      const auto open = open_on.find(day);
      if (open == open_on.end()) continue;
      ++rest.open;
      if (open->second >= kAllDayMinutes) ++rest.all_day;
    }
    for (const auto& [day, minutes] : working) {
      if (minutes >= st.min_daily_minutes) continue;
      short_openings.push_back(json::object{{"station_id", id},
                                            {"name", st.name},
                                            {"unit_id", st.unit_id},
                                            {"day", FormatDate(day)},
                                            {"minutes", minutes}});
    }
    if (rest.days > 0) {
      rest_days.push_back(json::object{{"station_id", id},
                                       {"name", st.name},
                                       {"unit_id", st.unit_id},
                                       {"rest_days", rest.days},
                                       {"days_open", rest.open},
                                       {"days_open_all_day", rest.all_day}});
    }
  });
  return json::value(json::object{{"unit_id", unit_id},
                                  {"month", month},
                                  {"units", std::move(rows)},
                                  {"total",
                                   {{"activities_held", total.activities},
                                    {"children_reached", total.children.size()},
                                    {"volunteer_hours", total.minutes / 60.0},
                                    {"contacts_made", total.contacts}}},
                                  {"late_reports", std::move(late)},
                                  {"short_openings", std::move(short_openings)},
                                  {"rest_day_openings", std::move(rest_days)}});
}

}  // namespace homeward
