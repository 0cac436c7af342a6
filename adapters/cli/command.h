#pragma once
// What every subcommand shares: its signature, option parsing with clear
// errors, and printing a Status the same way everywhere.

#include <boost/program_options.hpp>
#include <iosfwd>
#include <string>
#include <vector>

#include "events/status.h"

namespace homeward {
class LogReader;
}

#include "engine/rocks_log.h"

namespace homeward::cli {

// A subcommand: takes its own arguments (without the subcommand name), writes
// to `out` and `err`, returns the process exit code.
using Command = int (*)(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// Exit codes shared by all subcommands.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;  // the command ran and found a problem (e.g. verify)
inline constexpr int kExitUsage = 2;    // bad arguments
inline constexpr int kExitError = 3;    // the command could not run (store unavailable, ...)

// Parses `args` against `options` into `vm`. On a bad argument writes the
// error and the usage of `name` to `err` and returns false. When --help is
// given, writes the usage to `out` and returns false with *help set.
// `positional`, when given, names the options taken without a flag.
bool ParseOptions(
    const std::string& name, const boost::program_options::options_description& options,
    const std::vector<std::string>& args, boost::program_options::variables_map& vm,
    std::ostream& out, std::ostream& err, bool* help,
    const boost::program_options::positional_options_description* positional = nullptr);

// Writes `status` for a person ("homeward NAME: message") or, with json, as
// {"error":{"code","message","details"}} on `out`. Returns the exit code for
// it: 2 for an invalid argument, 1 for a rule's refusal (a conflict, not
// allowed), 3 for anything else (a store in a newer format or in use, a
// file that changed while it was read).
int ReportError(const std::string& name, const Status& status, bool json, std::ostream& out,
                std::ostream& err);

// `status` as a bad argument when it says the command named something that
// does not exist (kNotFound from a rule: an unknown unit or account), so it
// exits 2 rather than 3, which is for a store that is not there.
Status AsBadArgument(const Status& status);

// Who the command line records as the actor: the operator at the terminal
// ("operator:" and $USER, else the name the system's account database gives
// the effective user, else "operator:uid-N").
std::string Operator();

// Opens the existing store in `dir` (read-only when `read_only`) and, when
// `org` is empty, sets it to DefaultOrg. Errors: as RocksLog::Open and DefaultOrg.
Result<std::unique_ptr<RocksLog>> OpenStore(const std::string& dir, bool read_only,
                                            std::string& org);

// The organization a command without --org works on: the one of the log's
// first event. Errors: invalid_argument when the log is empty; as ReadAll.
Result<std::string> DefaultOrg(const LogReader& log);

}  // namespace homeward::cli
