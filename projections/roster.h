#pragma once
// The roster view: per activity, its slots with their holders (and groups),
// the waitlist in order, the enrolled children, sponsors' pledges and the
// status; per volunteer, the schedule and the hours served by month.

#include <boost/json/value.hpp>
#include <cereal/types/map.hpp>
#include <cereal/types/optional.hpp>
#include <cereal/types/set.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>
#include <functional>
#include <map>
#include <set>
#include <string>

#include "engine/activity_state.h"
#include "events/envelope.h"
#include "projections/keyed_map.h"

namespace homeward {

// One activity as the roster shows it: the domain's own fold of its stream,
// with when and why it was cancelled or completed.
struct RosterEntry {
  ActivityState activity;
  std::string cancel_reason;
  bool weather = false;
  std::int64_t cancelled_at_us = 0;
  std::int64_t completed_at_us = 0;
  // Changes a calendar shows (time, details, cancellation): the iCalendar SEQUENCE.
  std::uint32_t sequence = 0;
  // The log position of the last event that changed what RosterOf shows of
  // it, a holder's or waiter's name included: its roster's version.
  std::uint64_t changed_at = 0;
  // The activity stream's version: what a write that depends on this roster
  // sends as If-Match.
  std::uint64_t stream_version = 0;
  // Why each volunteer with a pending hours correction asked for it.
  std::map<std::string, std::string> correction_reasons;

  template <class Ar>
  void serialize(Ar& ar) {
    ar(activity, cancel_reason, weather, cancelled_at_us, completed_at_us, sequence, changed_at,
       stream_version, correction_reasons);
  }
};

// The activities a volunteer ever signed up or waited for.
struct RosterVolunteer {
  std::string name;
  std::set<std::string> activities;  // activity keys

  template <class Ar>
  void serialize(Ar& ar) {
    ar(name, activities);
  }
};

struct RosterState {
  static constexpr std::string_view kName = "roster";
  // 6: caring families are on the schedules of the library builds they join;
  // 7: pending hours corrections with their reasons; 8: activities keep
  // their volunteers' reflections
  static constexpr std::uint32_t kVersion = 8;

  KeyedMap<RosterEntry> activities;      // by OrgKey
  KeyedMap<RosterVolunteer> volunteers;  // by OrgKey
  KeyedMap<std::string> unit_zones;      // unit OrgKey -> IANA zone
  // Child OrgKey -> the keys of the activities that keep something of the
  // child (a city friend's name, counseling notes), for an erasure to visit.
  KeyedMap<std::set<std::string>> child_activities;

  void Apply(const Envelope& envelope, const Event& event);

  template <class Ar>
  void serialize(Ar& ar) {
    ar(activities, volunteers, unit_zones, child_activities);
  }
};

// "recruiting", "full", "cancelled", "completed", "planned" (recruitment not
// yet open) or "closed" (closed before it filled).
std::string_view RosterStatus(const RosterEntry& entry);

// The time zone of `entry`'s unit (Beijing time when it names none).
std::string_view ZoneOf(const RosterState& state, std::string_view org, const RosterEntry& entry);

// The activity `activity_id` of `org`, or nullptr.
const RosterEntry* FindActivity(const RosterState& state, std::string_view org,
                                std::string_view activity_id);

// The roster of one activity (with "reflections": what those who took part
// wrote afterwards, each volunteer's latest). Errors: not_found.
Result<boost::json::value> RosterOf(const RosterState& state, std::string_view org,
                                    std::string_view activity_id);
// The roster of `entry`, an activity of `org`.
boost::json::value RosterOf(const RosterState& state, std::string_view org,
                            const RosterEntry& entry);

// Which activities a list holds, and in what order.
struct RosterListing {
  std::function<bool(const RosterEntry&)> keep;  // all when empty
  bool latest_first = false;                     // by start: latest first, else soonest
  std::size_t limit = 0;                         // the first so many kept; 0: all
};

// The activities of `org` that `listing` keeps, each with its status and
// free places, in its order and up to its limit.
boost::json::value RosterList(const RosterState& state, std::string_view org,
                              const RosterListing& listing = {});

// A volunteer's schedule at `now_us`: "upcoming" and "past" places (held or
// waiting, with the waitlist place, and their "reflection" on it once
// written; each with their "group_name" ("" in none), the activity's
// "person_in_charge", "coordinator" and "itinerary"), and "hours_by_month" from confirmed
// hours, by the month the activity started in its unit's zone. Given
// `unit_wanted`, only the activities of units it accepts count, places and
// hours alike (a coordinator's units). Errors: not_found.
Result<boost::json::value> ScheduleOf(
    const RosterState& state, std::string_view org, std::string_view volunteer_id,
    std::int64_t now_us, const std::function<bool(std::string_view)>& unit_wanted = nullptr);

}  // namespace homeward
