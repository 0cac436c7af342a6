#pragma once
// The engine's states of every unit, volunteer, child and activity, folded
// from a generated log, for tests that hold each generated event to what the
// domain's own decider makes of the command behind it (generator_domain_test,
// generator_day_test).

#include <functional>
#include <map>
#include <set>
#include <string>
#include <variant>

#include "bench/event_generator.h"
#include "engine/account_rules.h"
#include "engine/activity_builder.h"
#include "engine/departure_rules.h"
#include "engine/program_rules.h"
#include "engine/time_zone.h"
#include "engine/volunteer_state.h"
#include "projections/view_support.h"

namespace homeward {

inline constexpr std::int64_t kGeneratedFrom = 1'780'000'000'000'000;

struct World;
// What the domain decides of the command behind an event recorded at a
// moment: a decision whose first event is to be the event itself; an empty
// decision for an event the test does not check here (a copy, another kind).
using Decider = std::function<Result<Decision>(const World&, const Emit&, std::int64_t now)>;

struct World {
  People people;  // every volunteer and unit
  std::map<std::string, ActivityState> activities;
  std::map<std::string, ChildState> children;
  std::map<std::string, AccountState> accounts;
  std::map<std::string, StationState> stations;
  std::map<std::string, int> decided;  // by event type: events held to a decision
  std::int64_t until_us = 0;           // when the last append was recorded

  // `now` in unit `unit_id`'s zone, as the engine decides its commands.
  Now NowIn(const std::string& unit_id, std::int64_t now) const {
    const Result<Date> today = LocalDate(now, people.units.at(unit_id).time_zone);
    return Now{now, today.ok() ? *today : Date{}};
  }
  const VolunteerState& Volunteer(const std::string& id) const { return people.volunteers.at(id); }
  const UnitState& UnitOf(const VolunteerState& v) const { return people.UnitOf(v); }
  const UnitState& Unit(const std::string& id) const { return people.units.at(id); }
  // The state of `id` in `states`, or none yet.
  template <class State>
  static State Of(const std::map<std::string, State>& states, const std::string& id) {
    const auto it = states.find(id);
    return it == states.end() ? State{} : it->second;
  }

  // `decide`'s decision on `decision`[`at`], recorded at `now`, against the
  // events generated from there on: a refusal, or the first event decided
  // that differs from the one generated in its place (stream and every
  // field), as a message; or "". Sets `*covered` to the events decided.
  std::string Check(const Decision& decision, std::size_t at, std::int64_t now,
                    const Decider& decide, std::size_t* covered) {
    const Emit& emit = decision[at];
    Result<Decision> d = decide(*this, emit, now);
    if (!d.ok()) return "refused: " + d.status().message();
    *covered = d->size();
    for (std::size_t k = 0; k < d->size(); ++k) {
      const Emit& want = (*d)[k];
      ++decided[std::string(EventTypeName(want.event))];
      const bool same =
          at + k < decision.size() && decision[at + k].stream_id == want.stream_id &&
          EncodeEvent(decision[at + k].event).payload == EncodeEvent(want.event).payload &&
          decision[at + k].event.index() == want.event.index();
      if (!same) {
        return "the domain decides " + std::string(EventTypeName(want.event)) + " of" +
               Subject(want.event) + " on " + want.stream_id + " as its event " +
               std::to_string(k + 1);
      }
    }
    return "";
  }

  // The people a decision on activity `a` reads: its holders and waiting,
  // and `also`; every unit.
  People PeopleOf(const ActivityState& a, const std::string& also = "") const {
    People some{{}, people.units};
    for (const ActivitySlot& slot : a.slots) {
      for (const auto* list : {&slot.holders, &slot.waiting}) {
        for (const std::string& v : *list) some.volunteers.emplace(v, Volunteer(v));
      }
    }
    if (!also.empty()) some.volunteers.emplace(also, Volunteer(also));
    return some;
  }

  // Reads an activity as a volunteer's departure does, `now`: with the
  // people it holds and waits for, and now in its unit's zone.
  ActivityReader Reader(std::int64_t now) const {
    return [this, now](const std::string& id, const ActivityDecision& decide) {
      const ActivityState& a = activities.at(id);
      People some = PeopleOf(a);
      return decide(a, Unit(a.plan.unit_id), some, NowIn(a.plan.unit_id, now));
    };
  }
  // Reads an activity as a child's departure does.
  ActivityStateReader StateReader() const {
    return
        [this](const std::string& id, const std::function<Status(const ActivityState&)>& decide) {
          return decide(activities.at(id));
        };
  }

