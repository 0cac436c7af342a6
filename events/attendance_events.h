#pragma once
// Who takes part in an activity besides the volunteers' places: children
// enrolled (with their guardian's consent), groups with their adults and
// children (the two-adult rule), and on the day: check-in with a short code,
// attendance, and service hours (志愿服务记录与证明出具办法 Art. 7).

#include <cstdint>
#include <string>
#include <string_view>

#include "events/date.h"
#include "events/vocabulary.h"

namespace homeward {

// A child takes one of the activity's children places (recorded in the
// child's stream too).
struct ChildEnrolled {
  static constexpr std::string_view kType = "activity.child_enrolled";
  static constexpr std::uint32_t kVersion = 1;
  std::string activity_id;
  std::string child_id;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(activity_id, child_id);
  }
};

struct ChildUnenrolled {
  static constexpr std::string_view kType = "activity.child_unenrolled";
  static constexpr std::uint32_t kVersion = 1;
  std::string activity_id;
  std::string child_id;
  std::string reason;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(activity_id, child_id, reason);
  }
};

struct GroupFormed {
  static constexpr std::string_view kType = "activity.group_formed";
  static constexpr std::uint32_t kVersion = 1;
  std::string activity_id;
  std::string group_id;
  std::string name;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(activity_id, group_id, name);
  }
};

// A volunteer holding a place, or an enrolled child, put in a group.
struct AssignedToGroup {
  static constexpr std::string_view kType = "activity.assigned_to_group";
  static constexpr std::uint32_t kVersion = 1;
  std::string activity_id;
  std::string group_id;
  std::string person_id;
  bool child = false;
  bool counts_as_adult = false;  // a vetted volunteer of 18 or more, when assigned
  template <class Ar>
  void serialize(Ar& ar) {
    ar(activity_id, group_id, person_id, child, counts_as_adult);
  }
};

struct RemovedFromGroup {
  static constexpr std::string_view kType = "activity.removed_from_group";
  static constexpr std::uint32_t kVersion = 1;
  std::string activity_id;
  std::string group_id;
  std::string person_id;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(activity_id, group_id, person_id);
  }
};

// The person in charge opened check-in for the day and got a short code.
struct CheckInOpened {
  static constexpr std::string_view kType = "activity.check_in_opened";
  static constexpr std::uint32_t kVersion = 1;
  std::string activity_id;
  Date day;
  std::string code;
  std::string opened_by;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(activity_id, day, code, opened_by);
  }
};

struct CheckedIn {
  static constexpr std::string_view kType = "activity.checked_in";
  static constexpr std::uint32_t kVersion = 1;
  std::string activity_id;
  std::string volunteer_id;
  std::int64_t at_us = 0;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(activity_id, volunteer_id, at_us);
  }
};

struct CheckedOut {
  static constexpr std::string_view kType = "activity.checked_out";
  static constexpr std::uint32_t kVersion = 1;
  std::string activity_id;
  std::string volunteer_id;
  std::int64_t at_us = 0;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(activity_id, volunteer_id, at_us);
  }
};

// Attendance as the person in charge records it; a correction is a new event.
struct AttendanceRecorded {
  static constexpr std::string_view kType = "activity.attendance_recorded";
  static constexpr std::uint32_t kVersion = 1;
  std::string activity_id;
  std::string volunteer_id;
  Attendance status = Attendance::kPresent;
  std::string recorded_by;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(activity_id, volunteer_id, status, recorded_by);
  }
};

// Service hours confirmed by the person in charge (Art. 7: hours actually
// given). Recorded in the volunteer's stream too.
struct HoursConfirmed {
  static constexpr std::string_view kType = "activity.hours_confirmed";
  static constexpr std::uint32_t kVersion = 1;
  std::string activity_id;
  std::string volunteer_id;
  std::uint32_t minutes = 0;
  std::string confirmed_by;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(activity_id, volunteer_id, minutes, confirmed_by);
  }
};

// A volunteer asks for their confirmed hours to be corrected (Art. 13).
struct HoursCorrectionRequested {
  static constexpr std::string_view kType = "activity.hours_correction_requested";
  static constexpr std::uint32_t kVersion = 1;
  std::string activity_id;
  std::string volunteer_id;
  std::uint32_t minutes = 0;
  std::string reason;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(activity_id, volunteer_id, minutes, reason);
  }
};

struct HoursCorrectionDecided {
  static constexpr std::string_view kType = "activity.hours_correction_decided";
  static constexpr std::uint32_t kVersion = 1;
  std::string activity_id;
  std::string volunteer_id;
  bool accepted = false;
  std::uint32_t minutes = 0;  // the hours now standing
  std::string decided_by;
  std::string reason;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(activity_id, volunteer_id, accepted, minutes, decided_by, reason);
  }
};

}  // namespace homeward
