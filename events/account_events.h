#pragma once
// Events of accounts: who may use homeward, with which role, within which
// unit, and the hash of their API token (never the token itself).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "events/vocabulary.h"

namespace homeward {

struct AccountCreated {
  static constexpr std::string_view kType = "account.created";
  static constexpr std::uint32_t kVersion = 1;
  std::string account_id;
  std::string name;
  AccountRole role = AccountRole::kVolunteer;
  std::string unit_id;       // a coordinator acts within it and the units under it
  std::string volunteer_id;  // a volunteer's account is that volunteer
  std::string token_hash;    // BLAKE2b-256 of the token, 64 hex digits
  template <class Ar>
  void serialize(Ar& ar) {
    ar(account_id, name, role, unit_id, volunteer_id, token_hash);
  }
};

struct AccountRevoked {
  static constexpr std::string_view kType = "account.revoked";
  static constexpr std::uint32_t kVersion = 1;
  std::string account_id;
  std::string reason;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(account_id, reason);
  }
};

// An auditor's account is let see children's personal fields, which are
// masked from auditors otherwise (issue: least privilege, granted in the open).
// Only an admin grants it, with a reason, and every read under it is still
// recorded (PersonalDataRead).
struct PersonalDataGranted {
  static constexpr std::string_view kType = "account.personal_data_granted";
  static constexpr std::uint32_t kVersion = 1;
  std::string account_id;
  std::string reason;  // why the audit needs it: "2026 annual audit of the county office"
  template <class Ar>
  void serialize(Ar& ar) {
    ar(account_id, reason);
  }
};

// The grant above ends: the auditor sees children's personal fields masked again.
struct PersonalDataGrantWithdrawn {
  static constexpr std::string_view kType = "account.personal_data_grant_withdrawn";
  static constexpr std::uint32_t kVersion = 1;
  std::string account_id;
  std::string reason;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(account_id, reason);
  }
};

// A read of someone's personal data through the API or the web page, in the
// stream of the person read ("org/access/child-ID"): who read which fields
// by which route. An auditor lists them (China's 2019 rules on children's
// personal information ask for least-privilege access with an access record).
struct PersonalDataRead {
  static constexpr std::string_view kType = "access.personal_data_read";
  static constexpr std::uint32_t kVersion = 1;
  std::string subject;  // "child/ID" or "volunteer/ID"
  std::string account_id;
  AccountRole role = AccountRole::kVolunteer;
  std::string route;                // "GET /v1/children/{child_id}/card", "export care-board"
  std::vector<std::string> fields;  // which fields, by path ("card.guardian.phone")
  template <class Ar>
  void serialize(Ar& ar) {
    ar(subject, account_id, role, route, fields);
  }
};

}  // namespace homeward
