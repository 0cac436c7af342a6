// One attempt at a people command: load what the command concerns, decide,
// append with the versions decided on. CommandService::Execute retries it.

#include "engine/attendance_rules.h"
#include "engine/calendar_rules.h"
#include "engine/care_rules.h"
#include "engine/command_service.h"
#include "engine/execute_once.h"
#include "engine/handler_base.h"
#include "engine/program_rules.h"
#include "engine/time_zone.h"
#include "engine/transfer_rules.h"
#include "engine/work_calendar.h"

namespace homeward {
namespace {

// The most units, or activities, a closing looks over.
constexpr std::size_t kMaxListed = 1'000'000;

struct Handler : HandlerBase {
  // --- units ---
  Result<AppendResult> operator()(const CreateUnit& c) {
    if (!c.time_zone.empty()) {
      if (Status s = ValidateTimeZone(c.time_zone); !s.ok()) return s;
    }
    auto unit = LoadUnit(c.unit_id);
    if (!unit.ok()) return unit.status();
    auto parent = MaybeUnit(c.parent_id);
    if (!parent.ok()) return parent.status();
    return Commit(Decide(org, unit->state(), parent->state(), c));
  }
  Result<AppendResult> operator()(const MoveUnit& c) {
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
  template <typename C>
  requires std::same_as<C, RenameUnit> || std::same_as<C, ChangeUnitSettings> ||
      std::same_as<C, PublishWaiver>
          Result<AppendResult>
  operator()(const C& c) {
    auto unit = LoadUnit(c.unit_id);
    if (!unit.ok()) return unit.status();
    return Commit(Decide(org, unit->state(), c));
  }

  Result<AppendResult> operator()(const CloseUnit& c) {
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

  // The volunteers or children (`category`) registered with `unit_id`, each
  // read version remembered, so the append expects it.
  template <typename State>
  Result<std::vector<Loaded<State>>> MembersOf(
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

  // Every id of `category` in the organization. Errors: unavailable past
  // kMaxListed, rather than a check over part of them.
  Result<std::vector<std::string>> ListAll(std::string_view category) {
    auto ids = service.ListIds(org, category, kMaxListed + 1);
    if (ids.ok() && ids->size() > kMaxListed) {
      return Unavailable("more than " + std::to_string(kMaxListed) + " " + std::string(category) +
                         " streams to look over");
    }
    return ids;
  }

  Result<AppendResult> operator()(const DeclareHolidays& c) { return Commit(Decide(org, c)); }

  // --- transfers: the unit moved to is guarded, so a closing is not missed ---
  template <typename C>
  requires std::same_as<C, TransferVolunteer> || std::same_as<C, TransferChild> Result<AppendResult>
  operator()(const C& c) {
    auto person = [&] {
      if constexpr (std::same_as<C, TransferVolunteer>) {
        return LoadVolunteer(c.volunteer_id);
      } else {
        return LoadChild(c.child_id);
      }
    }();
    if (!person.ok()) return person.status();
    auto to = MaybeUnit(c.unit_id);
    if (!to.ok()) return to.status();
    if constexpr (std::same_as<C, TransferChild>) {
      // The day the move takes effect is judged where the child is.
      auto from = MaybeUnit(person->state().unit_id);
      if (!from.ok()) return from.status();
      auto now = service.NowIn(from->state());
      if (!now.ok()) return now.status();
      return Commit(Decide(org, person->state(), to->state(), *now, c));
    } else {
      return Commit(Decide(org, person->state(), to->state(), c));
    }
  }

  // Every volunteer and child of the organization is looked over; those of
  // the unit are transferred, each at the version looked at. One registered
  // with or moved to the unit meanwhile stays there.
  Result<AppendResult> operator()(const TransferUnitMembers& c) {
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

  // --- volunteers ---
  Result<AppendResult> operator()(const RegisterVolunteer& c) {
    auto volunteer = LoadVolunteer(c.volunteer_id);
    if (!volunteer.ok()) return volunteer.status();
    auto unit = LoadUnit(c.unit_id);
    if (!unit.ok()) return unit.status();
    auto now = service.NowIn(unit->state());
    if (!now.ok()) return now.status();
    return Commit(Decide(org, volunteer->state(), unit->state(), *now, c));
  }
  template <typename C>
  requires std::same_as<C, CorrectVolunteerDetails> || std::same_as<C, VetVolunteer>
      Result<AppendResult>
  operator()(const C& c) {
    auto volunteer = LoadVolunteer(c.volunteer_id);
    if (!volunteer.ok()) return volunteer.status();
    auto unit = MaybeUnit(volunteer->state().unit_id);
    if (!unit.ok()) return unit.status();
    auto now = service.NowIn(unit->state());
    if (!now.ok()) return now.status();
    return Commit(Decide(org, volunteer->state(), *now, c));
  }
  Result<AppendResult> operator()(const AcceptWaiver& c) {
    auto volunteer = LoadVolunteer(c.volunteer_id);
    if (!volunteer.ok()) return volunteer.status();
    // The waiver of the unit named, or else of the volunteer's own unit.
    auto unit = MaybeUnit(c.unit_id.empty() ? volunteer->state().unit_id : c.unit_id);
    if (!unit.ok()) return unit.status();
    return Commit(Decide(org, volunteer->state(), unit->state(), c));
  }
  template <typename C>
  requires std::same_as<C, IssueCalendarFeed> || std::same_as<C, RevokeCalendarFeed>
      Result<AppendResult>
  operator()(const C& c) {
    auto volunteer = LoadVolunteer(c.volunteer_id);
    if (!volunteer.ok()) return volunteer.status();
    return Commit(Decide(org, volunteer->state(), c));
  }
  Result<AppendResult> operator()(const ReinstateVolunteer& c) {
    auto volunteer = LoadVolunteer(c.volunteer_id);
    if (!volunteer.ok()) return volunteer.status();
    return Commit(Decide(org, volunteer->state(), c));
  }
  template <typename C>
  requires std::same_as<C, SuspendVolunteer> || std::same_as<C, VolunteerLeaves> ||
      std::same_as<C, EraseVolunteerData>
          Result<AppendResult>
  operator()(const C& c) {
    // Every care event is in the volunteer's stream too, so its version
    // guards the roles and pairs a suspension ends.
    auto volunteer = LoadVolunteer(c.volunteer_id);
    if (!volunteer.ok()) return volunteer.status();
    Result<Decision> decision = Decide(org, volunteer->state(), c);
    if (!decision.ok()) return decision.status();
    // Their places in activities still to come end too, and each activity's
    // waitlist moves up, in the same append.
    Decision all = std::move(decision).value();
    auto unit = MaybeUnit(volunteer->state().unit_id);
    if (!unit.ok()) return unit.status();
    auto now = service.NowIn(unit->state());
    if (!now.ok()) return now.status();
    const std::string why =
        std::same_as<C, EraseVolunteerData>
            ? std::string("volunteer's personal data erased")
            : std::string(std::same_as<C, SuspendVolunteer> ? "volunteer suspended: "
                                                            : "volunteer left: ") +
                  c.reason;
    for (const Booking& booking : volunteer->state().bookings) {
      // A cancelled activity's place ends too: a reschedule would bring it back.
      if (booking.starts_at_us <= now->utc_us) continue;
      auto activity = LoadActivity(booking.activity_id);
      if (!activity.ok()) return activity.status();
      auto people = LoadPeopleOf(activity->state());
      if (!people.ok()) return people.status();
      auto withdrawn = Decide(org, activity->state(), *people, *now,
                              Withdraw{booking.activity_id, c.volunteer_id, true, why});
      if (!withdrawn.ok()) return withdrawn.status();
      all.insert(all.end(), withdrawn->begin(), withdrawn->end());
    }
    return Commit(all);
  }

  // --- children ---
  Result<AppendResult> operator()(const RegisterChild& c) {
    auto child = LoadChild(c.child_id);
    if (!child.ok()) return child.status();
    auto unit = LoadUnit(c.unit_id);
    if (!unit.ok()) return unit.status();
    auto now = service.NowIn(unit->state());
    if (!now.ok()) return now.status();
    return Commit(Decide(org, child->state(), unit->state(), *now, c));
  }
  template <typename C>
  Result<AppendResult> ChildOnly(const C& c) {
    auto child = LoadChild(c.child_id);
    if (!child.ok()) return child.status();
    // Commands whose rules need today's date get it in the child's unit's zone.
    if constexpr (requires(const ChildState& s, Now n) { Decide(std::string_view(), s, n, c); }) {
      auto unit = MaybeUnit(child->state().unit_id);
      if (!unit.ok()) return unit.status();
      auto now = service.NowIn(unit->state());
      if (!now.ok()) return now.status();
      return Commit(Decide(org, child->state(), *now, c));
    } else {
      return Commit(Decide(org, child->state(), c));
    }
  }
  Result<AppendResult> operator()(const UpdateCard& c) { return ChildOnly(c); }
  Result<AppendResult> operator()(const ReviewCard& c) { return ChildOnly(c); }
  Result<AppendResult> operator()(const ApproveCard& c) { return ChildOnly(c); }
  Result<AppendResult> operator()(const RecordSurvey& c) { return ChildOnly(c); }
  Result<AppendResult> operator()(const GiveConsent& c) { return ChildOnly(c); }
  // A child out of the programme, or whose guardian withdrew consent to
  // trips, is taken off the activities still to come (trips only, for the
  // trip consent), in the same append.
  template <typename C>
  requires std::same_as<C, WithdrawConsent> || std::same_as<C, ChildLeaves> ||
      std::same_as<C, EraseChildData>
          Result<AppendResult>
  operator()(const C& c) {
    auto child = LoadChild(c.child_id);
    if (!child.ok()) return child.status();
    auto unit = MaybeUnit(child->state().unit_id);
    if (!unit.ok()) return unit.status();
    auto now = service.NowIn(unit->state());
    if (!now.ok()) return now.status();
    Result<Decision> decision = [&] {
      if constexpr (std::same_as<C, WithdrawConsent>) {
        return Decide(org, child->state(), *now, c);
      } else {
        return Decide(org, child->state(), c);
      }
    }();
    if (!decision.ok()) return decision.status();
    Decision all = std::move(decision).value();
    bool trips_only = false;
    std::string why;
    if constexpr (std::same_as<C, WithdrawConsent>) {
      if (c.kind != ConsentKind::kTrips) return Commit(all);
      trips_only = true;
      why = "guardian withdrew consent to trips";
    } else if constexpr (std::same_as<C, ChildLeaves>) {
      why = "child left the programme";
    } else {
      why = "child's personal data erased";
    }
    for (const std::string& activity_id : child->state().enrolled) {
      auto activity = LoadActivity(activity_id);
      if (!activity.ok()) return activity.status();
      const ActivityState& a = activity->state();
      if (a.completed || a.plan.starts_at_us <= now->utc_us) continue;
      if (trips_only && a.plan.kind != ActivityKind::kTrip) continue;
      auto off = Decide(org, a, UnenrollChild{activity_id, c.child_id, why});
      if (!off.ok()) return off.status();
      all.insert(all.end(), off->begin(), off->end());
    }
    return Commit(all);
  }
  Result<AppendResult> operator()(const RecordContact& c) { return ChildOnly(c); }
  Result<AppendResult> operator()(const CorrectContact& c) { return ChildOnly(c); }
  Result<AppendResult> operator()(const EndCareRole& c) { return ChildOnly(c); }
  Result<AppendResult> operator()(const EndHelpPair& c) { return ChildOnly(c); }

  // --- stations and reports ---
  Result<Loaded<StationState>> LoadStation(std::string_view id) {
    return Remember(service.LoadStation(org, id), StreamOf(org, "station", id));
  }
  Result<AppendResult> operator()(const RegisterStation& c) {
    auto station = LoadStation(c.station_id);
    if (!station.ok()) return station.status();
    auto unit = LoadUnit(c.unit_id);
    if (!unit.ok()) return unit.status();
    return Commit(Decide(org, station->state(), unit->state(), c));
  }
  Result<AppendResult> operator()(const RecordStationOpening& c) {
    auto station = LoadStation(c.station_id);
    if (!station.ok()) return station.status();
    auto unit = MaybeUnit(station->state().registration.unit_id);
    if (!unit.ok()) return unit.status();
    auto now = service.NowIn(unit->state());
    if (!now.ok()) return now.status();
    return Commit(Decide(org, station->state(), *now, c));
  }
  Result<AppendResult> operator()(const SubmitMonthlyReport& c) {
    auto unit = LoadUnit(c.unit_id);
    if (!unit.ok()) return unit.status();
    auto now = service.NowIn(unit->state());
    if (!now.ok()) return now.status();
    return Commit(Decide(org, unit->state(), *now, c));
  }

  // --- care between a child and a volunteer ---
  template <typename C>
  requires std::same_as<C, AssignCareRole> || std::same_as<C, FormHelpPair> Result<AppendResult>
  operator()(const C& c) {
    auto child = LoadChild(c.child_id);
    if (!child.ok()) return child.status();
    auto volunteer = LoadVolunteer(c.volunteer_id);
    if (!volunteer.ok()) return volunteer.status();
    auto child_unit = MaybeUnit(child->state().unit_id);
    if (!child_unit.ok()) return child_unit.status();
    auto volunteer_unit = MaybeUnit(volunteer->state().unit_id);
    if (!volunteer_unit.ok()) return volunteer_unit.status();
    auto now = service.NowIn(child_unit->state());
    if (!now.ok()) return now.status();
    return Commit(Decide(org, child->state(), child_unit->state(), volunteer->state(),
                         volunteer_unit->state(), *now, c));
  }
};

}  // namespace

Result<AppendResult> ExecuteOnce(CommandService& service, const CommandContext& context,
                                 const PeopleCommand& command) {
  return std::visit(Handler{{service, context}}, command);
}

}  // namespace homeward
