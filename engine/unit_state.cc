#include "engine/unit_state.h"

#include <algorithm>

namespace homeward {
namespace {

struct ApplyUnit {
  UnitState& s;
  void operator()(const UnitCreated& e) {
    s.exists = true;
    s.unit_id = e.unit_id;
    s.name = e.name;
    s.kind = e.kind;
    s.parent_id = e.parent_id;
    s.time_zone = e.time_zone;
  }
  void operator()(const UnitRenamed& e) { s.name = e.name; }
  void operator()(const UnitMoved& e) { s.parent_id = e.parent_id; }
  void operator()(const UnitClosed&) { s.closed = true; }
  void operator()(const UnitSettingsChanged& e) {
    s.role_limit = e.role_limit;
    s.help_pair_limit = e.help_pair_limit;
    s.hours_include_travel = e.hours_include_travel;
    s.daily_slot_limit = e.daily_slot_limit;
  }
  void operator()(const WaiverPublished& e) {
    s.waiver_version = e.version;
    s.waiver_text = e.text;
  }
  template <typename Other>
  void operator()(const Other&) {}
};

Decision One(std::string_view org, std::string_view unit_id, Event event) {
  return {Emit{StreamOf(org, "unit", unit_id), std::move(event)}};
}

}  // namespace

void Apply(UnitState& state, const Event& event) { std::visit(ApplyUnit{state}, event); }

Status RequireOpenUnit(const UnitState& unit, std::string_view unit_id) {
  if (!unit.exists) return Missing("unit '" + std::string(unit_id) + "' does not exist");
  if (unit.closed) {
    return Refuse(reason::kInactive, "unit '" + unit.name + "' is closed");
  }
  return Status::Ok();
}

Result<Decision> Decide(std::string_view org, const UnitState& unit, const UnitState& parent,
                        const CreateUnit& c) {
  if (c.unit_id.empty() || c.name.empty()) return Invalid("a unit needs an id and a name");
  if (Status s = SingleLine(c.name, "a unit's name"); !s.ok()) return s;
  if (unit.exists) {
    return Refuse(reason::kAlreadyExists, "unit '" + c.unit_id + "' already exists");
  }
  if (!c.parent_id.empty()) {
    if (Status s = RequireOpenUnit(parent, c.parent_id); !s.ok()) return s;
  }
  return One(org, c.unit_id,
             UnitCreated{c.unit_id, c.name, c.kind, c.parent_id,
                         c.time_zone.empty() ? std::string(kDefaultTimeZone) : c.time_zone});
}

Result<Decision> Decide(std::string_view org, const UnitState& unit, const RenameUnit& c) {
  if (Status s = RequireOpenUnit(unit, c.unit_id); !s.ok()) return s;
  if (c.name.empty()) return Invalid("a unit's name cannot be empty");
  if (Status s = SingleLine(c.name, "a unit's name"); !s.ok()) return s;
  return One(org, c.unit_id, UnitRenamed{c.unit_id, c.name});
}

Result<Decision> Decide(std::string_view org, const UnitState& unit, const UnitState& parent,
                        const std::vector<std::string>& ancestry, const MoveUnit& c) {
  if (Status s = RequireOpenUnit(unit, c.unit_id); !s.ok()) return s;
  if (c.parent_id.empty()) return One(org, c.unit_id, UnitMoved{c.unit_id, ""});  // to the top
  if (Status s = RequireOpenUnit(parent, c.parent_id); !s.ok()) return s;
  if (c.parent_id == c.unit_id ||
      std::find(ancestry.begin(), ancestry.end(), c.unit_id) != ancestry.end()) {
    return Invalid("unit '" + unit.name + "' cannot move under itself or one of its own units");
  }
  return One(org, c.unit_id, UnitMoved{c.unit_id, c.parent_id});
}

Result<Decision> Decide(std::string_view org, const UnitState& unit, const UnitDependents& d,
                        const CloseUnit& c) {
  if (Status s = RequireOpenUnit(unit, c.unit_id); !s.ok()) return s;
  if (c.reason.empty()) return Invalid("closing a unit needs a reason");
  if (!d.open_sub_units.empty() || !d.live_activities.empty()) {
    // "open sub-units 'a', 'b' (2 in all) to move or close", five ids at most.
    std::vector<std::string> parts;
    const auto list = [&](const std::vector<std::string>& ids, std::string_view kind,
                          std::string_view then) {
      if (ids.empty()) return;
      std::string part(kind);
      for (std::size_t i = 0; i < ids.size() && i < 5; ++i)
        part += (i == 0 ? " '" : ", '") + ids[i] + "'";
      if (ids.size() > 5) part += ", ...";
      parts.push_back(part + " (" + std::to_string(ids.size()) + " in all) to " +
                      std::string(then));
    };
    list(d.open_sub_units, "open sub-units", "move or close");
    list(d.live_activities, "activities neither cancelled nor completed", "cancel or complete");
    std::string what = parts.front();
    if (parts.size() > 1) what += ", and " + parts.back();
    return Refuse(reason::kUnitInUse, "unit '" + unit.name + "' still has " + what + " first");
  }
  return One(org, c.unit_id, UnitClosed{c.unit_id, c.reason});
}

Result<Decision> Decide(std::string_view org, const UnitState& unit, const ChangeUnitSettings& c) {
  if (Status s = RequireOpenUnit(unit, c.unit_id); !s.ok()) return s;
  const UnitSettingsChanged changed{c.unit_id, c.role_limit.value_or(unit.role_limit),
                                    c.help_pair_limit.value_or(unit.help_pair_limit),
                                    c.hours_include_travel.value_or(unit.hours_include_travel),
                                    c.daily_slot_limit.value_or(unit.daily_slot_limit)};
  if (changed.role_limit == 0 || changed.help_pair_limit == 0) {
    return Invalid("the limits of children per volunteer must be at least 1");
  }
  return One(org, c.unit_id, changed);
}

Result<Decision> Decide(std::string_view org, const UnitState& unit, const PublishWaiver& c) {
  if (Status s = RequireOpenUnit(unit, c.unit_id); !s.ok()) return s;
  if (c.version.empty() || c.text.empty()) return Invalid("a waiver needs a version and a text");
  if (c.version == unit.waiver_version) {
    return Refuse(reason::kAlreadyExists,
                  "waiver version '" + c.version + "' is already published");
  }
  return One(org, c.unit_id, WaiverPublished{c.unit_id, c.version, c.text});
}

}  // namespace homeward
