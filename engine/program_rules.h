#pragma once
// The rules of library builds, counseling sessions, activity stations and
// monthly reports. Pure, like the other deciders.

#include <string>

#include "engine/activity_state.h"
#include "engine/decision.h"
#include "engine/unit_state.h"
#include "engine/volunteer_state.h"
#include "events/activity_commands.h"
#include "events/people_commands.h"
#include "events/station_closures.h"

namespace homeward {

// A station folded from its stream ("org/station/<id>").
struct StationState {
  bool exists = false;
  StationRegistered registration;
  std::uint32_t openings = 0;
  Date last_opening{};  // the latest day an opening was recorded for
  StationClosures closures;
};
void Apply(StationState& state, const Event& event);

// Only a caring family joins a library build (invalid_argument otherwise),
// while it is neither cancelled nor completed (inactive), and only one
// eligible to be near children: vetted, the waiver of the build's unit `home`
// (or else their own unit's) accepted, not suspended or gone (CheckEligible's
// refusals, with today in `now`).
Result<Decision> Decide(std::string_view org, const ActivityState& activity, const UnitState& home,
                        const VolunteerState& volunteer, const UnitState& volunteer_unit, Now now,
                        const JoinLibraryBuild& command);
// Books on the shelf add up donations and restocks.
Result<Decision> Decide(std::string_view org, const ActivityState& activity,
                        const DonateBooks& command);
// The child is enrolled in the build.
Result<Decision> Decide(std::string_view org, const ActivityState& activity,
                        const PairFriend& command);
// A session is recorded by a counselor (kind counselor) whose check is valid
// (not_vetted otherwise), for children enrolled in it.
Result<Decision> Decide(std::string_view org, const ActivityState& activity,
                        const VolunteerState& counselor, Now now, const RecordSession& command);
Result<Decision> Decide(std::string_view org, const ActivityState& activity, Now now,
                        const RequestFollowUp& command);
// A station has the four rooms (一站四室: reading, sports, music and dance,
// talk or counseling), no name given to two of them, and at least 100 m²
// (invalid_argument). A room named blank is called by its kind's Chinese name.
Result<Decision> Decide(std::string_view org, const StationState& station, const UnitState& unit,
                        const RegisterStation& command);
// An opening is for a past day the station was not closed on (inactive
// otherwise) and lasts up to a day.
Result<Decision> Decide(std::string_view org, const StationState& station, Now now,
                        const RecordStationOpening& command);
// A station closes with a reason, on a day up to today and not before it last
// reopened (invalid_argument otherwise), after the last day it opened
// (opened_after_closing); a closed one is inactive.
Result<Decision> Decide(std::string_view org, const StationState& station, Now now,
                        const CloseStation& command);
// A closed station (not_closed otherwise) of an open unit `unit` (inactive
// otherwise) reopens, with a reason, on a day up to today and on or after the
// day it closed (invalid_argument otherwise); reopened on the day it closed,
// the closing is withdrawn.
Result<Decision> Decide(std::string_view org, const StationState& station, const UnitState& unit,
                        Now now, const ReopenStation& command);
// "YYYY-MM", not a future month; a second report for a month corrects the first.
Result<Decision> Decide(std::string_view org, const UnitState& unit, Now now,
                        const SubmitMonthlyReport& command);

}  // namespace homeward
