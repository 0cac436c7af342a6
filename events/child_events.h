#pragma once
// Events of a child's stream ("org/child/<child_id>"): the archive card (档案卡)
// with the fields of the civil-affairs registration form for left-behind
// children, its fill / review / approve steps, half-yearly surveys, guardian
// consent, and leaving the programme.

#include <cstdint>
#include <string>

#include "events/date.h"
#include "events/status.h"
#include "events/vocabulary.h"

namespace homeward {

struct Parent {
  std::string name;
  std::string work_city;
  std::string phone;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(name, work_city, phone);
  }
};

// The person actually caring for the child (寄养监护人 / 受委托监护人).
struct Guardian {
  std::string name;
  std::string relation;
  std::string phone;
  std::string address;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(name, relation, phone, address);
  }
};

// The archive card's contents.
struct ArchiveCard {
  std::string name;
  Sex sex = Sex::kUnspecified;
  std::string ethnicity;
  Date date_of_birth;
  std::string id_number;
  std::string household_registration;
  std::string residence;
  std::string school;
  std::string class_name;
  bool boarding = false;
  std::string schooling_status;
  std::string health;
  std::string disability;
  Parent father;
  Parent mother;
  Guardian guardian;
  GuardianshipRating guardianship_rating = GuardianshipRating::kUnrated;
  std::string support_received;
  std::string teacher_notes;  // the head teacher's notes on study, thinking, psychology, conduct
  template <class Ar>
  void serialize(Ar& ar) {
    ar(name, sex, ethnicity, date_of_birth, id_number, household_registration, residence, school,
       class_name, boarding, schooling_status, health, disability, father, mother, guardian,
       guardianship_rating, support_received, teacher_notes);
  }
};

// A child registered: the card as filled in by `filled_by` (填表人).
struct ChildRegistered {
  static constexpr std::string_view kType = "child.registered";
  static constexpr std::uint32_t kVersion = 1;
  std::string child_id;
  std::string unit_id;
  ArchiveCard card;
  std::string filled_by;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(child_id, unit_id, card, filled_by);
  }
};

// The card rewritten by `filled_by`; it needs review and approval again.
struct CardUpdated {
  static constexpr std::string_view kType = "child.card_updated";
  static constexpr std::uint32_t kVersion = 1;
  std::string child_id;
  ArchiveCard card;
  std::string filled_by;
  std::string reason;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(child_id, card, filled_by, reason);
  }
};

// The card checked by a second person (复核人).
struct CardReviewed {
  static constexpr std::string_view kType = "child.card_reviewed";
  static constexpr std::uint32_t kVersion = 1;
  std::string child_id;
  std::string reviewed_by;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(child_id, reviewed_by);
  }
};

// The card signed off by the unit's head (负责人), a third person.
struct CardApproved {
  static constexpr std::string_view kType = "child.card_approved";
  static constexpr std::uint32_t kVersion = 1;
  std::string child_id;
  std::string approved_by;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(child_id, approved_by);
  }
};

// A half-yearly survey (每半年一次摸底调查) done.
struct SurveyRecorded {
  static constexpr std::string_view kType = "child.surveyed";
  static constexpr std::uint32_t kVersion = 1;
  std::string child_id;
  Date surveyed_on;
  std::string surveyed_by;
  GuardianshipRating guardianship_rating = GuardianshipRating::kUnrated;
  std::string notes;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(child_id, surveyed_on, surveyed_by, guardianship_rating, notes);
  }
};

// A guardian's consent, with what it is for and how long the data is kept.
struct ConsentGiven {
  static constexpr std::string_view kType = "child.consent_given";
  static constexpr std::uint32_t kVersion = 1;
  std::string child_id;
  ConsentKind kind = ConsentKind::kDataProcessing;
  std::string guardian_name;
  std::string purpose;
  std::string retention;
  Date given_on;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(child_id, kind, guardian_name, purpose, retention, given_on);
  }
};

struct ConsentWithdrawn {
  static constexpr std::string_view kType = "child.consent_withdrawn";
  static constexpr std::uint32_t kVersion = 1;
  std::string child_id;
  ConsentKind kind = ConsentKind::kDataProcessing;
  Date withdrawn_on;
  std::string reason;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(child_id, kind, withdrawn_on, reason);
  }
};

// The child is now in the care of another unit (转学, a school merged into
// another): the unit whose children's records hold theirs.
struct ChildTransferred {
  static constexpr std::string_view kType = "child.transferred";
  static constexpr std::uint32_t kVersion = 2;
  std::string child_id;
  std::string from_unit_id;
  std::string unit_id;  // the unit the child is with from now on
  std::string reason;
  // The day the move took effect, in the old unit's time zone: the day it was
  // recorded, or an earlier one for a move recorded late. Since version 2.
  Date effective_on{};
  template <class Ar>
  void serialize(Ar& ar) {
    ar(child_id, from_unit_id, unit_id, reason, effective_on);
  }
  // Version 1 named no day: it reads with an unknown one, and the move took
  // effect when it was recorded. Errors: corruption when the bytes do not decode.
  static Result<ChildTransferred> Upcast(std::uint32_t from_version, std::string_view payload);
};

struct ChildLeft {
  static constexpr std::string_view kType = "child.left";
  static constexpr std::uint32_t kVersion = 1;
  std::string child_id;
  std::string reason;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(child_id, reason);
  }
};

// The child's personal data erased: the key that sealed it is destroyed, so
// every personal field of every event about the child reads "[erased]" from
// now on (events/personal.h). What happened and when stays readable.
struct ChildDataErased {
  static constexpr std::string_view kType = "child.data_erased";
  static constexpr std::uint32_t kVersion = 1;
  std::string child_id;
  std::string reason;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(child_id, reason);
  }
};

}  // namespace homeward
