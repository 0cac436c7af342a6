#include <boost/json.hpp>
#include <iostream>

#include "adapters/cli/commands.h"
#include "adapters/cli/describe.h"
#include "engine/rocks_log.h"

namespace homeward::cli {
namespace po = boost::program_options;

int RunLog(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  po::options_description options("log options");
  std::string dir, stream;
  std::uint64_t from = 1;
  std::size_t limit = 1000;
  options.add_options()("help,h", "show this help")(
      "data", po::value(&dir)->default_value("./data"), "the store directory")(
      "from", po::value(&from)->default_value(1),
      "first position (or stream version with --stream)")(
      "limit", po::value(&limit)->default_value(1000), "print at most this many events")(
      "stream", po::value(&stream), "print only this stream (org/category/id)")(
      "json", "print one JSON object per event");
  po::variables_map vm;
  bool help = false;
  if (!ParseOptions("log", options, args, vm, out, err, &help)) return help ? kExitOk : kExitUsage;
  const bool json = vm.count("json") > 0;

  RocksLogOptions log_options;
  log_options.create_if_missing = false;
  log_options.read_only = true;
  auto log = RocksLog::Open(dir, log_options);
  if (!log.ok()) return ReportError("log", log.status(), json, out, err);
  Result<std::vector<Envelope>> envelopes =
      stream.empty() ? (*log)->ReadAll(from, limit) : (*log)->ReadStream(stream, from, limit);
  if (!envelopes.ok()) return ReportError("log", envelopes.status(), json, out, err);
  for (const Envelope& envelope : *envelopes) {
    if (json) {
      out << boost::json::serialize(EnvelopeJson(envelope, (*log)->keys())) << "\n";
    } else {
      out << EnvelopeLine(envelope, (*log)->keys()) << "\n";
    }
  }
  return kExitOk;
}

}  // namespace homeward::cli
