#pragma once
// Accounts: state folded from an account's stream ("org/account/<id>") and
// the pure rules for creating and revoking one.

#include <string>

#include "engine/decision.h"
#include "engine/unit_state.h"
#include "engine/volunteer_state.h"
#include "events/account_commands.h"
#include "events/account_events.h"

namespace homeward {

struct AccountState {
  bool exists = false;
  bool revoked = false;
  bool personal_data = false;  // an auditor granted children's personal fields
  AccountCreated created;
};

// Folds one event of the account's stream into `state`.
void Apply(AccountState& state, const Event& event);

// "org/account/<id>".
std::string AccountStream(std::string_view org, std::string_view account_id);

// Creates an account. Refuses: invalid_argument for an empty id or name or a
// token hash that is not 64 hex digits, a coordinator without a unit, a
// volunteer's account without a volunteer; not_found for a unit or volunteer
// that does not exist; already_exists for an id in use.
Result<Decision> Decide(std::string_view org, const AccountState& account, const UnitState& unit,
                        const VolunteerState& volunteer, const CreateAccount& c);

// Revokes an account: not_found, or inactive when it is already revoked.
Result<Decision> Decide(std::string_view org, const AccountState& account, const RevokeAccount& c);

// Grants an auditor's account children's personal fields. Refuses:
// invalid_argument without a reason; not_found; inactive for a revoked
// account; not_an_auditor for any other role (theirs follow from the role);
// already_exists when the grant already holds.
Result<Decision> Decide(std::string_view org, const AccountState& account,
                        const GrantPersonalData& c);

// Withdraws that grant. Refuses: invalid_argument without a reason;
// not_found; not_granted when the account holds no grant.
Result<Decision> Decide(std::string_view org, const AccountState& account,
                        const WithdrawPersonalData& c);

}  // namespace homeward
