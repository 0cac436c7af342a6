#pragma once
// An organization unit: its state folded from its stream, and the pure rules
// for the unit commands.

#include <string>
#include <vector>

#include "engine/decision.h"
#include "events/people_commands.h"
#include "events/unit_events.h"

namespace homeward {

// How deep units may nest: a move that would make a chain of parents longer
// (or a cycle) is refused, and a walk up the tree goes no further.
inline constexpr int kMaxUnitDepth = 64;

struct UnitState {
  bool exists = false;
  bool closed = false;
  std::string unit_id;
  std::string name;
  UnitKind kind = UnitKind::kOther;
  std::string parent_id;
  std::string time_zone{kDefaultTimeZone};
  std::uint32_t role_limit = kDefaultRoleLimit;
  std::uint32_t help_pair_limit = kDefaultHelpPairLimit;
  bool hours_include_travel = false;
  std::uint32_t daily_slot_limit = kDefaultDailySlotLimit;  // 0: no limit
  std::string waiver_version;                               // empty until a waiver is published
  std::string waiver_text;
};

// Folds one event of the unit's stream into `state`; other events are ignored.
void Apply(UnitState& state, const Event& event);

// Refuses unless `unit` exists and is open: not_found or inactive.
Status RequireOpenUnit(const UnitState& unit, std::string_view unit_id);

// The deciders. `org` names the organization; `parent` is the state of the
// parent the command names (an empty state when it names none); `ancestry`
// lists the ids from the new parent up to the top of the tree.
Result<Decision> Decide(std::string_view org, const UnitState& unit, const UnitState& parent,
                        const CreateUnit& command);
Result<Decision> Decide(std::string_view org, const UnitState& unit, const RenameUnit& command);
Result<Decision> Decide(std::string_view org, const UnitState& unit, const UnitState& parent,
                        const std::vector<std::string>& ancestry, const MoveUnit& command);
// What still hangs on a unit about to close: the ids of its open sub-units,
// and of its activities neither cancelled nor completed.
struct UnitDependents {
  std::vector<std::string> open_sub_units;
  std::vector<std::string> live_activities;
};

// Refusals: not_found, inactive (closed already), invalid_argument (no
// reason), unit_in_use while `dependents` names anything: sub-units are moved
// or closed, and activities cancelled or completed, first. The message names
// up to five of each.
Result<Decision> Decide(std::string_view org, const UnitState& unit,
                        const UnitDependents& dependents, const CloseUnit& command);
Result<Decision> Decide(std::string_view org, const UnitState& unit,
                        const ChangeUnitSettings& command);
Result<Decision> Decide(std::string_view org, const UnitState& unit, const PublishWaiver& command);

}  // namespace homeward
