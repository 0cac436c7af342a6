#include "engine/account_rules.h"

#include <algorithm>

namespace homeward {
namespace {

bool IsHashHex(std::string_view text) {
  return text.size() == 64 && std::all_of(text.begin(), text.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

}  // namespace

void Apply(AccountState& state, const Event& event) {
  if (const auto* e = std::get_if<AccountCreated>(&event)) {
    state.exists = true;
    state.created = *e;
  } else if (std::holds_alternative<AccountRevoked>(event)) {
    state.revoked = true;
    state.personal_data = false;
  } else if (std::holds_alternative<PersonalDataGranted>(event)) {
    state.personal_data = true;
  } else if (std::holds_alternative<PersonalDataGrantWithdrawn>(event)) {
    state.personal_data = false;
  }
}

std::string AccountStream(std::string_view org, std::string_view account_id) {
  return StreamOf(org, "account", account_id);
}

Result<Decision> Decide(std::string_view org, const AccountState& account, const UnitState& unit,
                        const VolunteerState& volunteer, const CreateAccount& c) {
  if (c.account_id.empty()) return Invalid("an account needs an id");
  if (c.name.empty()) return Invalid("an account needs a name");
  if (Status s = SingleLine(c.name, "an account's name"); !s.ok()) return s;
  if (!IsKnown(c.role)) return Invalid("unknown account role");
  if (!IsHashHex(c.token_hash)) {
    return Invalid("the token hash must be 64 lowercase hex digits (BLAKE2b-256)");
  }
  if (c.role == AccountRole::kCoordinator && c.unit_id.empty()) {
    return Invalid("a coordinator's account needs the unit they coordinate");
  }
  if (c.role == AccountRole::kVolunteer && c.volunteer_id.empty()) {
    return Invalid("a volunteer's account needs the volunteer it belongs to");
  }
  if (!c.unit_id.empty() && !unit.exists) return Missing("there is no unit '" + c.unit_id + "'");
  if (!c.volunteer_id.empty() && !volunteer.exists) {
    return Missing("there is no volunteer '" + c.volunteer_id + "'");
  }
  if (account.exists) {
    return Refuse(reason::kAlreadyExists, "account '" + c.account_id + "' already exists");
  }
  return Decision{
      {AccountStream(org, c.account_id),
       AccountCreated{c.account_id, c.name, c.role, c.unit_id, c.volunteer_id, c.token_hash}}};
}

Result<Decision> Decide(std::string_view org, const AccountState& account, const RevokeAccount& c) {
  if (!account.exists) return Missing("there is no account '" + c.account_id + "'");
  if (account.revoked) {
    return Refuse(reason::kInactive, "account '" + c.account_id + "' is already revoked");
  }
  return Decision{{AccountStream(org, c.account_id), AccountRevoked{c.account_id, c.reason}}};
}

Result<Decision> Decide(std::string_view org, const AccountState& account,
                        const GrantPersonalData& c) {
  if (c.reason.empty()) return Invalid("a grant of personal data needs a reason");
  if (!account.exists) return Missing("there is no account '" + c.account_id + "'");
  if (account.revoked) {
    return Refuse(reason::kInactive, "account '" + c.account_id + "' is revoked");
  }
  if (account.created.role != AccountRole::kAuditor) {
    return Refuse(reason::kNotAnAuditor,
                  "account '" + c.account_id +
                      "' is not an auditor's: what other roles see follows from their role");
  }
  if (account.personal_data) {
    return Refuse(reason::kAlreadyExists,
                  "account '" + c.account_id + "' already holds a grant of personal data");
  }
  return Decision{{AccountStream(org, c.account_id), PersonalDataGranted{c.account_id, c.reason}}};
}

Result<Decision> Decide(std::string_view org, const AccountState& account,
                        const WithdrawPersonalData& c) {
  if (c.reason.empty()) return Invalid("withdrawing a grant of personal data needs a reason");
  if (!account.exists) return Missing("there is no account '" + c.account_id + "'");
  if (!account.personal_data) {
    return Refuse(reason::kNotGranted,
                  "account '" + c.account_id + "' holds no grant of personal data");
  }
  return Decision{
      {AccountStream(org, c.account_id), PersonalDataGrantWithdrawn{c.account_id, c.reason}}};
}

}  // namespace homeward
