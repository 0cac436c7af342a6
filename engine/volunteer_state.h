#pragma once
// A volunteer: state folded from their stream (including the care they hold,
// recorded in their stream too), the eligibility rule for work with children,
// and the pure rules for the volunteer's own commands.

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "engine/decision.h"
#include "engine/unit_state.h"
#include "events/activity_events.h"
#include "events/people_commands.h"

namespace homeward {

// A "3+1" role a volunteer holds for a child.
struct HeldRole {
  std::string child_id;
  CareRole role = CareRole::kCaringMother;
  friend bool operator==(const HeldRole&, const HeldRole&) = default;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(child_id, role);
  }
};

// A place a volunteer holds in an activity, with its times.
struct Booking {
  std::string activity_id;
  std::string slot_id;
  std::int64_t starts_at_us = 0;
  std::int64_t ends_at_us = 0;
  bool cancelled = false;  // the activity is cancelled (until it is rescheduled)
  template <class Ar>
  void serialize(Ar& ar) {
    ar(activity_id, slot_id, starts_at_us, ends_at_us, cancelled);
  }
};

struct VolunteerState {
  bool exists = false;
  bool suspended = false;
  bool left = false;
  bool erased = false;         // personal data erased at their request
  bool calendar_feed = false;  // a calendar feed is issued and not revoked
  std::string volunteer_id;
  std::string unit_id;
  VolunteerDetails details;
  std::optional<Date> vetted_until;
  // The last waiver version accepted of each unit: unit id, version.
  std::vector<std::pair<std::string, std::string>> waivers;
  std::vector<HeldRole> roles;               // active "3+1" roles
  std::vector<std::string> paired_children;  // active help pairs
  std::vector<Booking> bookings;             // places held in activities

  // Every field, for a view that keeps volunteers' states (needs cereal's
  // optional, utility, vector and string types where it is archived).
  template <class Ar>
  void serialize(Ar& ar) {
    ar(exists, suspended, left, erased, calendar_feed, volunteer_id, unit_id, details, vetted_until,
       waivers, roles, paired_children, bookings);
  }

  // A place held elsewhere whose times overlap [starts, ends), or nullptr.
  // Back-to-back is no overlap; cancelled activities do not count.
  const Booking* Overlapping(std::int64_t starts_at_us, std::int64_t ends_at_us,
                             std::string_view except_activity) const;

  // How many children the volunteer holds `role` for.
  std::size_t CountRole(CareRole role) const;

  // The last version of `unit_id`'s waiver the volunteer accepted, or "";
  // a view into this state, valid while it is not changed.
  std::string_view AcceptedWaiver(std::string_view unit_id) const;
};

// Folds one event of the volunteer's stream into `state`.
void Apply(VolunteerState& state, const Event& event);

// The unit whose waiver a volunteer needs to take part in work `organizer`
// runs: the organizer, when it has published one, else the volunteer's own
// unit. Returns one of its arguments.
const UnitState& WaiverUnit(const UnitState& organizer, const UnitState& volunteer_unit);

// Refuses unless the volunteer may work with children on `today` in work
// `organizer` runs (an activity's unit, a child's unit): exists (not_found),
// has not left (inactive), is not suspended (suspended), holds a
// criminal-record check valid on `today` (not_vetted), and accepted the
// current version of the waiver of WaiverUnit (waiver_missing; where neither
// unit has published one, any waiver accepted will do; a refusal for a
// waiver not accepted names it in details "unit_id" and "waiver_version").
Status CheckEligible(const VolunteerState& volunteer, const UnitState& organizer,
                     const UnitState& volunteer_unit, Date today);

// The deciders of the volunteer's own stream.
Result<Decision> Decide(std::string_view org, const VolunteerState& volunteer,
                        const UnitState& unit, Now now, const RegisterVolunteer& command);
Result<Decision> Decide(std::string_view org, const VolunteerState& volunteer, Now now,
                        const CorrectVolunteerDetails& command);
// Records the volunteer's details with the contact, residence area and
// skills the command gives, the rest as `recorded` (their details with
// personal fields opened, which `volunteer`, as the engine loads it, leaves
// sealed), as a correction (VolunteerDetailsCorrected, reason "更新联系方式").
// Refusals: not_found, inactive (left, which erasure also records);
// invalid_argument when nothing changes. Decides a refusal without looking
// at `recorded`, so a caller may pass empty details for a volunteer
// `volunteer` shows missing or gone.
Result<Decision> Decide(std::string_view org, const VolunteerState& volunteer,
                        const VolunteerDetails& recorded, const UpdateContactDetails& command);
Result<Decision> Decide(std::string_view org, const VolunteerState& volunteer, Now now,
                        const VetVolunteer& command);
// `unit` is the unit whose waiver is accepted (the command's, or else the
// volunteer's own). Refusals: not_found (no such unit, or no waiver),
// inactive (the unit closed), waiver_missing (not the current version,
// which details name), already_exists (that version accepted already).
Result<Decision> Decide(std::string_view org, const VolunteerState& volunteer,
                        const UnitState& unit, const AcceptWaiver& command);
Result<Decision> Decide(std::string_view org, const VolunteerState& volunteer,
                        const ReinstateVolunteer& command);

// Checks the details a registration or correction carries. Errors: invalid_argument.
Status ValidateDetails(const VolunteerDetails& details, Date today);

}  // namespace homeward
