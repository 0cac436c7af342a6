// The account commands: load what each concerns, decide, append with the
// versions decided on. CommandService::Execute retries it.

#include "engine/account_rules.h"
#include "engine/execute_once.h"
#include "engine/handler_base.h"

namespace homeward {
namespace {

struct AccountHandler : HandlerBase {
  Result<Loaded<AccountState>> LoadAccount(std::string_view id) {
    return Remember(service.LoadAccount(org, id), AccountStream(org, id));
  }

  Result<AppendResult> operator()(const CreateAccount& c) {
    if (c.account_id.empty()) return Invalid("an account needs an id");
    auto account = LoadAccount(c.account_id);
    if (!account.ok()) return account.status();
    auto unit = MaybeUnit(c.unit_id);
    if (!unit.ok()) return unit.status();
    Loaded<VolunteerState> none;
    auto volunteer = c.volunteer_id.empty() ? Result<Loaded<VolunteerState>>(none)
                                            : LoadVolunteer(c.volunteer_id);
    if (!volunteer.ok()) return volunteer.status();
    return Commit(Decide(org, account->state(), unit->state(), volunteer->state(), c));
  }

  // Revoking, granting and withdrawing: each decided on the account alone.
  template <typename C>
  Result<AppendResult> operator()(const C& c) {
    if (c.account_id.empty()) return Invalid("name the account");
    auto account = LoadAccount(c.account_id);
    if (!account.ok()) return account.status();
    return Commit(Decide(org, account->state(), c));
  }
};

}  // namespace

Result<AppendResult> ExecuteOnce(CommandService& service, const CommandContext& context,
                                 const AccountCommand& command) {
  return std::visit(AccountHandler{{service, context}}, command);
}

}  // namespace homeward
