#include <boost/json.hpp>
#include <iostream>

#include "adapters/cli/commands.h"
#include "adapters/cli/render_text.h"
#include "engine/rocks_log.h"
#include "projections/audit.h"

namespace homeward::cli {
namespace po = boost::program_options;

int RunAudit(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  po::options_description options("audit options");
  std::string dir, stream;
  std::uint64_t from = 1;
  std::size_t limit = 1000;
  options.add_options()("help,h", "show this help")("stream", po::value(&stream)->required(),
                                                    "the stream, e.g. shiyan/activity/trip-1")(
      "from", po::value(&from)->default_value(from), "the first stream version to show")(
      "limit", po::value(&limit)->default_value(limit), "show at most this many events")(
      "data", po::value(&dir)->default_value("./data"), "the store directory")(
      "json", "print one JSON object");
  po::variables_map vm;
  bool help = false;
  if (!ParseOptions("audit", options, args, vm, out, err, &help))
    return help ? kExitOk : kExitUsage;
  const bool json = vm.count("json") > 0;
  const auto fail = [&](const Status& s) { return ReportError("audit", s, json, out, err); };

  RocksLogOptions log_options;
  log_options.create_if_missing = false;
  log_options.read_only = true;
  auto log = RocksLog::Open(dir, log_options);
  if (!log.ok()) return fail(log.status());
  Result<boost::json::value> history = AuditStream(**log, stream, from, limit);
  if (!history.ok()) return fail(history.status());
  Result<VerifyReport> chain = VerifyStore(dir);
  if (!chain.ok()) return fail(chain.status());
  boost::json::object document = history->as_object();
  document["chain"] = ChainJson(*chain);
  if (json) {
    out << boost::json::serialize(document) << "\n";
  } else {
    RenderText(document, out);
  }
  return chain->ok ? kExitOk : kExitFailure;
}

}  // namespace homeward::cli
