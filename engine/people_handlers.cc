// One attempt at a people command: load what the command concerns, decide,
// append with the versions decided on. CommandService::Execute retries it.
// Commands on units and what hangs on them are unit_handlers.cc's.

#include "engine/attendance_rules.h"
#include "engine/calendar_rules.h"
#include "engine/care_rules.h"
#include "engine/command_service.h"
#include "engine/departure_rules.h"
#include "engine/execute_once.h"
#include "engine/seal.h"
#include "engine/time_zone.h"
#include "engine/unit_handlers.h"

namespace homeward {
namespace {

// Volunteer `id`'s details as their stream records them up to `version`,
// personal fields opened (those of an erased volunteer read "[erased]").
// Errors: as ReadStream; corruption for an event that does not open.
Result<VolunteerDetails> OpenedDetails(const EventLog& log, std::string_view org,
                                       std::string_view id, std::uint64_t version) {
  Result<std::vector<Envelope>> envelopes = log.ReadStream(VolunteerStream(org, id), 1, version);
  if (!envelopes.ok()) return envelopes.status();
  VolunteerState opened;
  for (const Envelope& envelope : *envelopes) {
    Result<Event> event = OpenEvent(envelope, log.keys());
    if (!event.ok()) return event.status();
    Apply(opened, *event);
  }
  return opened.details;
}

struct Handler : UnitHandler {
  using UnitHandler::operator();

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
  Result<AppendResult> operator()(const UpdateContactDetails& c) {
    auto volunteer = LoadVolunteer(c.volunteer_id);
    if (!volunteer.ok()) return volunteer.status();
    const VolunteerState& state = volunteer->state();
    // A volunteer missing or gone is refused before any personal data opens.
    if (!state.exists || state.left) return Commit(Decide(org, state, VolunteerDetails{}, c));
    // The loaded state leaves personal fields sealed and the correction keeps
    // them: they are read opened, as of the version the append expects.
    auto recorded = OpenedDetails(service.log(), org, c.volunteer_id, volunteer->version);
    if (!recorded.ok()) return recorded.status();
    return Commit(Decide(org, state, *recorded, c));
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
  // A departure ends the volunteer's care and their places still to come,
  // each activity's waitlist moving up, in the same append. Every care event
  // is in the volunteer's stream too, so its version guards the roles and
  // pairs it ends; each activity read guards its withdrawal.
  template <typename C>
  requires std::same_as<C, SuspendVolunteer> || std::same_as<C, VolunteerLeaves> ||
      std::same_as<C, EraseVolunteerData>
          Result<AppendResult>
  operator()(const C& c) {
    auto volunteer = LoadVolunteer(c.volunteer_id);
    if (!volunteer.ok()) return volunteer.status();
    auto unit = MaybeUnit(volunteer->state().unit_id);
    if (!unit.ok()) return unit.status();
    auto now = service.NowIn(unit->state());
    if (!now.ok()) return now.status();
    const ActivityReader read = [&](const std::string& id, const ActivityDecision& decide) {
      auto activity = LoadActivity(id);
      if (!activity.ok()) return activity.status();
      auto people = LoadPeopleOf(activity->state());
      if (!people.ok()) return people.status();
      auto home = MaybeUnit(activity->state().plan.unit_id);
      if (!home.ok()) return home.status();
      auto there = service.NowIn(home->state());  // whom the waitlist promotes, as of there
      if (!there.ok()) return there.status();
      return decide(activity->state(), home->state(), *people, *there);
    };
    return Commit(DecideDeparture(org, volunteer->state(), *now, c, read));
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
    const ActivityStateReader read =
        [&](const std::string& id, const std::function<Status(const ActivityState&)>& decide) {
          auto activity = LoadActivity(id);
          if (!activity.ok()) return activity.status();
          return decide(activity->state());
        };
    return Commit(DecideDeparture(org, child->state(), *now, c, read));
  }
  Result<AppendResult> operator()(const RecordContact& c) { return ChildOnly(c); }
  Result<AppendResult> operator()(const CorrectContact& c) { return ChildOnly(c); }
  Result<AppendResult> operator()(const EndCareRole& c) { return ChildOnly(c); }
  Result<AppendResult> operator()(const EndHelpPair& c) { return ChildOnly(c); }

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
  return std::visit(Handler{{{service, context}}}, command);
}

}  // namespace homeward
