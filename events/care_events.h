#pragma once
// Care between a volunteer and a child: the "3+1" roles (亲情代理), help pairs
// (结对帮扶), and contacts on the child's card. Role and pair events are
// recorded in both streams they concern, the child's and the volunteer's, in
// one append; projections take them from the child's stream.

#include <cstdint>
#include <string>

#include "events/vocabulary.h"

namespace homeward {

struct CareRoleAssigned {
  static constexpr std::string_view kType = "care.role_assigned";
  static constexpr std::uint32_t kVersion = 1;
  std::string child_id;
  CareRole role = CareRole::kCaringMother;
  std::string volunteer_id;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(child_id, role, volunteer_id);
  }
};

struct CareRoleEnded {
  static constexpr std::string_view kType = "care.role_ended";
  static constexpr std::uint32_t kVersion = 1;
  std::string child_id;
  CareRole role = CareRole::kCaringMother;
  std::string volunteer_id;
  std::string reason;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(child_id, role, volunteer_id, reason);
  }
};

// A party member or cadre paired with a child ("一牵二知三帮四联").
struct HelpPairFormed {
  static constexpr std::string_view kType = "care.help_pair_formed";
  static constexpr std::uint32_t kVersion = 1;
  std::string child_id;
  std::string volunteer_id;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(child_id, volunteer_id);
  }
};

struct HelpPairEnded {
  static constexpr std::string_view kType = "care.help_pair_ended";
  static constexpr std::uint32_t kVersion = 1;
  std::string child_id;
  std::string volunteer_id;
  std::string reason;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(child_id, volunteer_id, reason);
  }
};

// A contact on the child's card: a call or letter to the parents, a talk, a visit.
struct ContactRecorded {
  static constexpr std::string_view kType = "child.contact_recorded";
  static constexpr std::uint32_t kVersion = 1;
  std::string child_id;
  std::string contact_id;
  ContactKind kind = ContactKind::kTalk;
  std::string by;             // who made the contact
  std::int64_t at_us = 0;     // when, UTC microseconds
  std::uint32_t minutes = 0;  // how long
  std::string summary;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(child_id, contact_id, kind, by, at_us, minutes, summary);
  }
};

// A recorded contact's facts restated; the original stays in the log.
struct ContactCorrected {
  static constexpr std::string_view kType = "child.contact_corrected";
  static constexpr std::uint32_t kVersion = 1;
  std::string child_id;
  std::string contact_id;
  ContactKind kind = ContactKind::kTalk;
  std::string by;
  std::int64_t at_us = 0;
  std::uint32_t minutes = 0;
  std::string summary;
  std::string reason;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(child_id, contact_id, kind, by, at_us, minutes, summary, reason);
  }
};

}  // namespace homeward
