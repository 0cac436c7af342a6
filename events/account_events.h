#pragma once
// Events of accounts: who may use homeward, with which role, within which
// unit, and the hash of their API token (never the token itself).

#include <cstdint>
#include <string>
#include <string_view>

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

}  // namespace homeward
