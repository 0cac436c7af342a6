#pragma once
// The reminders view: what is due, for whom, by when. The fold keeps the facts
// reminders are made of (units and their reports, children and their surveys
// and contacts, "3+1" holdings and help pairs, volunteers' vetting, activities
// with their holders and groups, attendance and hours, library restocks,
// counseling follow-ups);
// the query turns them into reminders at a given moment, each upcoming, due,
// overdue or done, done as soon as the event that answers it is in the log.

#include <boost/json/value.hpp>
#include <cereal/types/map.hpp>
#include <cereal/types/set.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/utility.hpp>
#include <cereal/types/vector.hpp>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "events/envelope.h"
#include "events/event.h"
#include "projections/keyed_map.h"
#include "projections/unit_membership.h"
#include "projections/work_calendars.h"

namespace homeward {

// An event that matters to a reminder: where it is in the log and when.
struct Mark {
  std::uint64_t position = 0;
  std::int64_t at_us = 0;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(position, at_us);
  }
};

// The units a child or a volunteer was with: the one registered with, then
// each moved to, with the moment of the move.
using UnitMoves = std::vector<std::pair<std::string, Mark>>;

// The unit of `moves` at log position `position` (the first one before any).
const std::string& UnitAt(const UnitMoves& moves, std::uint64_t position);

struct ReminderUnit {
  std::string name;
  Membership membership;  // its parent over time, from its creation: a member unit has one
  std::string time_zone;
  bool closed = false;
  // version, published: each time the version in force changed
  std::vector<std::pair<std::string, Mark>> waivers;
  std::map<std::string, Mark> reports;  // "YYYY-MM" -> submitted
  template <class Ar>
  void serialize(Ar& ar) {
    ar(name, membership, time_zone, closed, waivers, reports);
  }
};

struct ReminderContact {
  std::string by;
  ContactKind kind = ContactKind::kTalk;
  std::int64_t at_us = 0;
  std::uint64_t position = 0;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(by, kind, at_us, position);
  }
};

// A "3+1" role held for a child from one moment to another (0: still held).
// A help pair (结对帮扶) is kept the same way, with the role unused.
struct Holding {
  CareRole role = CareRole::kCaringMother;
  std::string volunteer_id;
  Mark from;
  std::int64_t to_us = 0;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(role, volunteer_id, from, to_us);
  }
};

struct ReminderChild {
  bool left = false;
  Mark registered;
  std::vector<std::pair<Date, Mark>> surveys;       // surveyed on, recorded
  std::map<std::string, ReminderContact> contacts;  // by contact id, after corrections
  std::vector<Holding> holdings;
  std::vector<Holding> pairs;   // help pairs: the volunteer, formed, ended
  Mark consent_withdrawn;       // consent to processing withdrawn (position 0: not, or given again)
  std::uint64_t erased = 0;     // the position of the erasure of the child's data
  std::uint64_t consented = 0;  // the first consent to processing (0: none yet)
  UnitMoves units;              // never empty: the registration's first
  // The unit the child is with now.
  const std::string& unit_id() const { return units.back().first; }
  template <class Ar>
  void serialize(Ar& ar) {
    ar(left, registered, surveys, contacts, holdings, pairs, consent_withdrawn, erased, consented,
       units);
  }
};

// A version of a unit's waiver a volunteer accepted, and when it was recorded.
struct WaiverMark {
  std::string unit_id;
  std::string version;
  Mark recorded;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(unit_id, version, recorded);
  }
};

struct ReminderVolunteer {
  std::string name;
  bool left = false;
  std::vector<std::pair<Date, Mark>> vettings;  // valid until, recorded
  std::vector<WaiverMark> waivers;
  UnitMoves units;  // never empty: the registration's first
  // The unit the volunteer is with now.
  const std::string& unit_id() const { return units.back().first; }
  template <class Ar>
  void serialize(Ar& ar) {
    ar(name, left, vettings, waivers, units);
  }
};

struct ReminderHolder {
  bool vetted_only = true;  // the check counts: a slot that needs it, or a family
  Mark signed_up;
  bool attended = false;  // checked in or marked present
  std::uint64_t attended_position = 0;
  std::uint64_t hours_position = 0;  // hours confirmed or a correction decided
  bool family = false;               // a caring family joined to the library build (it stays)
  template <class Ar>
  void serialize(Ar& ar) {
    ar(vetted_only, signed_up, attended, attended_position, hours_position, family);
  }
};

