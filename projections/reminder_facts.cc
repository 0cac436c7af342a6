// The fold of the reminders view: it records facts only; reminders.cc turns
// them into reminders at the moment a query asks.

#include "engine/attendance_rules.h"
#include "events/personal.h"
#include "projections/reminders.h"
#include "projections/view_support.h"

namespace homeward {
namespace {

void ApplyUnit(RemindersState& s, std::string_view org, const Mark& mark, const Event& event) {
  std::visit(Overloaded{
                 [&](const UnitCreated& e) {
                   ReminderUnit& u = s.units[OrgKey(org, e.unit_id)];
                   u = ReminderUnit{e.name, {}, e.time_zone, false, {}, {}};
                   u.membership.Move(mark.at_us, mark.position, e.parent_id);
                 },
                 [&](const UnitRenamed& e) {
                   if (auto* u = Find(s.units, OrgKey(org, e.unit_id))) u->name = e.name;
                 },
                 [&](const UnitMoved& e) {
                   if (auto* u = Find(s.units, OrgKey(org, e.unit_id)))
                     u->membership.Move(mark.at_us, mark.position, e.parent_id);
                 },
                 [&](const UnitClosed& e) {
                   if (auto* u = Find(s.units, OrgKey(org, e.unit_id))) u->closed = true;
                 },
                 [&](const WaiverPublished& e) {
                   // A version published again while in force changes nothing.
                   auto* u = Find(s.units, OrgKey(org, e.unit_id));
                   if (u && (u->waivers.empty() || u->waivers.back().first != e.version))
                     u->waivers.emplace_back(e.version, mark);
                 },
                 [&](const MonthlyReportSubmitted& e) {
                   if (auto* u = Find(s.units, OrgKey(org, e.unit_id)))
                     u->reports.try_emplace(e.month, mark);  // the first submission counts
                 },
                 [](const auto&) {},
             },
             event);
}

void ApplyChild(RemindersState& s, std::string_view org, std::string_view id, const Mark& mark,
                const Event& event) {
  const std::string key = OrgKey(org, id);
  if (const auto* e = std::get_if<ChildRegistered>(&event)) {
    s.children[key] = ReminderChild{false, mark, {}, {}, {}, {}, {}, 0, 0, {{e->unit_id, mark}}};
    return;
  }
  ReminderChild* child = Find(s.children, key);
  if (child == nullptr) return;
  std::visit(Overloaded{
                 [&](const ChildLeft&) { child->left = true; },
                 [&](const ChildTransferred& e) { child->units.emplace_back(e.unit_id, mark); },
                 // A guardian's withdrawal waits for a coordinator to confirm the erasure.
                 [&](const ConsentWithdrawn& e) {
                   if (e.kind == ConsentKind::kDataProcessing) child->consent_withdrawn = mark;
                 },
                 [&](const ConsentGiven& e) {
                   if (e.kind != ConsentKind::kDataProcessing) return;
                   if (child->consented == 0) child->consented = mark.position;
                   if (child->erased == 0) child->consent_withdrawn = Mark{};
                 },
                 [&](const ChildDataErased&) {
                   child->erased = mark.position;
                   child->left = true;
                 },
                 [&](const SurveyRecorded& e) { child->surveys.emplace_back(e.surveyed_on, mark); },
                 [&](const ContactRecorded& e) {
                   child->contacts[e.contact_id] = {e.by, e.kind, e.at_us, mark.position};
                 },
                 [&](const ContactCorrected& e) {
                   child->contacts[e.contact_id] = {e.by, e.kind, e.at_us, mark.position};
                 },
                 [&](const CareRoleAssigned& e) {
                   child->holdings.push_back({e.role, e.volunteer_id, mark, 0});
                 },
                 [&](const CareRoleEnded& e) {
                   for (Holding& h : child->holdings)
                     if (h.role == e.role && h.volunteer_id == e.volunteer_id && h.to_us == 0)
                       h.to_us = mark.at_us;
                 },
                 // A help pair (结对帮扶) is kept alive like a role: a contact a month.
                 [&](const HelpPairFormed& e) {
                   child->pairs.push_back({CareRole::kCaringMother, e.volunteer_id, mark, 0});
                 },
                 [&](const HelpPairEnded& e) {
                   for (Holding& p : child->pairs)
                     if (p.volunteer_id == e.volunteer_id && p.to_us == 0) p.to_us = mark.at_us;
                 },
                 [](const auto&) {},
             },
             event);
}

void ApplyVolunteer(RemindersState& s, std::string_view org, std::string_view id, const Mark& mark,
                    const Event& event) {
  const std::string key = OrgKey(org, id);
  if (const auto* e = std::get_if<VolunteerRegistered>(&event)) {
    s.volunteers[key] = ReminderVolunteer{e->details.name, false, {}, {}, {{e->unit_id, mark}}};
    return;
  }
  ReminderVolunteer* v = Find(s.volunteers, key);
  if (v == nullptr) return;
  std::visit(Overloaded{
                 [&](const VolunteerDetailsCorrected& e) { v->name = e.details.name; },
                 [&](const VolunteerDataErased&) { v->name = kErased; },
                 [&](const VolunteerLeft&) { v->left = true; },
                 [&](const VolunteerTransferred& e) { v->units.emplace_back(e.unit_id, mark); },
                 [&](const VolunteerVetted& e) { v->vettings.emplace_back(e.valid_until, mark); },
                 [&](const WaiverAccepted& e) {
                   // Version 1 named no unit: the volunteer's own.
                   v->waivers.push_back(WaiverMark{e.unit_id.empty() ? v->unit_id() : e.unit_id,
                                                   e.waiver_version, mark});
                 },
                 [](const auto&) {},
             },
             event);
}

void ApplyActivity(RemindersState& s, std::string_view org, std::string_view id, const Mark& mark,
                   const Event& event) {
  const std::string key = OrgKey(org, id);
  if (const auto* e = std::get_if<ActivityPlanned>(&event)) {
    ReminderActivity& a = s.activities[key];
    a = ReminderActivity{};
    a.planned = mark;
    a.unit_id = e->unit_id;
    a.kind = e->kind;
    a.title = e->title;
    a.coordinator = e->coordinator;
    a.starts_at_us = e->starts_at_us;
    a.ends_at_us = e->ends_at_us;
    a.children_per_adult = e->children_per_adult;
    return;
  }
  ReminderActivity* a = Find(s.activities, key);
  if (a == nullptr) return;
  const auto take = [&](const std::string& slot, const std::string& volunteer) {
    ReminderHolder& h = a->holders[volunteer];
    h.vetted_only =
        h.family || (a->slot_vetted_only.count(slot) ? a->slot_vetted_only[slot] : true);
    h.signed_up = mark;
  };
  const auto attend = [&](const std::string& volunteer) {
    if (ReminderHolder* h = Find(a->holders, volunteer); h && !h->attended) {
      h->attended = true;
      h->attended_position = mark.position;
    }
  };
  const auto hours = [&](const std::string& volunteer) {
    if (ReminderHolder* h = Find(a->holders, volunteer)) h->hours_position = mark.position;
  };
  // Notes when a change leaves group `g` short of adults, or makes it whole.
  const auto recheck = [&](ReminderGroup& g) {
    const bool was_short = g.short_since.position != 0 && g.made_up == 0;
    const bool is_short =
        !GroupRuleBroken(g.adults.size(), g.children.size(), a->children_per_adult).empty();
    if (is_short && !was_short) g.short_since = mark, g.made_up = 0;
    if (!is_short && was_short) g.made_up = mark.position;
  };
  // Takes `person` out of every group, as the activity's own state does.
  const auto ungroup = [&](const std::string& person) {
    for (ReminderGroup& g : a->groups) {
      std::erase(g.adults, person);
      std::erase(g.children, person);
      recheck(g);
    }
  };
  std::visit(Overloaded{
                 [&](const SlotAdded& e) { a->slot_vetted_only[e.slot_id] = e.vetted_only; },
                 [&](const SignedUp& e) { take(e.slot_id, e.volunteer_id); },
                 [&](const PromotedFromWaitlist& e) { take(e.slot_id, e.volunteer_id); },
                 [&](const FamilyJoined& e) {
                   // A caring family takes part as a holder does, checked as
                   // anyone near children is: the notice before, its readiness.
                   ReminderHolder& h = a->holders[e.volunteer_id];
                   h.vetted_only = h.family = true;
                   h.signed_up = mark;
                 },
                 [&](const Withdrawn& e) {
                   // A family that also held a place stays joined to the build.
                   if (ReminderHolder* h = Find(a->holders, e.volunteer_id);
                       h && !h->attended && !h->family)
                     a->holders.erase(e.volunteer_id);
                   ungroup(e.volunteer_id);
                 },
                 [&](const GroupFormed& e) {
                   a->groups.push_back({e.group_id, {}, {}, {}, 0});
                 },
                 [&](const AssignedToGroup& e) {
                   for (ReminderGroup& g : a->groups) {
                     if (g.group_id != e.group_id) continue;
                     if (e.child || e.counts_as_adult)
                       (e.child ? g.children : g.adults).push_back(e.person_id);
                     recheck(g);
                   }
                 },
                 [&](const RemovedFromGroup& e) { ungroup(e.person_id); },
                 [&](const ActivityCancelled&) { a->cancelled = true; },
                 [&](const ActivityRescheduled& e) {
                   a->cancelled = false;
                   a->starts_at_us = e.starts_at_us;
                   a->ends_at_us = e.ends_at_us;
                 },
                 [&](const ActivityDetailsChanged& e) {
                   a->title = e.title;
                   a->coordinator = e.coordinator;
                 },
                 [&](const ActivityCompleted&) { a->completed = mark; },
                 [&](const CheckedIn& e) { attend(e.volunteer_id); },
                 [&](const AttendanceRecorded& e) {
                   // The latest record counts, as in the activity's own state:
                   // one that corrects "present" to absent takes the service back.
                   if (e.status == Attendance::kPresent) {
                     attend(e.volunteer_id);
                   } else if (ReminderHolder* h = Find(a->holders, e.volunteer_id)) {
                     h->attended = false;
                     h->attended_position = 0;
                   }
                 },
                 [&](const HoursConfirmed& e) { hours(e.volunteer_id); },
                 [&](const HoursCorrectionDecided& e) { hours(e.volunteer_id); },
                 [&](const ChildEnrolled& e) { a->children.insert(e.child_id); },
                 [&](const ChildUnenrolled& e) {
                   a->children.erase(e.child_id);
                   ungroup(e.child_id);
                 },
                 [&](const BooksDonated& e) {
                   if (e.restock) a->restocks.push_back(mark);
                 },
                 [&](const FollowUpRequested& e) {
                   s.follow_ups[OrgKey(org, e.child_id)].push_back(
                       {std::string(id), e.counselor_id, e.due, mark, 0});
                 },
                 [&](const SessionRecorded& e) {
                   if (e.outcome != SessionOutcome::kHeld) return;
                   // A session held with the child answers every open follow-up for
                   // them that another activity asked for before this one started;
                   // the notes of the session that asked answer nothing.
                   for (const std::string& child : e.children) {
                     auto* open = Find(s.follow_ups, OrgKey(org, child));
                     if (open == nullptr) continue;
                     for (FollowUp& f : *open) {
                       if (f.done_position != 0 || f.activity_id == id) continue;
                       if (a->starts_at_us <= f.requested.at_us) continue;
                       f.done_position = mark.position;
                     }
                   }
                 },
                 [](const auto&) {},
             },
             event);
}

}  // namespace

void RemindersState::Apply(const Envelope& envelope, const Event& event) {
  const StreamParts stream = SplitStream(envelope.stream_id);
  const Mark mark{envelope.position, envelope.recorded_at_us};
  if (stream.category == "unit") {
    ApplyUnit(*this, stream.org, mark, event);
  } else if (stream.category == "child") {
    ApplyChild(*this, stream.org, stream.id, mark, event);
  } else if (stream.category == "volunteer") {
    ApplyVolunteer(*this, stream.org, stream.id, mark, event);
  } else if (stream.category == "activity") {
    ApplyActivity(*this, stream.org, stream.id, mark, event);
  } else if (stream.category == "holidays") {
    calendars.Apply(stream.org, event);
  }
}

const std::string& UnitAt(const UnitMoves& moves, std::uint64_t position) {
  static const std::string kNone;
  const std::string* unit = moves.empty() ? &kNone : &moves.front().first;
  for (const auto& [to, mark] : moves)
    if (mark.position <= position) unit = &to;
  return *unit;
}

}  // namespace homeward