  // Whom the domain promotes to the first free place of `activity_id` now:
  // its first promotion, or none.
  Result<Decision> Promotion(const std::string& activity_id, std::int64_t now) const {
    const ActivityState& a = activities.at(activity_id);
    ActivityBuilder b{"org",
                      a,
                      {},
                      {},
                      &people.units.at(a.plan.unit_id),
                      &people,
                      NowIn(a.plan.unit_id, now).today};
    for (const ActivitySlot& slot : a.slots) {
      for (const std::string& w : slot.waiting) b.volunteers.emplace(w, Volunteer(w));
    }
    for (const ActivitySlot& slot : a.slots) b.Promote(slot.slot_id);
    if (b.out.empty()) return Status(Code::kConflict, "no one is promoted");
    b.out.resize(1);
    return std::move(b.out);
  }

  // A place of activity `id`, before its day, free while someone the
  // domain would promote waits: a message, or "".
  std::string Unfilled(const std::string& id, std::int64_t now) const {
    const ActivityState& a = activities.at(id);
    if (a.cancelled || a.completed || now >= a.plan.starts_at_us) return "";
    const Result<Decision> promoted = Promotion(id, now);
    if (!promoted.ok()) return "";
    const auto& up = std::get<PromotedFromWaitlist>(promoted->front().event);
    return "leaves a place of " + id + " free while " + up.volunteer_id + " waits";
  }

  // Folds `emit` into the state of its stream.
  void Fold(const Emit& emit, std::int64_t now) {
    const std::string_view category = Category(emit.stream_id);
    const std::string id(emit.stream_id.substr(emit.stream_id.rfind('/') + 1));
    if (category == "volunteer") {
      Apply(people.volunteers[id], emit.event);
    } else if (category == "unit") {
      Apply(people.units[id], emit.event);
    } else if (category == "activity") {
      Apply(activities[id], emit.event);
    } else if (category == "child") {
      Apply(children[id], emit.event, now);
    } else if (category == "account") {
      Apply(accounts[id], emit.event);
    } else if (category == "station") {
      Apply(stations[id], emit.event);
    }
  }

  static std::string_view Category(std::string_view stream) {
    stream.remove_prefix(stream.find('/') + 1);
    return stream.substr(0, stream.find('/'));
  }

  // Whom an event is about: its volunteer, child, person, counselor, unit,
  // station or account, those it names.
  static std::string Subject(const Event& e) {
    return std::visit(
        [](const auto& x) {
          std::string who;
          if constexpr (requires { x.volunteer_id; }) who += " " + x.volunteer_id;
          if constexpr (requires { x.child_id; }) who += " " + x.child_id;
          if constexpr (requires { x.person_id; }) who += " " + x.person_id;
          if constexpr (requires { x.counselor_id; }) who += " " + x.counselor_id;
          if constexpr (requires { x.unit_id; }) who += " " + x.unit_id;
          if constexpr (requires { x.station_id; }) who += " " + x.station_id;
          if constexpr (requires { x.account_id; }) who += " " + x.account_id;
          return who;
        },
        e);
  }

  // Checks and folds `decision`, recorded at `now`: "" when the domain
  // decides each of its events as generated, and promotes no one more where
  // it promotes.
  std::string ApplyDecision(const Decision& decision, std::int64_t now, const Decider& decide) {
    std::set<std::string> touched;
    // Events a command decided before them, checked already.
    std::size_t checked_until = 0;
    for (std::size_t at = 0; at < decision.size(); ++at) {
      const Emit& emit = decision[at];
      std::size_t covered = 0;
      if (at >= checked_until) {
        if (std::string why = Check(decision, at, now, decide, &covered); !why.empty()) {
          return std::string(EventTypeName(emit.event)) + " on " + emit.stream_id + ": " + why;
        }
        checked_until = at + covered;
      }
      Fold(emit, now);
      // The domain promotes after a withdrawal, a capacity changed and a new date.
      const bool promotes = std::holds_alternative<Withdrawn>(emit.event) ||
                            std::holds_alternative<CapacityChanged>(emit.event) ||
                            std::holds_alternative<ActivityRescheduled>(emit.event);
      if (promotes && Category(emit.stream_id) == "activity") {
        touched.insert(emit.stream_id.substr(emit.stream_id.rfind('/') + 1));
      }
    }
    for (const std::string& id : touched) {
      if (std::string why = Unfilled(id, now); !why.empty()) return why;
    }
    return "";
  }
};

// Whether the events of `steps` appends generated from `seed` are each what
// `decide` makes of them: "" or the first that is not, with its step.
inline std::string Generate(std::uint64_t seed, int steps, const Decider& decide, World& world) {
  EventGenerator generator(seed, "org", kGeneratedFrom);
  for (int step = 0; step < steps; ++step) {
    const Decision decision = generator.Next();
    world.until_us = generator.now_us();
    const std::string refused = world.ApplyDecision(decision, world.until_us, decide);
    if (!refused.empty()) {
      return "seed " + std::to_string(seed) + ", step " + std::to_string(step) + ": " + refused;
    }
  }
  return "";
}

}  // namespace homeward
