#pragma once
// The "3+1" care board: per child, who holds each role and since when, the
// help pairs, and the last contact; the children missing a role or without
// a recent contact; per volunteer, the children in their care.

#include <array>
#include <boost/json/value.hpp>
#include <cereal/types/array.hpp>
#include <cereal/types/map.hpp>
#include <cereal/types/optional.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/child_state.h"
#include "events/envelope.h"
#include "events/unit_events.h"
#include "projections/keyed_map.h"

namespace homeward {

// A help pair as the board shows it: the volunteer and since when, like a role holder.
using CarePair = RoleHolder;

struct CareChild {
  std::string unit_id;
  std::string name;
  bool left = false;
  std::array<std::optional<RoleHolder>, 3> roles;  // by CareRole
  std::vector<CarePair> help_pairs;                // in the order formed
  std::map<std::string, std::int64_t> contacts;    // contact id -> when (after corrections)
  template <class Ar>
  void serialize(Ar& ar) {
    ar(unit_id, name, left, roles, help_pairs, contacts);
  }
  // The time of the latest contact; 0 when there is none.
  std::int64_t LastContact() const;
};

struct CareVolunteer {
  std::string name;
  std::string unit_id;
  bool left = false;
  bool party_member = false;  // a party member or cadre: may form help pairs (结对帮扶)
  bool suspended = false;
  Date vetted_until;  // the last day their criminal-record check counts; unknown: none
  template <class Ar>
  void serialize(Ar& ar) {
    ar(name, unit_id, left, party_member, suspended, vetted_until);
  }
};

// A unit's limits on the care one volunteer gives its children (its
// settings), and the zone of its clock.
struct CareUnit {
  std::uint32_t role_limit = kDefaultRoleLimit;
  std::uint32_t help_pair_limit = kDefaultHelpPairLimit;
  std::string time_zone;  // as created ("": Asia/Shanghai)
  template <class Ar>
  void serialize(Ar& ar) {
    ar(role_limit, help_pair_limit, time_zone);
  }
};

struct CareBoardState {
  static constexpr std::string_view kName = "care";
  // 3: transfers of children and volunteers to another unit
  // 4: units' limits, for care over the limit of a child's unit
  // 5: whether each volunteer is a party member or cadre
  // 6: each volunteer's suspension and criminal-record check
  // 7: each unit's time zone, for the times of its children's rows
  static constexpr std::uint32_t kVersion = 7;

  KeyedMap<CareChild> children;        // by OrgKey
  KeyedMap<CareVolunteer> volunteers;  // by OrgKey
  KeyedMap<CareUnit> units;            // by OrgKey

  void Apply(const Envelope& envelope, const Event& event);

  template <class Ar>
  void serialize(Ar& ar) {
    ar(children, volunteers, units);
  }
};

// The board of `org` at `now_us` (optionally only `unit_id`'s children):
// "children" (each with its unit's "time_zone", roles, help pairs, last contact, "missing" roles,
// "no_recent_contact", and "over_limit": each holder of a role or a pair who
// cares for more children in that role, or pairs, than the child's unit allows,
// as after a transfer from a unit with higher limits), "missing_role",
// "no_recent_contact" and "over_limit" (child ids), where recent means within
// `contact_days` days.
boost::json::value CareBoard(const CareBoardState& state, std::string_view org, std::int64_t now_us,
                             int contact_days = 30, std::string_view unit_id = {});

// The children in `volunteer_id`'s care: roles held and help pairs. Errors: not_found.
Result<boost::json::value> CareOf(const CareBoardState& state, std::string_view org,
                                  std::string_view volunteer_id);

// The volunteers of `org` who have not left (with `who_left`: those who
// left), by id: "volunteer_id", "name", "unit_id" and how many children they
// care for ("roles", "help_pairs"), so a coordinator can pick who takes a
// role, "party_member" (a party member or cadre, who alone forms help pairs),
// "suspended", "vetted_until" (the last day their criminal-record check
// counts, "" for none), "left", and "erased" (their personal data erased, the
// name then "[erased]").
boost::json::value VolunteerList(const CareBoardState& state, std::string_view org,
                                 bool who_left = false);

}  // namespace homeward
