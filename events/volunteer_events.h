#pragma once
// Events of a volunteer's stream ("org/volunteer/<volunteer_id>"). The details
// are the fields of a volunteer record under 志愿服务记录与证明出具办法 Art. 5.

#include <cereal/types/vector.hpp>
#include <cstdint>
#include <string>
#include <vector>

#include "events/date.h"
#include "events/status.h"
#include "events/vocabulary.h"

namespace homeward {

// Who the volunteer is (志愿者基本信息).
struct VolunteerDetails {
  std::string name;
  Sex sex = Sex::kUnspecified;
  Date date_of_birth;
  std::string id_number;
  std::string residence_area;
  std::string contact;
  std::vector<std::string> skills;
  std::vector<std::string> service_categories;
  std::vector<VolunteerKind> kinds;
  std::uint32_t family_members = 0;  // for a caring family (爱心家庭)
  template <class Ar>
  void serialize(Ar& ar) {
    ar(name, sex, date_of_birth, id_number, residence_area, contact, skills, service_categories,
       kinds, family_members);
  }
  bool Is(VolunteerKind kind) const {
    for (VolunteerKind k : kinds)
      if (k == kind) return true;
    return false;
  }
};

struct VolunteerRegistered {
  static constexpr std::string_view kType = "volunteer.registered";
  static constexpr std::uint32_t kVersion = 1;
  std::string volunteer_id;
  std::string unit_id;
  VolunteerDetails details;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(volunteer_id, unit_id, details);
  }
};

// Details replaced by a correction (Art. 13: a volunteer may ask for one).
struct VolunteerDetailsCorrected {
  static constexpr std::string_view kType = "volunteer.details_corrected";
  static constexpr std::uint32_t kVersion = 1;
  std::string volunteer_id;
  VolunteerDetails details;
  std::string reason;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(volunteer_id, details, reason);
  }
};

// A criminal-record check passed (未成年人保护法 Art. 62: at start and every year).
struct VolunteerVetted {
  static constexpr std::string_view kType = "volunteer.vetted";
  static constexpr std::uint32_t kVersion = 1;
  std::string volunteer_id;
  std::string checked_by;
  Date checked_on;
  Date valid_until;  // last day the check counts
  template <class Ar>
  void serialize(Ar& ar) {
    ar(volunteer_id, checked_by, checked_on, valid_until);
  }
};

// The volunteer accepted a version of a unit's waiver (特别承诺): their own
// unit's, or that of a unit whose activities they join.
struct WaiverAccepted {
  static constexpr std::string_view kType = "volunteer.waiver_accepted";
  static constexpr std::uint32_t kVersion = 2;
  std::string volunteer_id;
  std::string waiver_version;
  std::string unit_id{};  // since version 2; empty: the volunteer's own unit at the time
  template <class Ar>
  void serialize(Ar& ar) {
    ar(volunteer_id, waiver_version, unit_id);
  }
  // Version 1 named no unit: it reads with an empty unit_id. Errors:
  // corruption when the bytes do not decode.
  static Result<WaiverAccepted> Upcast(std::uint32_t from_version, std::string_view payload);
};

struct VolunteerSuspended {
  static constexpr std::string_view kType = "volunteer.suspended";
  static constexpr std::uint32_t kVersion = 1;
  std::string volunteer_id;
  std::string reason;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(volunteer_id, reason);
  }
};

struct VolunteerReinstated {
  static constexpr std::string_view kType = "volunteer.reinstated";
  static constexpr std::uint32_t kVersion = 1;
  std::string volunteer_id;
  std::string reason;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(volunteer_id, reason);
  }
};

// The volunteer is now registered with another unit (their association
// merged into another, or they moved).
struct VolunteerTransferred {
  static constexpr std::string_view kType = "volunteer.transferred";
  static constexpr std::uint32_t kVersion = 1;
  std::string volunteer_id;
  std::string from_unit_id;
  std::string unit_id;  // the unit the volunteer is registered with from now on
  std::string reason;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(volunteer_id, from_unit_id, unit_id, reason);
  }
};

struct VolunteerLeft {
  static constexpr std::string_view kType = "volunteer.left";
  static constexpr std::uint32_t kVersion = 1;
  std::string volunteer_id;
  std::string reason;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(volunteer_id, reason);
  }
};

// The volunteer's personal data erased at their request, as a child's is
// (ChildDataErased).
struct VolunteerDataErased {
  static constexpr std::string_view kType = "volunteer.data_erased";
  static constexpr std::uint32_t kVersion = 1;
  std::string volunteer_id;
  std::string reason;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(volunteer_id, reason);
  }
};

// A private calendar feed issued to a volunteer: its URL holds a secret of
// which only the hash is kept. A new feed replaces the volunteer's last one.
struct CalendarFeedIssued {
  static constexpr std::string_view kType = "volunteer.calendar_feed_issued";
  static constexpr std::uint32_t kVersion = 1;
  std::string volunteer_id;
  std::string secret_hash;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(volunteer_id, secret_hash);
  }
};

// The volunteer's calendar feed stops working.
struct CalendarFeedRevoked {
  static constexpr std::string_view kType = "volunteer.calendar_feed_revoked";
  static constexpr std::uint32_t kVersion = 1;
  std::string volunteer_id;
  std::string reason;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(volunteer_id, reason);
  }
};

}  // namespace homeward
