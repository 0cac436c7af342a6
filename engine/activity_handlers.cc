// One attempt at an activity command: load the activity and whoever the
// command concerns, decide, append expecting them all unchanged.
// CommandService::Execute retries it.

#include "engine/activity_rules.h"
#include "engine/attendance_rules.h"
#include "engine/chain.h"
#include "engine/command_service.h"
#include "engine/execute_once.h"
#include "engine/handler_base.h"
#include "engine/program_rules.h"
#include "engine/reflection_rules.h"

namespace homeward {
namespace {

struct ActivityHandler : HandlerBase {
  // An activity's unit (loaded, so the append expects it unchanged; empty
  // before the activity exists) and today on that unit's clock.
  struct Home {
    Loaded<UnitState> unit;
    Now now;
  };
  Result<Home> HomeOf(const ActivityState& activity) {
    auto unit = MaybeUnit(activity.plan.unit_id);
    if (!unit.ok()) return unit.status();
    auto now = service.NowIn(unit->state());
    if (!now.ok()) return now.status();
    return Home{std::move(unit).value(), *now};
  }

  Result<AppendResult> operator()(const PlanActivity& c) {
    auto activity = LoadActivity(c.activity_id);
    if (!activity.ok()) return activity.status();
    auto unit = LoadUnit(c.unit_id);
    if (!unit.ok()) return unit.status();
    auto now = service.NowIn(unit->state());
    if (!now.ok()) return now.status();
    return Commit(Decide(org, activity->state(), unit->state(), *now, c));
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
      auto people = LoadPeopleOf(activity->state());
      if (!people.ok()) return people.status();
    }
    if constexpr (std::same_as<C, OpenRecruitment>) {
      auto home = HomeOf(activity->state());
      if (!home.ok()) return home.status();
      return Commit(Decide(org, activity->state(), home->unit.state(), c));
    } else {
      return Commit(Decide(org, activity->state(), c));
    }
  }

  // A volunteer joining an activity: decided with the activity's home unit,
  // the volunteer and the volunteer's own unit (if any).
  template <typename C>
  requires std::same_as<C, SignUp> || std::same_as<C, JoinLibraryBuild> Result<AppendResult>
  operator()(const C& c) {
    auto activity = LoadActivity(c.activity_id);
    if (!activity.ok()) return activity.status();
    auto volunteer = LoadVolunteer(c.volunteer_id);
    if (!volunteer.ok()) return volunteer.status();
    auto unit = MaybeUnit(volunteer->state().unit_id);
    if (!unit.ok()) return unit.status();
    auto home = HomeOf(activity->state());
    if (!home.ok()) return home.status();
    return Commit(Decide(org, activity->state(), home->unit.state(), volunteer->state(),
                         unit->state(), home->now, c));
  }

  // The commands that may move the waitlist up: everyone in the activity is
  // loaded, with their units, for the checks a promotion repeats.
  template <typename C>
  requires std::same_as<C, Withdraw> || std::same_as<C, RescheduleActivity> ||
      std::same_as<C, ChangeCapacity>
          Result<AppendResult>
  operator()(const C& c) {
    auto activity = LoadActivity(c.activity_id);
    if (!activity.ok()) return activity.status();
    auto people = LoadPeopleOf(activity->state());
    if (!people.ok()) return people.status();
    auto home = HomeOf(activity->state());
    if (!home.ok()) return home.status();
    return Commit(Decide(org, activity->state(), home->unit.state(), *people, home->now, c));
  }

  template <typename C>
  requires std::same_as<C, UnenrollChild> || std::same_as<C, FormGroup> ||
      std::same_as<C, RemoveFromGroup> || std::same_as<C, RequestHoursCorrection> ||
      std::same_as<C, DecideHoursCorrection>
          Result<AppendResult>
  operator()(const C& c) {
    auto activity = LoadActivity(c.activity_id);
    if (!activity.ok()) return activity.status();
    return Commit(Decide(org, activity->state(), c));
  }

  template <typename C>
  requires std::same_as<C, CheckIn> || std::same_as<C, CheckOut> ||
      std::same_as<C, RecordAttendance>
          Result<AppendResult>
  operator()(const C& c) {
    auto activity = LoadActivity(c.activity_id);
    if (!activity.ok()) return activity.status();
    auto home = HomeOf(activity->state());
    if (!home.ok()) return home.status();
    return Commit(Decide(org, activity->state(), home->now, c));
  }

