#include "adapters/cli/demo_org.h"

#include <boost/json.hpp>

#include "adapters/cli/seed_library.h"
#include "adapters/cli/seed_people.h"
#include "adapters/cli/seed_trip.h"
#include "engine/command_service.h"
#include "engine/time_zone.h"
#include "engine/token.h"
#include "projections/accounts.h"

namespace homeward::cli {

Status RecordDemoOrganization(EventLog& log, std::int64_t now_us,
                              const std::function<Status(const AppendResult&)>& each) {
  Result<Date> today = LocalDate(now_us, kDefaultTimeZone);
  if (!today.ok()) return today.status();
  CommandService service(log);
  auto run = [&](const std::string& key, const auto& command) -> Status {
    const CommandContext context{std::string(kSeedOrg), "coordinator:gao", "seed", key};
    Result<AppendResult> result = service.Execute(context, command);
    return result.ok() ? each(*result) : result.status();
  };
  for (const auto& [key, command] : SeedPeopleCommands(*today, now_us)) {
    if (Status s = run(key, command); !s.ok()) return s;
  }
  for (const auto& [key, command] : SeedTripCommands(*today)) {
    if (Status s = run(key, command); !s.ok()) return s;
  }
  for (const auto& [key, command] : SeedLibraryCommands(*today, now_us)) {
    Status s = std::visit([&, &key = key](const auto& c) { return run(key, c); }, command);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

Result<std::vector<DemoAccount>> IssueDemoAccounts(EventLog& log, const ProjectionHost& host) {
  const std::string org(kSeedOrg);
  CommandService service(log);
  const CommandContext context{org, "demo", "demo-accounts", ""};
  auto earlier = host.Read<AccountsState>(
      log.Head(), std::chrono::seconds(10),
      [&](const AccountsState& s, std::uint64_t) { return AccountList(s, org); });
  if (!earlier.ok()) return earlier.status();
  for (const auto& account : earlier->as_array()) {
    const std::string id(account.at("account_id").as_string());
    if (!id.starts_with("demo-") || account.at("revoked").as_bool()) continue;
    Result<AppendResult> revoked =
        service.Execute(context, AccountCommand{RevokeAccount{id, "replaced by a new demo run"}});
    if (!revoked.ok()) return revoked.status();
  }
  struct Plan {
    const char* role_name;
    AccountRole role;
    const char* unit;
    const char* volunteer;
    const char* who;
  };
  const Plan plans[] = {
      {"admin", AccountRole::kAdmin, "", "", "everything"},
      {"county", AccountRole::kCoordinator, "yunyang-fulian", "", "郧阳区妇联 and all units"},
      {"xiaocao", AccountRole::kCoordinator, "xiaocao", "", "十堰市小草义工协会"},
      {"wang", AccountRole::kVolunteer, "", "v-wang", "王芳, caring mother of 小花"},
      {"xu", AccountRole::kCounselor, "", "v-xu", "徐敏, counselor of 马岭小学's group talk"},
      {"auditor", AccountRole::kAuditor, "", "", "the whole log, children's data masked"},
  };
  const std::string run = NewToken().substr(3, 6);
  std::vector<DemoAccount> issued;
  for (const Plan& p : plans) {
    const std::string id = "demo-" + std::string(p.role_name) + "-" + run;
    const std::string token = NewToken();
    Result<AppendResult> made = service.Execute(
        context,
        AccountCommand{CreateAccount{id, id, p.role, p.unit, p.volunteer, TokenHash(token)}});
    if (!made.ok()) return made.status();
    issued.push_back(DemoAccount{id, std::string(NameOf(p.role)), p.who, token});
  }
  return issued;
}

}  // namespace homeward::cli
