// One attempt at an activity command: load the activity and whoever the
// command concerns, decide, append expecting them all unchanged.
// CommandService::Execute retries it.

#include "engine/activity_rules.h"
#include "engine/command_service.h"
#include "engine/handler_base.h"

namespace homeward {
namespace {

struct ActivityHandler : HandlerBase {
  Result<Loaded<ActivityState>> LoadActivity(std::string_view id) {
    return Remember(service.LoadActivity(org, id), StreamOf(org, "activity", id));
  }

  // Everyone holding or waiting for a place in `activity`.
  Result<VolunteerStates> LoadPeopleOf(const ActivityState& activity) {
    VolunteerStates states;
    for (const ActivitySlot& slot : activity.slots) {
      for (const auto* list : {&slot.holders, &slot.waiting}) {
        for (const std::string& id : *list) {
          auto v = LoadVolunteer(id);
          if (!v.ok()) return v.status();
          states.emplace(id, std::move(v->state));
        }
      }
    }
    return states;
  }

  // Today in the activity's unit (or the default zone before it exists).
  Result<Now> NowFor(const std::string& unit_id) {
    auto unit = MaybeUnit(unit_id);
    if (!unit.ok()) return unit.status();
    return service.NowIn(unit->state);
  }

  Result<AppendResult> operator()(const PlanActivity& c) {
    auto activity = LoadActivity(c.activity_id);
    if (!activity.ok()) return activity.status();
    auto unit = LoadUnit(c.unit_id);
    if (!unit.ok()) return unit.status();
    auto now = service.NowIn(unit->state);
    if (!now.ok()) return now.status();
    return Commit(Decide(org, activity->state, unit->state, *now, c));
  }

  template <typename C>
  requires std::same_as<C, AddSlot> || std::same_as<C, OpenRecruitment> ||
      std::same_as<C, CloseRecruitment> || std::same_as<C, CancelActivity> ||
      std::same_as<C, PledgeSponsor>
          Result<AppendResult>
  operator()(const C& c) {
    auto activity = LoadActivity(c.activity_id);
    if (!activity.ok()) return activity.status();
    if constexpr (std::same_as<C, CancelActivity>) {
      // The holders' streams are written too; their versions guard who holds.
      auto people = LoadPeopleOf(activity->state);
      if (!people.ok()) return people.status();
    }
    return Commit(Decide(org, activity->state, c));
  }

  Result<AppendResult> operator()(const SignUp& c) {
    auto activity = LoadActivity(c.activity_id);
    if (!activity.ok()) return activity.status();
    auto volunteer = LoadVolunteer(c.volunteer_id);
    if (!volunteer.ok()) return volunteer.status();
    auto unit = MaybeUnit(volunteer->state.unit_id);
    if (!unit.ok()) return unit.status();
    auto now = NowFor(activity->state.plan.unit_id);
    if (!now.ok()) return now.status();
    return Commit(Decide(org, activity->state, volunteer->state, unit->state, *now, c));
  }

  template <typename C>
  requires std::same_as<C, Withdraw> || std::same_as<C, RescheduleActivity> Result<AppendResult>
  operator()(const C& c) {
    auto activity = LoadActivity(c.activity_id);
    if (!activity.ok()) return activity.status();
    auto people = LoadPeopleOf(activity->state);
    if (!people.ok()) return people.status();
    auto now = NowFor(activity->state.plan.unit_id);
    if (!now.ok()) return now.status();
    return Commit(Decide(org, activity->state, *people, *now, c));
  }

  Result<AppendResult> operator()(const ChangeCapacity& c) {
    auto activity = LoadActivity(c.activity_id);
    if (!activity.ok()) return activity.status();
    auto people = LoadPeopleOf(activity->state);
    if (!people.ok()) return people.status();
    return Commit(Decide(org, activity->state, *people, c));
  }

  Result<AppendResult> operator()(const CompleteActivity& c) {
    auto activity = LoadActivity(c.activity_id);
    if (!activity.ok()) return activity.status();
    auto now = NowFor(activity->state.plan.unit_id);
    if (!now.ok()) return now.status();
    return Commit(Decide(org, activity->state, *now, c));
  }
};

}  // namespace

Result<AppendResult> ExecuteOnce(CommandService& service, const CommandContext& context,
                                 const ActivityCommand& command) {
  return std::visit(ActivityHandler{{service, context}}, command);
}

}  // namespace homeward
