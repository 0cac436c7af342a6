#include <boost/json.hpp>
#include <iostream>

#include "adapters/cli/commands.h"
#include "engine/verify.h"
#include "projections/audit.h"

namespace homeward::cli {
namespace po = boost::program_options;

int RunVerify(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  po::options_description options("verify options");
  std::string dir;
  options.add_options()("help,h", "show this help")(
      "data", po::value(&dir)->default_value("./data"), "the store directory")(
      "json", "print the report as one JSON object");
  po::variables_map vm;
  bool help = false;
  if (!ParseOptions("verify", options, args, vm, out, err, &help)) {
    return help ? kExitOk : kExitUsage;
  }
  const bool json = vm.count("json") > 0;

  Result<VerifyReport> report = VerifyStore(dir);
  if (!report.ok()) return ReportError("verify", report.status(), json, out, err);
  if (json) {
    out << boost::json::serialize(ChainJson(*report)) << "\n";
  } else if (report->ok) {
    out << "OK: " << report->count << " events, head position " << report->head_position
        << ", head hash " << HashHex(report->head_hash) << "\n";
  } else {
    out << "FAILED at position " << report->bad_position << ": " << report->problem << "\n"
        << "(" << report->count << " events before it verified)\n";
  }
  return report->ok ? kExitOk : kExitFailure;
}

}  // namespace homeward::cli