  Result<AppendResult> operator()(const OpenCheckIn& c) {
    auto activity = LoadActivity(c.activity_id);
    if (!activity.ok()) return activity.status();
    auto home = HomeOf(activity->state());
    if (!home.ok()) return home.status();
    OpenCheckIn with_code = c;
    if (with_code.code.empty()) {
      // Six digits, easy to read out to a group; drawn from the OS's entropy.
      const Hash random = RandomBytes();
      const std::uint32_t n =
          (std::uint32_t{random[0]} << 16 | std::uint32_t{random[1]} << 8 | random[2]) % 1'000'000;
      with_code.code = std::to_string(1'000'000 + n).substr(1);
    }
    return Commit(Decide(org, activity->state(), home->now, with_code));
  }

  Result<AppendResult> operator()(const ConfirmHours& c) {
    auto activity = LoadActivity(c.activity_id);
    if (!activity.ok()) return activity.status();
    auto home = HomeOf(activity->state());
    if (!home.ok()) return home.status();
    return Commit(Decide(org, activity->state(), home->unit.state(), home->now, c));
  }

  Result<AppendResult> operator()(const EnrollChild& c) {
    auto activity = LoadActivity(c.activity_id);
    if (!activity.ok()) return activity.status();
    auto child = LoadChild(c.child_id);
    if (!child.ok()) return child.status();
    auto home = HomeOf(activity->state());
    if (!home.ok()) return home.status();
    return Commit(Decide(org, activity->state(), home->unit.state(), child->state(), c));
  }

  Result<AppendResult> operator()(const AssignToGroup& c) {
    auto activity = LoadActivity(c.activity_id);
    if (!activity.ok()) return activity.status();
    Loaded<VolunteerState> volunteer;
    if (!c.child) {
      auto loaded = LoadVolunteer(c.person_id);
      if (!loaded.ok()) return loaded.status();
      volunteer = std::move(loaded).value();
    }
    auto home = HomeOf(activity->state());
    if (!home.ok()) return home.status();
    return Commit(Decide(org, activity->state(), volunteer.state(), home->now, c));
  }

  template <typename C>
  requires std::same_as<C, DonateBooks> || std::same_as<C, PairFriend> ||
      std::same_as<C, FulfilPledge> || std::same_as<C, ChangeActivityDetails> ||
      std::same_as<C, DistributeAid>
          Result<AppendResult>
  operator()(const C& c) {
    auto activity = LoadActivity(c.activity_id);
    if (!activity.ok()) return activity.status();
    return Commit(Decide(org, activity->state(), c));
  }

  Result<AppendResult> operator()(const RecordSession& c) {
    auto activity = LoadActivity(c.activity_id);
    if (!activity.ok()) return activity.status();
    auto counselor = LoadVolunteer(c.counselor_id);
    if (!counselor.ok()) return counselor.status();
    auto home = HomeOf(activity->state());
    if (!home.ok()) return home.status();
    return Commit(Decide(org, activity->state(), counselor->state(), home->now, c));
  }

  Result<AppendResult> operator()(const PostReflection& c) {
    auto activity = LoadActivity(c.activity_id);
    if (!activity.ok()) return activity.status();
    auto volunteer = LoadVolunteer(c.volunteer_id);
    if (!volunteer.ok()) return volunteer.status();
    auto home = HomeOf(activity->state());
    if (!home.ok()) return home.status();
    return Commit(Decide(org, activity->state(), volunteer->state(), home->now, c));
  }

  Result<AppendResult> operator()(const RequestFollowUp& c) {
    auto activity = LoadActivity(c.activity_id);
    if (!activity.ok()) return activity.status();
    auto home = HomeOf(activity->state());
    if (!home.ok()) return home.status();
    return Commit(Decide(org, activity->state(), home->now, c));
  }

  Result<AppendResult> operator()(const CompleteActivity& c) {
    auto activity = LoadActivity(c.activity_id);
    if (!activity.ok()) return activity.status();
    auto home = HomeOf(activity->state());
    if (!home.ok()) return home.status();
    return Commit(Decide(org, activity->state(), home->now, c));
  }
};

}  // namespace

Result<AppendResult> ExecuteOnce(CommandService& service, const CommandContext& context,
                                 const ActivityCommand& command) {
  return std::visit(ActivityHandler{{service, context}}, command);
}

}  // namespace homeward
