#pragma once
// The accounts view: who a token belongs to, found by the token's hash, so a
// revoked account stops working the moment its revocation is applied.

#include <boost/json/value.hpp>
#include <cereal/types/string.hpp>
#include <string>

#include "events/envelope.h"
#include "events/event.h"
#include "projections/keyed_map.h"

namespace homeward {

struct Account {
  std::string org;
  std::string account_id;
  std::string name;
  AccountRole role = AccountRole::kVolunteer;
  std::string unit_id;
  std::string volunteer_id;
  bool revoked = false;
  // An auditor granted children's personal fields (PersonalDataGranted).
  bool personal_data = false;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(org, account_id, name, role, unit_id, volunteer_id, revoked, personal_data);
  }
};

struct AccountsState {
  static constexpr std::string_view kName = "accounts";
  static constexpr std::uint32_t kVersion = 6;

  KeyedMap<Account> by_token;      // token hash -> account
  KeyedMap<std::string> token_of;  // account OrgKey -> token hash
  KeyedMap<std::string> feeds;     // calendar secret hash -> volunteer OrgKey, "" once closed
  KeyedMap<std::string> feed_of;   // volunteer OrgKey -> calendar secret hash
  // Volunteers suspended or gone (OrgKey -> "suspended" or "left"): accounts
  // that act as them are refused until a reinstatement.
  KeyedMap<std::string> stopped;

  void Apply(const Envelope& envelope, const Event& event);

  template <class Ar>
  void serialize(Ar& ar) {
    ar(by_token, token_of, feeds, feed_of, stopped);
  }
};

// The live account `account_id` of `org`, as Authenticate finds it by its
// token: errors are the same (unauthorized for an unknown or revoked
// account; reason "forbidden" for a volunteer suspended or gone).
Result<Account> AccountNamed(const AccountsState& state, std::string_view org,
                             std::string_view account_id);

// Whose calendar feed `secret` opens: a volunteer, or no one any more when
// the feed was revoked, replaced or its volunteer left (`closed`).
struct FeedOwner {
  std::string org;
  std::string volunteer_id;
  bool closed = false;
};

// The live account `token` belongs to. Errors: unauthorized, the same for an
// unknown and a revoked token, so the answer tells an attacker nothing;
// unauthorized with reason "forbidden" (HTTP 403) and detail "volunteer"
// ("suspended" or "left") for an account of a volunteer who is suspended or
// has left: a counselor suspended after a failed check reads no child's notes.
Result<Account> Authenticate(const AccountsState& state, std::string_view token);

// The volunteer whose calendar feed `secret` is, or `closed` for a feed that
// was closed (its calendar is then served empty, so a subscribed phone drops
// the events it held). Errors: not_found for a secret never issued.
Result<FeedOwner> FindFeed(const AccountsState& state, std::string_view secret);

// The accounts of `org` (never their token hashes): id, name, role, unit,
// volunteer, revoked, personal_data (an auditor's grant).
boost::json::value AccountList(const AccountsState& state, std::string_view org);

}  // namespace homeward
