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

}  // namespace homeward
