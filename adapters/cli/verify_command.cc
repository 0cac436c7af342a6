#include <boost/json.hpp>
#include <iostream>

#include "adapters/cli/commands.h"
#include "engine/rocks_log.h"
#include "engine/verify.h"
#include "projections/audit.h"
#include "projections/snapshot_check.h"

namespace homeward::cli {
namespace po = boost::program_options;

int RunVerify(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  po::options_description options("verify options");
  std::string dir;
  options.add_options()("help,h", "show this help")(
      "data", po::value(&dir)->default_value("./data"), "the store directory")(
      "projections",
      "also check that every saved projection equals a rebuild from the log up to its position")(
      "json", "print the report as one JSON object");
  po::variables_map vm;
  bool help = false;
  if (!ParseOptions("verify", options, args, vm, out, err, &help)) {
    return help ? kExitOk : kExitUsage;
  }
  const bool json = vm.count("json") > 0;

  Result<VerifyReport> report = VerifyStore(dir);
  if (!report.ok()) return ReportError("verify", report.status(), json, out, err);
  std::vector<SnapshotCheck> checks;
  if (vm.count("projections") > 0) {
    RocksLogOptions read_only;
    read_only.create_if_missing = false;
    read_only.read_only = true;
    auto log = RocksLog::Open(dir, read_only);
    if (!log.ok()) return ReportError("verify", log.status(), json, out, err);
    std::unique_ptr<ProjectionStore> store = (*log)->NewProjectionStore();
    Result<std::vector<SnapshotCheck>> checked = CheckSnapshots(**log, *store);
    if (!checked.ok()) return ReportError("verify", checked.status(), json, out, err);
    checks = std::move(checked).value();
  }
  bool views_ok = true;
  for (const SnapshotCheck& c : checks) views_ok = views_ok && c.outcome != "differs";
  if (json) {
    boost::json::object doc = ChainJson(*report);
    if (vm.count("projections") > 0) {
      boost::json::array views;
      for (const SnapshotCheck& c : checks) {
        views.push_back(boost::json::object{
            {"name", c.name}, {"position", c.position}, {"outcome", c.outcome}});
      }
      doc["projections"] = std::move(views);
      doc["projections_ok"] = views_ok;
    }
    out << boost::json::serialize(doc) << "\n";
  } else if (report->ok) {
    out << "OK: " << report->count << " events, head position " << report->head_position
        << ", head hash " << HashHex(report->head_hash) << "\n";
  } else {
    out << "FAILED at position " << report->bad_position << ": " << report->problem << "\n"
        << "(" << report->count << " events before it verified)\n";
  }
  if (!json) {
    for (const SnapshotCheck& c : checks) {
      out << "  " << c.name << ": "
          << (c.outcome == "equal"     ? "equals a rebuild up to position "
              : c.outcome == "differs" ? "DIFFERS from a rebuild up to position "
              : c.outcome == "ahead"   ? "ahead of the log (rebuilt at start-up), position "
                                       : "no saved state (built at start-up)")
          << (c.outcome == "none" ? "" : std::to_string(c.position)) << "\n";
    }
  }
  return report->ok && views_ok ? kExitOk : kExitFailure;
}

}  // namespace homeward::cli
