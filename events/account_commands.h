#pragma once
// Commands of accounts. The adapter makes the token and passes only its hash.

#include <string>
#include <variant>

#include "events/vocabulary.h"

namespace homeward {

struct CreateAccount {
  std::string account_id, name;
  AccountRole role = AccountRole::kVolunteer;
  std::string unit_id, volunteer_id, token_hash;
};
struct RevokeAccount {
  std::string account_id, reason;
};

// Lets an auditor's account see children's personal fields; only an
// auditor's, and only with a reason.
struct GrantPersonalData {
  std::string account_id, reason;
};
// Ends that grant.
struct WithdrawPersonalData {
  std::string account_id, reason;
};

// Every command of accounts.
using AccountCommand =
    std::variant<CreateAccount, RevokeAccount, GrantPersonalData, WithdrawPersonalData>;

}  // namespace homeward
