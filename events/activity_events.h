#pragma once
// Events of an activity's stream ("org/activity/<activity_id>"): planning,
// volunteer slots, recruitment, sign-ups and the waitlist, cancellation,
// rescheduling and completion, sponsors' pledges. Sign-ups, withdrawals,
// promotions and reschedules that concern a volunteer are recorded in the
// volunteer's stream too, in the same append, so their schedule is theirs to
// check for double booking. Times are UTC microseconds since the Unix epoch.

#include <cereal/types/vector.hpp>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "events/vocabulary.h"

namespace homeward {

// Default: a volunteer may withdraw until 24 hours before the start.
inline constexpr std::uint32_t kDefaultCutoffMinutes = 24 * 60;

struct ActivityPlanned {
  static constexpr std::string_view kType = "activity.planned";
  static constexpr std::uint32_t kVersion = 1;
  std::string activity_id;
  std::string unit_id;
  ActivityKind kind = ActivityKind::kTrip;
  std::string title;
  std::string place;
  std::vector<std::string> itinerary;
  std::int64_t starts_at_us = 0;
  std::int64_t ends_at_us = 0;
  std::string person_in_charge;
  std::string coordinator;
  std::string children_contact;
  std::uint32_t children_capacity = 0;  // children including carers and escorting teachers
  std::uint32_t cutoff_minutes = kDefaultCutoffMinutes;
  std::uint32_t children_per_adult = 5;  // at most, in a group, per vetted adult
  template <class Ar>
  void serialize(Ar& ar) {
    ar(activity_id, unit_id, kind, title, place, itinerary, starts_at_us, ends_at_us,
       person_in_charge, coordinator, children_contact, children_capacity, cutoff_minutes,
       children_per_adult);
  }
};

// A kind of place for volunteers, and who may take it.
struct SlotAdded {
  static constexpr std::string_view kType = "activity.slot_added";
  static constexpr std::uint32_t kVersion = 1;
  std::string activity_id;
  std::string slot_id;
  std::string role;  // "group leader", "escort", "safety", "standby", "counselor", ...
  std::uint32_t capacity = 0;
  bool waitlist = true;              // when full, later sign-ups wait in arrival order
  bool adults_only = false;          // under-18 volunteers may not take it
  bool vetted_only = true;           // a valid criminal-record check and the waiver are needed
  std::vector<VolunteerKind> kinds;  // when not empty: only volunteers of one of these kinds
  template <class Ar>
  void serialize(Ar& ar) {
    ar(activity_id, slot_id, role, capacity, waitlist, adults_only, vetted_only, kinds);
  }
};

struct RecruitmentOpened {
  static constexpr std::string_view kType = "activity.recruitment_opened";
  static constexpr std::uint32_t kVersion = 1;
  std::string activity_id;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(activity_id);
  }
};

// Recruitment closed: by itself when the last place was taken (招满即止),
// or by a coordinator.
struct RecruitmentClosed {
  static constexpr std::string_view kType = "activity.recruitment_closed";
  static constexpr std::uint32_t kVersion = 1;
  std::string activity_id;
  bool full = false;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(activity_id, full);
  }
};

// A volunteer holds a place (times copied for their own schedule).
struct SignedUp {
  static constexpr std::string_view kType = "activity.signed_up";
  static constexpr std::uint32_t kVersion = 1;
  std::string activity_id;
  std::string slot_id;
  std::string volunteer_id;
  std::int64_t starts_at_us = 0;
  std::int64_t ends_at_us = 0;
  std::string double_booking_override;  // a coordinator's reason, when one overrode the rule
  template <class Ar>
  void serialize(Ar& ar) {
    ar(activity_id, slot_id, volunteer_id, starts_at_us, ends_at_us, double_booking_override);
  }
};

// A volunteer waits for a place in a full slot.
struct Waitlisted {
  static constexpr std::string_view kType = "activity.waitlisted";
  static constexpr std::uint32_t kVersion = 1;
  std::string activity_id;
  std::string slot_id;
  std::string volunteer_id;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(activity_id, slot_id, volunteer_id);
  }
};