struct FollowUp {
  std::string activity_id;
  std::string counselor_id;
  Date due;
  Mark requested;
  std::uint64_t done_position = 0;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(activity_id, counselor_id, due, requested, done_position);
  }
};

// A group of an activity (分组): who counts in it, when a removal it could
// not refuse (a withdrawal, a suspension, a child or adult taken out) last
// left it short of adults (the two-adult rule or the ratio), and when it was
// made whole again.
struct ReminderGroup {
  std::string group_id;
  std::vector<std::string> adults;
  std::vector<std::string> children;
  Mark short_since;           // position 0: never short
  std::uint64_t made_up = 0;  // what made it whole again; 0 while short
  template <class Ar>
  void serialize(Ar& ar) {
    ar(group_id, adults, children, short_since, made_up);
  }
};

struct ReminderActivity {
  std::string unit_id;
  ActivityKind kind = ActivityKind::kTrip;
  std::string title;
  std::string coordinator;
  std::int64_t starts_at_us = 0;
  std::int64_t ends_at_us = 0;
  bool cancelled = false;
  Mark planned;
  Mark completed;  // position 0 until completed
  std::map<std::string, bool> slot_vetted_only;
  std::map<std::string, ReminderHolder> holders;  // by volunteer, families too; attended stay
  std::set<std::string> children;
  std::vector<Mark> restocks;
  std::uint32_t children_per_adult = 5;
  std::vector<ReminderGroup> groups;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(unit_id, kind, title, coordinator, starts_at_us, ends_at_us, cancelled, planned, completed,
       slot_vetted_only, holders, children, restocks, children_per_adult, groups);
  }
};

struct RemindersState {
  static constexpr std::string_view kName = "reminders";
  // 3: a later absence takes attendance back; deadlines after an activity
  // count from its end
  // 4: help pairs owe monthly contacts; a follow-up is answered only by a
  // later session of another activity
  // 5: waivers accepted by unit
  // 6: the organization's working calendar
  // 7: groups left short of adults
  // 8: the units each child and volunteer was with, and when (care_waiver;
  // readiness by the volunteer's unit at the time)
  // 9: units' parents over time (reports owed while a member unit)
  // 10: a child's and a volunteer's unit is the last of their moves;
  // activities keep when they were planned (activity_completion); children
  // their first consent to processing (consent); units' parents with the
  // position of the event that placed them
  // 11: a unit's creation read from its placements, not kept beside them
  // 12: a caring family that joined a library build is among its holders
  // 13: a unit's waivers only where the version in force changed
  static constexpr std::uint32_t kVersion = 13;

  KeyedMap<ReminderUnit> units;  // all maps by OrgKey
  WorkCalendars calendars;
  KeyedMap<ReminderChild> children;
  KeyedMap<ReminderVolunteer> volunteers;
  KeyedMap<ReminderActivity> activities;
  KeyedMap<std::vector<FollowUp>> follow_ups;  // by child OrgKey

  void Apply(const Envelope& envelope, const Event& event);

  template <class Ar>
  void serialize(Ar& ar) {
    ar(units, children, volunteers, activities, follow_ups, calendars);
  }
};

// Which reminders a query wants. Dates are calendar days, both inclusive.
struct ReminderFilter {
  Date due_from;       // unknown: no lower bound
  Date due_to;         // unknown: no upper bound
  std::string person;  // only reminders for this person (volunteer id, unit id or name)
  bool overdue_only = false;
  // Only reminders in these states ("upcoming", "due", "overdue", "done");
  // empty: any.
  std::vector<std::string> states;
  // Only reminders of the units it keeps, by unit id; empty: every unit.
  std::function<bool(std::string_view unit_id)> unit_kept;
  // At most this many, the soonest due; 0: all.
  std::size_t limit = 0;
};

// The reminders of `org` as they stand at `now_us`, soonest due first; each
// with "id", "kind", "subject", "for", "unit_id", "due", "source_position",
// "state" and, when done, "done_position".
boost::json::value Reminders(const RemindersState& state, std::string_view org, std::int64_t now_us,
                             const ReminderFilter& filter = {});

}  // namespace homeward
