#include "adapters/cli/command.h"

#include <pwd.h>
#include <unistd.h>

#include <algorithm>
#include <boost/json.hpp>
#include <cctype>
#include <iostream>
#include <ostream>

#include "adapters/cli/progress_line.h"
#include "engine/event_log.h"

namespace homeward::cli {

std::string Operator() {
  const char* user = std::getenv("USER");
  if (user != nullptr && *user != '\0') return std::string("operator:") + user;
  // Under cron, systemd or sudo -i, $USER may be unset: the system knows who runs it.
  if (const passwd* entry = ::getpwuid(::geteuid()); entry != nullptr && entry->pw_name != nullptr)
    return std::string("operator:") + entry->pw_name;
  return "operator:uid-" + std::to_string(::geteuid());
}

Result<std::unique_ptr<RocksLog>> OpenStore(const std::string& dir, bool read_only,
                                            std::string& org) {
  RocksLogOptions options;
  options.create_if_missing = false;
  options.read_only = read_only;
  auto log = RocksLog::Open(dir, options);
  if (!log.ok()) return log.status();
  if (org.empty()) {
    Result<std::string> found = DefaultOrg(**log);
    if (!found.ok()) return found.status();
    org = *found;
  }
  return log;
}

bool IsTerminal(const std::ostream& err) {
  return &err == &std::cerr && ::isatty(STDERR_FILENO) == 1;
}
namespace po = boost::program_options;

bool ParseOptions(const std::string& name, const po::options_description& options,
                  const std::vector<std::string>& args, po::variables_map& vm, std::ostream& out,
                  std::ostream& err, bool* help,
                  const po::positional_options_description* positional) {
  *help = false;
  try {
    po::command_line_parser parser(args);
    parser.options(options);
    if (positional) parser.positional(*positional);
    po::store(parser.run(), vm);
    if (vm.count("help")) {
      // The positional arguments by name, as `homeward user add NAME` takes them.
      std::string words;
      for (unsigned i = 0; positional && i < positional->max_total_count() && i < 8; ++i) {
        std::string word = positional->name_for_position(i);
        std::transform(word.begin(), word.end(), word.begin(),
                       [](unsigned char ch) { return ch == '-' ? '_' : std::toupper(ch); });
        words += " [" + word + "]";
      }
      out << "usage: homeward " << name << words << " [options]\n"
          << options
          << "\nexit codes: 0 done; 1 the command ran and found a problem (a failed check, "
             "bad rows, a rule refused it); 2 bad arguments (one that names nothing too); 3 "
             "it could not run (no store, store in use by a server, unreadable file)\n";
      *help = true;
      return false;
    }
    po::notify(vm);
  } catch (const po::error& e) {
    err << "homeward " << name << ": " << e.what() << "\n" << options;
    return false;
  }
  return true;
}

int ReportError(const std::string& name, const Status& status, bool json, std::ostream& out,
                std::ostream& err) {
  if (json) {
    boost::json::object details;
    for (const auto& [k, v] : status.details()) details[k] = v;
    out << boost::json::serialize(boost::json::object{{"error",
                                                       {{"code", status.reason()},
                                                        {"message", status.message()},
                                                        {"details", std::move(details)}}}})
        << "\n";
  } else {
    err << "homeward " << name << ": " << status.message() << "\n";
  }
  switch (status.code()) {
    case Code::kInvalidArgument:
      return kExitUsage;
    case Code::kConflict:
    case Code::kUnauthorized:
      return kExitFailure;  // it ran, and a rule refused it
    default:
      return kExitError;
  }
}

Status AsBadArgument(const Status& status) {
  if (status.code() != Code::kNotFound) return status;
  return Status(Code::kInvalidArgument, status.message(), status.reason(), status.details());
}

Result<std::string> DefaultOrg(const LogReader& log) {
  Result<std::vector<Envelope>> first = log.ReadAll(1, 1);
  if (!first.ok()) return first.status();
  if (first->empty()) return InvalidArgument("the log is empty: name the organization with --org");
  const std::string& stream = first->front().stream_id;
  return stream.substr(0, stream.find('/'));
}

}  // namespace homeward::cli
