#pragma once
// Commands of the activities domain. Plain data; engine/activity_rules.h
// accepts or refuses them.

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "events/activity_events.h"
#include "events/attendance_events.h"
#include "events/program_events.h"

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
  std::uint32_t children_per_adult = 5;
};
struct AddSlot {
  std::string activity_id, slot_id, role;
  std::uint32_t capacity = 0;
  bool waitlist = true, adults_only = false, vetted_only = true;
  std::vector<VolunteerKind> kinds = {};  // e.g. counselors only
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
  std::string activity_id, pledge_id, sponsor, what;
  std::uint32_t quantity = 1;
};
struct FulfilPledge {
  std::string activity_id, pledge_id;
  std::uint32_t quantity = 0;
};
struct ChangeActivityDetails {
  std::string activity_id, title, place;
  std::vector<std::string> itinerary;
  std::string person_in_charge, coordinator, children_contact;
};
struct DistributeAid {
  std::string activity_id, child_id, donor, what;
  std::uint32_t quantity = 1;
};

// Children and groups (the two-adult rule).
struct EnrollChild {
  std::string activity_id, child_id;
};
struct UnenrollChild {
  std::string activity_id, child_id, reason;
};
struct FormGroup {
  std::string activity_id, group_id, name;
};
struct AssignToGroup {
  std::string activity_id, group_id, person_id;
  bool child = false;
};
struct RemoveFromGroup {
  std::string activity_id, group_id, person_id;
};

// On the day: check-in, attendance, hours.
struct OpenCheckIn {
  std::string activity_id, opened_by;
  std::string code;  // empty: the service draws one
};
struct CheckIn {
  std::string activity_id, volunteer_id, code;
};
struct CheckOut {
  std::string activity_id, volunteer_id, code;
};
struct RecordAttendance {
  std::string activity_id, volunteer_id;
  Attendance status = Attendance::kPresent;
  std::string recorded_by;
};
struct ConfirmHours {
  std::string activity_id, volunteer_id, confirmed_by;
  std::optional<std::uint32_t> minutes;  // default: from check-in to check-out
  std::uint32_t travel_minutes = 0;      // counted only where the unit's rule says so
};
struct RequestHoursCorrection {
  std::string activity_id, volunteer_id;
  std::uint32_t minutes = 0;
  std::string reason;
};
struct DecideHoursCorrection {
  std::string activity_id, volunteer_id;
  bool accept = false;
  std::string decided_by, reason;
};

// Library builds and counseling sessions (activities of those kinds).
struct JoinLibraryBuild {
  std::string activity_id, volunteer_id;
};
struct DonateBooks {
  std::string activity_id, donor, category;
  std::uint32_t count = 0;
  bool restock = false;
};
struct PairFriend {
  std::string activity_id, child_id, friend_name;
};
struct RecordSession {
  std::string activity_id, counselor_id;
  SessionOutcome outcome = SessionOutcome::kHeld;
  bool group = false;
  std::vector<std::string> children;
  std::string confidential_notes;
};
struct RequestFollowUp {
  std::string activity_id, child_id, counselor_id;
  Date due;
};

// A volunteer's reflection on an activity they took part in, once it has
// ended (活动心得).
struct PostReflection {
  std::string activity_id, volunteer_id, text;
};

using ActivityCommand =
    std::variant<PlanActivity, AddSlot, OpenRecruitment, CloseRecruitment, SignUp, Withdraw,
                 ChangeCapacity, CancelActivity, RescheduleActivity, CompleteActivity,
                 PledgeSponsor, EnrollChild, UnenrollChild, FormGroup, AssignToGroup,
                 RemoveFromGroup, OpenCheckIn, CheckIn, CheckOut, RecordAttendance, ConfirmHours,
                 RequestHoursCorrection, DecideHoursCorrection, JoinLibraryBuild, DonateBooks,
                 PairFriend, RecordSession, RequestFollowUp, FulfilPledge, ChangeActivityDetails,
                 DistributeAid, PostReflection>;

}  // namespace homeward
