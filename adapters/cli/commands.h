#pragma once
// The subcommands of `homeward`. Each has the Command signature (command.h).

#include <functional>
#include <map>
#include <string>

#include "adapters/cli/command.h"

namespace homeward::cli {

// demo --data DIR [--json]: records the seed's Children's Day trip
// ("走出大山看世界") in the store and prints each recorded event. Running it
// again records nothing new: every append carries an idempotency key.
int RunDemo(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// log --data DIR [--from P] [--limit N] [--stream ID] [--json]: prints the log.
int RunLog(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// verify --data DIR [--json]: walks the hash chain; exit 0 when it holds, 1
// when it does not (naming the first bad position), 3 when it cannot run.
int RunVerify(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// bench append --writers W --events N --sync on|off [--json]: prints the
// engine's and a bare RocksDB loop's append rates.
int RunBench(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// bench rebuild --events N [--segments S] [--json]: prints the rate of a full
// rebuild of every projection and of a bare scan of the same log.
int RunBenchRebuild(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// bench setup-signups --data DIR [--volunteers N] [--activities M] [--places P]:
// the store bench/http-signups starts from (signup_setup.h).
int RunBenchSetupSignups(const std::vector<std::string>& args, std::ostream& out,
                         std::ostream& err);

// audit --stream ID --data DIR [--from V] [--limit N] [--json]: who recorded
// what and when in one stream, and the chain status; exit 1 when the chain fails.
int RunAudit(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// serve --data DIR [--listen HOST:PORT] [--workers N]: the HTTP/JSON API
// until SIGINT or SIGTERM.
int RunServe(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// erase child|volunteer ID --reason WHY --data DIR [--org O] [--json]: erases
// the person's personal data (the key is destroyed), saves every view and
// compacts the store.
int RunErase(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// compact --data DIR [--json]: saves every view up to the head and compacts
// the store, so overwritten bytes leave the disk.
int RunCompact(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// backup --data DIR --to DEST [--json]: a consistent copy of the log,
// without its keys.
int RunBackup(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// restore --from BACKUP --data DIR [--keys KEYSDIR] [--json]: copies a backup
// into a new store, with a copy of keys when given, re-applies every erasure
// the log records to those keys and checks the hash chain.
int RunRestore(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// user add NAME --role ROLE [--unit U] [--volunteer V] [--id ID] --data DIR [--json]:
// creates an account and prints its token once (only its hash is stored);
// user revoke ID [--reason R] --data DIR: the token stops working.
int RunUser(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// rebuild [NAME] --data DIR [--json]: replays projection NAME (every one when
// not given) from position 1 and saves it, with progress on a terminal.
int RunRebuild(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// replay NAME --as-of DATE|--position P --data DIR [--org O] [--id ID]
// [--month M] [--json]: builds projection NAME in memory from the log as it
// stood then and prints it; the store is opened read-only.
int RunReplay(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// import volunteers|children FILE --data DIR [--map M] [--unit U] [--skip-bad]
// [--json]: checks every row, reports bad ones by line, writes only when all
// are good (or --skip-bad); exit 1 when rows are bad.
int RunImport(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// export roster|care-board|reminders|report|service-records|assessment --data DIR
// [--id ID] [--month M] [--year Y] [--out FILE]: CSV in UTF-8 with a BOM.
int RunExport(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// openapi [--json]: prints the API document (docs/openapi.yaml) made from the
// router's route tables.
int RunOpenApi(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// Every subcommand by the name `homeward NAME` runs it under.
inline const std::map<std::string, Command, std::less<>>& Subcommands() {
  static const std::map<std::string, Command, std::less<>> commands = {
      {"demo", RunDemo},   {"log", RunLog},         {"verify", RunVerify}, {"bench", RunBench},
      {"audit", RunAudit}, {"rebuild", RunRebuild}, {"replay", RunReplay}, {"user", RunUser},
      {"erase", RunErase}, {"compact", RunCompact}, {"backup", RunBackup}, {"restore", RunRestore},
      {"serve", RunServe}, {"openapi", RunOpenApi}, {"import", RunImport}, {"export", RunExport},
  };
  return commands;
}

}  // namespace homeward::cli
