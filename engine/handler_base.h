#pragma once
// What every command handler shares: loading the streams a command concerns
// (each remembered with the version it was read at) and committing a decision
// that expects all of them unchanged, those it writes and those it only read.

#include <string>
#include <utility>
#include <vector>

#include "engine/activity_rules.h"
#include "engine/command_service.h"

namespace homeward {

using Versions = std::vector<std::pair<std::string, std::uint64_t>>;

// Every stream a handler loads is remembered with its version, and the append
// expects them all unchanged: the ones it writes and the ones it only read.
struct HandlerBase {
  CommandService& service;
  const CommandContext& ctx;
  const std::string& org = ctx.org;
  Versions read = {};

  template <typename State>
  Result<Loaded<State>> Remember(Result<Loaded<State>> loaded, std::string stream) {
    if (loaded.ok()) read.emplace_back(std::move(stream), loaded->version);
    return loaded;
  }
  Result<Loaded<UnitState>> LoadUnit(std::string_view id) {
    return Remember(service.LoadUnit(org, id), StreamOf(org, "unit", id));
  }
  Result<Loaded<VolunteerState>> LoadVolunteer(std::string_view id) {
    return Remember(service.LoadVolunteer(org, id), VolunteerStream(org, id));
  }
  Result<Loaded<ChildState>> LoadChild(std::string_view id) {
    return Remember(service.LoadChild(org, id), ChildStream(org, id));
  }
  Result<Loaded<ActivityState>> LoadActivity(std::string_view id) {
    return Remember(service.LoadActivity(org, id), StreamOf(org, "activity", id));
  }

  // Everyone holding or waiting for a place in `activity`.
  Result<People> LoadPeopleOf(const ActivityState& activity) {
    People people;
    for (const ActivitySlot& slot : activity.slots) {
      for (const auto* list : {&slot.holders, &slot.waiting}) {
        for (const std::string& id : *list) {
          auto v = LoadVolunteer(id);
          if (!v.ok()) return v.status();
          const VolunteerState& state = people.volunteers.emplace(id, v->state()).first->second;
          if (state.unit_id.empty() || people.units.contains(state.unit_id)) continue;
          auto unit = LoadUnit(state.unit_id);
          if (!unit.ok()) return unit.status();
          people.units.emplace(state.unit_id, unit->state());
        }
      }
    }
    return people;
  }

  // Loads a unit that may be named or not: an empty id loads an empty state.
  Result<Loaded<UnitState>> MaybeUnit(std::string_view id) {
    if (id.empty()) return Loaded<UnitState>{};
    return LoadUnit(id);
  }

  // Called once, last: the decision and the versions read move into the plan.
  Result<AppendResult> Commit(Result<Decision> decision) {
    if (!decision.ok()) return decision.status();
    if (ctx.plan_into != nullptr) {  // CommandService::Plan: decide only
      *ctx.plan_into = PlannedCommand{std::move(decision).value(), std::move(read)};
      return AppendResult{};
    }
    return service.Commit(ctx, *decision, read);
  }
};

}  // namespace homeward
