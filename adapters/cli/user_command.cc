#include <boost/json.hpp>
#include <cstdlib>
#include <iostream>

#include "adapters/cli/commands.h"
#include "engine/command_service.h"
#include "engine/rocks_log.h"
#include "engine/token.h"

namespace homeward::cli {
namespace po = boost::program_options;
int RunUser(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  po::options_description options("user options");
  std::string action, target, dir, org, role_name, unit, volunteer, id, reason;
  options.add_options()("help,h", "show this help")(
      "action", po::value(&action)->required(),
      "add, revoke, grant (an auditor's account: children's personal fields) or withdraw "
      "(that grant)")("target", po::value(&target)->required(),
                      "add: the account's name; revoke, grant, withdraw: its id")(
      "role", po::value(&role_name), "add: admin, coordinator, counselor, volunteer or auditor")(
      "unit", po::value(&unit), "add: the unit a coordinator acts within")(
      "volunteer", po::value(&volunteer), "add: the volunteer a volunteer's account is")(
      "id", po::value(&id), "add: the account id (default: made from fresh randomness)")(
      "reason", po::value(&reason), "revoke, grant, withdraw: why (needed for grant, withdraw)")(
      "org", po::value(&org), "the organization (default: the one of the log's first event)")(
      "data", po::value(&dir)->default_value("./data"), "the store directory")(
      "json", "print one JSON object");
  po::positional_options_description positional;
  positional.add("action", 1).add("target", 1);
  po::variables_map vm;
  bool help = false;
  if (!ParseOptions("user", options, args, vm, out, err, &help, &positional))
    return help ? kExitOk : kExitUsage;
  const bool json = vm.count("json") > 0;
  const auto fail = [&](const Status& s) { return ReportError("user", s, json, out, err); };
  if (action != "add" && action != "revoke" && action != "grant" && action != "withdraw") {
    return fail(InvalidArgument("unknown action '" + action + "': add, revoke, grant or withdraw"));
  }
  AccountRole role = AccountRole::kVolunteer;
  if (action == "add") {
    Result<AccountRole> parsed = ParseEnum<AccountRole>(role_name, "--role");
    if (!parsed.ok()) return fail(parsed.status());
    role = *parsed;
  }

  auto log = OpenStore(dir, /*read_only=*/false, org);
  if (!log.ok()) return fail(log.status());
  CommandService service(**log);
  const CommandContext context{org, Operator(), "cli-user", ""};

  if (action != "add") {
    // One change to an existing account: the command, its JSON field, what to say.
    AccountCommand command =
        RevokeAccount{target, reason.empty() ? "revoked by an operator" : reason};
    std::string field = "revoked", said = "revoked; its token no longer works";
    if (action == "grant") {
      command = GrantPersonalData{target, reason};
      field = "personal_data";
      said = "may now see children's personal fields (each read is recorded)";
    } else if (action == "withdraw") {
      command = WithdrawPersonalData{target, reason};
      field = "personal_data";
      said = "sees children's personal fields masked again";
    }
    Result<AppendResult> done = service.Execute(context, command);
    if (!done.ok()) return fail(AsBadArgument(done.status()));
    if (json) {
      out << boost::json::serialize(
                 boost::json::object{{"account_id", target},
                                     {field, action == "grant" || action == "revoke"},
                                     {"position", done->positions.back()}})
          << "\n";
    } else {
      out << "account " << target << " " << said << "\n";
    }
    return kExitOk;
  }
  if (id.empty()) id = "acct-" + NewToken().substr(3, 12);
  const std::string token = NewToken();
  Result<AppendResult> done = service.Execute(
      context, AccountCommand{CreateAccount{id, target, role, unit, volunteer, TokenHash(token)}});
  if (!done.ok()) return fail(AsBadArgument(done.status()));
  if (json) {
    out << boost::json::serialize(boost::json::object{{"account_id", id},
                                                      {"name", target},
                                                      {"role", NameOf(role)},
                                                      {"token", token},
                                                      {"position", done->positions.back()}})
        << "\n";
  } else {
    out << "account " << id << " (" << target << ", " << NameOf(role) << ") created.\n"
        << "token, shown this once and kept only as a hash:\n  " << token << "\n";
  }
  return kExitOk;
}

}  // namespace homeward::cli
