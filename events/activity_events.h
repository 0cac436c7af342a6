#pragma once
// Events of an activity's stream ("org/activity/<activity_id>"): enough to
// record the seed's Children's Day trip ("走出大山看世界"): the trip with its
// itinerary, its volunteer slots, its sponsors' pledges, and volunteers signing
// up. The activities part of the domain extends this vocabulary.
// Times are UTC microseconds since the Unix epoch.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace homeward {

// An activity was planned: when, where, the itinerary and who is in charge.
struct ActivityPlanned {
  static constexpr std::string_view kType = "activity.planned";
  static constexpr std::uint32_t kVersion = 1;
  std::string activity_id;
  std::string unit_id;
  std::string kind;  // "trip", "library_build", ...
  std::string title;
  std::string place;
  std::vector<std::string> itinerary;
  std::int64_t starts_at_us = 0;
  std::int64_t ends_at_us = 0;
  std::string person_in_charge;
  std::string coordinator;
  std::string children_contact;
  std::uint32_t children_capacity = 0;  // children including carers and escorting teachers
  template <class Ar>
  void serialize(Ar& ar) {
    ar(activity_id, unit_id, kind, title, place, itinerary, starts_at_us, ends_at_us,
       person_in_charge, coordinator, children_contact, children_capacity);
  }
};

// A volunteer slot was added to an activity: a role and how many it takes.
struct SlotAdded {
  static constexpr std::string_view kType = "activity.slot_added";
  static constexpr std::uint32_t kVersion = 1;
  std::string activity_id;
  std::string slot_id;
  std::string role;  // "volunteer", "safety", "standby", ...
  std::uint32_t capacity = 0;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(activity_id, slot_id, role, capacity);
  }
};

// A sponsor (爱心单位) pledged something to an activity.
struct SponsorPledged {
  static constexpr std::string_view kType = "activity.sponsor_pledged";
  static constexpr std::uint32_t kVersion = 1;
  std::string activity_id;
  std::string sponsor;
  std::string what;
  std::uint32_t quantity = 0;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(activity_id, sponsor, what, quantity);
  }
};

// A volunteer took a place in an activity's slot.
struct SignedUp {
  static constexpr std::string_view kType = "activity.signed_up";
  static constexpr std::uint32_t kVersion = 1;
  std::string activity_id;
  std::string slot_id;
  std::string volunteer_id;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(activity_id, slot_id, volunteer_id);
  }
};

}  // namespace homeward
