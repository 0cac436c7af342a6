// One attempt at a command on a unit or what hangs on it: load what the
// command concerns, decide, append with the versions decided on.

#include "engine/unit_handlers.h"

#include <type_traits>

#include "engine/program_rules.h"
#include "engine/time_zone.h"
#include "engine/transfer_rules.h"
#include "engine/work_calendar.h"

namespace homeward {
namespace {

// The most units, or activities, a closing looks over.
constexpr std::size_t kMaxListed = 1'000'000;

}  // namespace

Result<AppendResult> UnitHandler::operator()(const CreateUnit& c) {
  if (!c.time_zone.empty()) {
    if (Status s = ValidateTimeZone(c.time_zone); !s.ok()) return s;
  }
  auto unit = LoadUnit(c.unit_id);
  if (!unit.ok()) return unit.status();
  auto parent = MaybeUnit(c.parent_id);
  if (!parent.ok()) return parent.status();
  return Commit(Decide(org, unit->state(), parent->state(), c));
}

Result<AppendResult> UnitHandler::operator()(const MoveUnit& c) {
  auto unit = LoadUnit(c.unit_id);
  if (!unit.ok()) return unit.status();
  auto parent = MaybeUnit(c.parent_id);
  if (!parent.ok()) return parent.status();
  std::vector<std::string> ancestry;
  for (std::string next = parent->state().parent_id; !next.empty();) {
    if (static_cast<int>(ancestry.size()) == kMaxUnitDepth) {
      return Corruption("the units above '" + c.parent_id + "' are more than " +
                        std::to_string(kMaxUnitDepth) + " deep or form a cycle");
    }
    ancestry.push_back(next);
    auto up = LoadUnit(next);
    if (!up.ok()) return up.status();
    next = up->state().parent_id;
  }
  return Commit(Decide(org, unit->state(), parent->state(), ancestry, c));
}

Result<AppendResult> UnitHandler::UnitOnly(std::string_view unit_id, const auto& c) {
  auto unit = LoadUnit(unit_id);
  if (!unit.ok()) return unit.status();
  return Commit(Decide(org, unit->state(), c));
}
Result<AppendResult> UnitHandler::operator()(const RenameUnit& c) { return UnitOnly(c.unit_id, c); }
Result<AppendResult> UnitHandler::operator()(const ChangeUnitSettings& c) {
  return UnitOnly(c.unit_id, c);
}
Result<AppendResult> UnitHandler::operator()(const PublishWaiver& c) {
  return UnitOnly(c.unit_id, c);
}

Result<AppendResult> UnitHandler::operator()(const CloseUnit& c) {
  auto unit = LoadUnit(c.unit_id);
  if (!unit.ok()) return unit.status();
  // The refusals that need no look over the organization come first.
  if (Result<Decision> alone = Decide(org, unit->state(), UnitDependents{}, c); !alone.ok())
    return alone.status();
  // A unit created or moved under this one, or an activity planned in it,
  // takes this unit's turn, as the closing does (engine/command_async.cc):
  // each commits before this look, or is decided after the closing. A
  // cancelled activity rescheduled meanwhile is caught by its version.
  UnitDependents dependents;
  auto units = ListAll("unit");
  if (!units.ok()) return units.status();
  for (const std::string& id : *units) {
    auto sub = service.LoadUnit(org, id);
    if (!sub.ok()) return sub.status();
    const UnitState& s = sub->state();
    if (s.parent_id == c.unit_id && !s.closed) dependents.open_sub_units.push_back(id);
  }
  auto activities = ListAll("activity");
  if (!activities.ok()) return activities.status();
  for (const std::string& id : *activities) {
    auto activity = service.LoadActivity(org, id);
    if (!activity.ok()) return activity.status();
    const ActivityState& a = activity->state();
    if (a.plan.unit_id != c.unit_id || a.completed) continue;
    if (a.cancelled)
      read.emplace_back(StreamOf(org, "activity", id), activity->version);
    else
      dependents.live_activities.push_back(id);
  }
  return Commit(Decide(org, unit->state(), dependents, c));
}

template <typename State>
Result<std::vector<Loaded<State>>> UnitHandler::MembersOf(
    std::string_view category, std::string_view unit_id,
    Result<Loaded<State>> (CommandService::*load)(std::string_view, std::string_view) const) {
  auto ids = ListAll(category);
  if (!ids.ok()) return ids.status();
  std::vector<Loaded<State>> members;
  for (const std::string& id : *ids) {
    auto one = (service.*load)(org, id);
    if (!one.ok()) return one.status();
    if (one->state().unit_id != unit_id) continue;
    read.emplace_back(StreamOf(org, category, id), one->version);
    members.push_back(std::move(one).value());
  }
  return members;
}

Result<std::vector<std::string>> UnitHandler::ListAll(std::string_view category) {
  auto ids = service.ListIds(org, category, kMaxListed + 1);
  if (ids.ok() && ids->size() > kMaxListed) {
    return Unavailable("more than " + std::to_string(kMaxListed) + " " + std::string(category) +
                       " streams to look over");
  }
  return ids;
}

Result<AppendResult> UnitHandler::operator()(const DeclareHolidays& c) {
  return Commit(Decide(org, c));
}

Result<AppendResult> UnitHandler::operator()(const TransferVolunteer& c) {
  auto volunteer = LoadVolunteer(c.volunteer_id);
  if (!volunteer.ok()) return volunteer.status();
  auto to = MaybeUnit(c.unit_id);
  if (!to.ok()) return to.status();
  return Commit(Decide(org, volunteer->state(), to->state(), c));
}

Result<AppendResult> UnitHandler::operator()(const TransferChild& c) {
  auto child = LoadChild(c.child_id);
  if (!child.ok()) return child.status();
  auto to = MaybeUnit(c.unit_id);
  if (!to.ok()) return to.status();
  // The day the move takes effect is judged where the child is.
  auto from = MaybeUnit(child->state().unit_id);
  if (!from.ok()) return from.status();
  auto now = service.NowIn(from->state());
  if (!now.ok()) return now.status();
  return Commit(Decide(org, child->state(), to->state(), *now, c));
}

// One registered with or moved to the unit meanwhile stays there.
Result<AppendResult> UnitHandler::operator()(const TransferUnitMembers& c) {
  auto from = LoadUnit(c.unit_id);
  if (!from.ok()) return from.status();
  auto to = MaybeUnit(c.to_unit_id);
  if (!to.ok()) return to.status();
  auto volunteers =
      MembersOf<VolunteerState>("volunteer", c.unit_id, &CommandService::LoadVolunteer);
  if (!volunteers.ok()) return volunteers.status();
  auto children = MembersOf<ChildState>("child", c.unit_id, &CommandService::LoadChild);
  if (!children.ok()) return children.status();
  std::vector<const VolunteerState*> v_states;
  for (const auto& v : *volunteers) v_states.push_back(&v.state());
  std::vector<const ChildState*> c_states;
  for (const auto& child : *children) c_states.push_back(&child.state());
  auto now = service.NowIn(from->state());
  if (!now.ok()) return now.status();
  return Commit(Decide(org, from->state(), to->state(), v_states, c_states, *now, c));
}

Result<Loaded<StationState>> UnitHandler::LoadStation(std::string_view id) {
  return Remember(service.LoadStation(org, id), StreamOf(org, "station", id));
}

Result<AppendResult> UnitHandler::operator()(const RegisterStation& c) {
  auto station = LoadStation(c.station_id);
  if (!station.ok()) return station.status();
  auto unit = LoadUnit(c.unit_id);
  if (!unit.ok()) return unit.status();
  return Commit(Decide(org, station->state(), unit->state(), c));
}

Result<AppendResult> UnitHandler::AtStation(const auto& c) {
  auto station = LoadStation(c.station_id);
  if (!station.ok()) return station.status();
  auto unit = MaybeUnit(station->state().registration.unit_id);
  if (!unit.ok()) return unit.status();
  auto now = service.NowIn(unit->state());
  if (!now.ok()) return now.status();
  if constexpr (std::is_same_v<std::decay_t<decltype(c)>, ReopenStation>) {
    return Commit(Decide(org, station->state(), unit->state(), *now, c));  // only in an open unit
  } else {
    return Commit(Decide(org, station->state(), *now, c));
  }
}

Result<AppendResult> UnitHandler::operator()(const RecordStationOpening& c) { return AtStation(c); }

Result<AppendResult> UnitHandler::operator()(const CloseStation& c) { return AtStation(c); }

Result<AppendResult> UnitHandler::operator()(const ReopenStation& c) { return AtStation(c); }

Result<AppendResult> UnitHandler::operator()(const SubmitMonthlyReport& c) {
  auto unit = LoadUnit(c.unit_id);
  if (!unit.ok()) return unit.status();
  auto now = service.NowIn(unit->state());
  if (!now.ok()) return now.status();
  return Commit(Decide(org, unit->state(), *now, c));
}

}  // namespace homeward
