#include "projections/roster.h"

#include "events/personal.h"
#include "projections/json_support.h"
#include "projections/view_support.h"

namespace homeward {
namespace {

void ApplyToActivity(RosterState& state, const StreamParts& stream, const Envelope& envelope,
                     const Event& event) {
  const std::string key = OrgKey(stream.org, stream.id);
  auto it = state.activities.find(key);
  if (it == state.activities.end()) {
    if (!std::holds_alternative<ActivityPlanned>(event)) return;
    it = state.activities.try_emplace(key).first;
  }
  RosterEntry& entry = it->second;
  Apply(entry.activity, event);
  entry.changed_at = envelope.position;
  entry.stream_version = envelope.stream_version;
  const auto remember = [&](const std::string& volunteer_id) {
    state.volunteers[OrgKey(stream.org, volunteer_id)].activities.insert(key);
  };
  const auto keeps = [&](const std::string& child_id) {
    state.child_activities[OrgKey(stream.org, child_id)].insert(key);
  };
  std::visit(
      Overloaded{
          [&](const ActivityCancelled& e) {
            ++entry.sequence;
            entry.cancel_reason = e.reason;
            entry.weather = e.weather;
            entry.cancelled_at_us = envelope.recorded_at_us;
          },
          [&](const ActivityRescheduled&) {
            ++entry.sequence;
            entry.cancel_reason.clear();
            entry.weather = false;
            entry.cancelled_at_us = 0;
          },
          [&](const ActivityCompleted&) { entry.completed_at_us = envelope.recorded_at_us; },
          [&](const ActivityDetailsChanged&) { ++entry.sequence; },
          [&](const SignedUp& e) { remember(e.volunteer_id); },
          [&](const Waitlisted& e) { remember(e.volunteer_id); },
          [&](const FamilyJoined& e) { remember(e.volunteer_id); },
          // So that an erasure of the writer finds what they wrote.
          [&](const ReflectionPosted& e) { remember(e.volunteer_id); },
          [&](const FriendPaired& e) { keeps(e.child_id); },
          [&](const HoursCorrectionRequested& e) {
            entry.correction_reasons[e.volunteer_id] = e.reason;
          },
          [&](const HoursCorrectionDecided& e) { entry.correction_reasons.erase(e.volunteer_id); },
          [&](const SessionRecorded& e) {
            for (const std::string& child : e.children) keeps(child);
          },
          [](const auto&) {},
      },
      event);
}

// Names volunteer `key` (`volunteer_id`); the rosters they are on change
// with the name. An erasure (`erased`) also erases their reflections there.
void Rename(RosterState& state, const std::string& key, std::string_view volunteer_id,
            std::string name, std::uint64_t position, bool erased = false) {
  RosterVolunteer& volunteer = state.volunteers[key];
  volunteer.name = std::move(name);
  for (const std::string& activity : volunteer.activities) {
    if (auto it = state.activities.find(activity); it != state.activities.end()) {
      it->second.changed_at = position;
      auto& reflections = it->second.activity.reflections;
      if (auto r = reflections.find(volunteer_id); erased && r != reflections.end()) {
        r->second = kErased;
      }
    }
  }
}

// Erases what activities keep of child `key` (`child_id`): a city friend's
// name, and the notes of counseling sessions they took part in.
void Scrub(RosterState& state, const std::string& key, const std::string& child_id,
           std::uint64_t position) {
  auto kept = state.child_activities.find(key);
  if (kept == state.child_activities.end()) return;
  for (const std::string& activity : kept->second) {
    auto it = state.activities.find(activity);
    if (it == state.activities.end()) continue;
    ActivityState& a = it->second.activity;
    if (auto f = a.paired_friends.find(child_id); f != a.paired_friends.end()) f->second = kErased;
    for (SessionRecorded& session : a.sessions) {
      const auto& children = session.children;
      if (std::find(children.begin(), children.end(), child_id) != children.end()) {
        session.confidential_notes = kErased;
      }
    }
    it->second.changed_at = position;
  }
}

}  // namespace

void RosterState::Apply(const Envelope& envelope, const Event& event) {
  const StreamParts stream = SplitStream(envelope.stream_id);
  if (stream.category == "activity") {
    ApplyToActivity(*this, stream, envelope, event);
  } else if (const auto* e = std::get_if<UnitCreated>(&event)) {
    unit_zones[OrgKey(stream.org, e->unit_id)] = e->time_zone;
  } else if (const auto* e = std::get_if<VolunteerRegistered>(&event)) {
    Rename(*this, OrgKey(stream.org, e->volunteer_id), e->volunteer_id, e->details.name,
           envelope.position);
  } else if (const auto* e = std::get_if<VolunteerDetailsCorrected>(&event)) {
    Rename(*this, OrgKey(stream.org, e->volunteer_id), e->volunteer_id, e->details.name,
           envelope.position);
  } else if (const auto* e = std::get_if<VolunteerDataErased>(&event)) {
    Rename(*this, OrgKey(stream.org, e->volunteer_id), e->volunteer_id, std::string(kErased),
           envelope.position, /*erased=*/true);
  } else if (const auto* e = std::get_if<ChildDataErased>(&event)) {
    Scrub(*this, OrgKey(stream.org, e->child_id), e->child_id, envelope.position);
  }
}

}  // namespace homeward
