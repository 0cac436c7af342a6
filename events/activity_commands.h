#pragma once
// Commands of the activities domain. Plain data; engine/activity_rules.h
// accepts or refuses them.

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "events/activity_events.h"

namespace homeward {

struct PlanActivity {
  std::string activity_id, unit_id;
  ActivityKind kind = ActivityKind::kTrip;
  std::string title, place;
  std::vector<std::string> itinerary;
  std::int64_t starts_at_us = 0, ends_at_us = 0;
  std::string person_in_charge, coordinator, children_contact;
  std::uint32_t children_capacity = 0;
  std::uint32_t cutoff_minutes = kDefaultCutoffMinutes;
};
struct AddSlot {
  std::string activity_id, slot_id, role;
  std::uint32_t capacity = 0;
  bool waitlist = true, adults_only = false, vetted_only = true;
};
struct OpenRecruitment {
  std::string activity_id;
};
struct CloseRecruitment {
  std::string activity_id;
};
// A volunteer takes a place. A coordinator may override the double-booking
// rule by giving a reason.
struct SignUp {
  std::string activity_id, slot_id, volunteer_id;
  std::string double_booking_override;
};
// A volunteer gives up their place or leaves the waitlist; after the cut-off
// only a coordinator may remove them, with a reason.
struct Withdraw {
  std::string activity_id, volunteer_id;
  bool by_coordinator = false;
  std::string reason;
};
struct ChangeCapacity {
  std::string activity_id, slot_id;
  std::uint32_t capacity = 0;
};
struct CancelActivity {
  std::string activity_id;
  bool weather = false;
  std::string reason;
};
struct RescheduleActivity {
  std::string activity_id;
  std::int64_t starts_at_us = 0, ends_at_us = 0;
};
struct CompleteActivity {
  std::string activity_id;
};
struct PledgeSponsor {
  std::string activity_id, sponsor, what;
  std::uint32_t quantity = 1;
};

using ActivityCommand = std::variant<PlanActivity, AddSlot, OpenRecruitment, CloseRecruitment,
                                     SignUp, Withdraw, ChangeCapacity, CancelActivity,
                                     RescheduleActivity, CompleteActivity, PledgeSponsor>;

}  // namespace homeward