// A volunteer gave up a place or left the waitlist, or a coordinator removed them.
struct Withdrawn {
  static constexpr std::string_view kType = "activity.withdrawn";
  static constexpr std::uint32_t kVersion = 1;
  std::string activity_id;
  std::string slot_id;
  std::string volunteer_id;
  bool by_coordinator = false;
  std::string reason;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(activity_id, slot_id, volunteer_id, by_coordinator, reason);
  }
};

// The first waiting volunteer took a freed place (named here).
struct PromotedFromWaitlist {
  static constexpr std::string_view kType = "activity.promoted";
  static constexpr std::uint32_t kVersion = 1;
  std::string activity_id;
  std::string slot_id;
  std::string volunteer_id;
  std::int64_t starts_at_us = 0;
  std::int64_t ends_at_us = 0;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(activity_id, slot_id, volunteer_id, starts_at_us, ends_at_us);
  }
};

struct RecruitmentReopened {
  static constexpr std::string_view kType = "activity.recruitment_reopened";
  static constexpr std::uint32_t kVersion = 1;
  std::string activity_id;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(activity_id);
  }
};

struct CapacityChanged {
  static constexpr std::string_view kType = "activity.capacity_changed";
  static constexpr std::uint32_t kVersion = 1;
  std::string activity_id;
  std::string slot_id;
  std::uint32_t capacity = 0;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(activity_id, slot_id, capacity);
  }
};

struct ActivityCancelled {
  static constexpr std::string_view kType = "activity.cancelled";
  static constexpr std::uint32_t kVersion = 1;
  std::string activity_id;
  bool weather = false;  // 天气原因取消
  std::string reason;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(activity_id, weather, reason);
  }
};

// New times (另行通知); sign-ups carry over. Recorded in each holder's stream too.
struct ActivityRescheduled {
  static constexpr std::string_view kType = "activity.rescheduled";
  static constexpr std::uint32_t kVersion = 1;
  std::string activity_id;
  std::int64_t starts_at_us = 0;
  std::int64_t ends_at_us = 0;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(activity_id, starts_at_us, ends_at_us);
  }
};

struct ActivityCompleted {
  static constexpr std::string_view kType = "activity.completed";
  static constexpr std::uint32_t kVersion = 1;
  std::string activity_id;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(activity_id);
  }
};

// A sponsor (爱心单位) pledged something to an activity.
struct SponsorPledged {
  static constexpr std::string_view kType = "activity.sponsor_pledged";
  static constexpr std::uint32_t kVersion = 1;
  std::string activity_id;
  std::string pledge_id;
  std::string sponsor;
  std::string what;
  std::uint32_t quantity = 0;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(activity_id, pledge_id, sponsor, what, quantity);
  }
};

// What a sponsor actually delivered against a pledge.
struct PledgeFulfilled {
  static constexpr std::string_view kType = "activity.pledge_fulfilled";
  static constexpr std::uint32_t kVersion = 1;
  std::string activity_id;
  std::string pledge_id;
  std::uint32_t quantity = 0;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(activity_id, pledge_id, quantity);
  }
};

// The plan's details restated (not its times: those are rescheduled).
struct ActivityDetailsChanged {
  static constexpr std::string_view kType = "activity.details_changed";
  static constexpr std::uint32_t kVersion = 1;
  std::string activity_id;
  std::string title;
  std::string place;
  std::vector<std::string> itinerary;
  std::string person_in_charge;
  std::string coordinator;
  std::string children_contact;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(activity_id, title, place, itinerary, person_in_charge, coordinator, children_contact);
  }
};

// Aid given to a child (迎春花): what, how many, from which donor.
struct AidDistributed {
  static constexpr std::string_view kType = "activity.aid_distributed";
  static constexpr std::uint32_t kVersion = 1;
  std::string activity_id;
  std::string child_id;
  std::string donor;
  std::string what;
  std::uint32_t quantity = 0;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(activity_id, child_id, donor, what, quantity);
  }
};

// What a volunteer who took part wrote about it afterwards (活动心得),
// shared with the team; a later one of the same volunteer replaces it. The
// text is the volunteer's own: sealed under their key (events/personal.h).
struct ReflectionPosted {
  static constexpr std::string_view kType = "activity.reflection_posted";
  static constexpr std::uint32_t kVersion = 1;
  std::string activity_id;
  std::string volunteer_id;
  std::string text;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(activity_id, volunteer_id, text);
  }
};

}  // namespace homeward
