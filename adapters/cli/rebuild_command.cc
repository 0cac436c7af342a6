#include <unistd.h>

#include <boost/json.hpp>
#include <chrono>
#include <cstdio>
#include <iostream>

#include "adapters/cli/commands.h"
#include "adapters/cli/progress_line.h"
#include "engine/rocks_log.h"
#include "projections/catalog.h"
#include "projections/host.h"

namespace homeward::cli {
namespace po = boost::program_options;
using Clock = std::chrono::steady_clock;

int RunRebuild(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  po::options_description options("rebuild options");
  std::string dir, name;
  options.add_options()("help,h", "show this help")(
      "name", po::value(&name), "the projection to rebuild (all when not given)")(
      "data", po::value(&dir)->default_value("./data"), "the store directory")(
      "json", "print the outcome as one JSON object");
  po::positional_options_description positional;
  positional.add("name", 1);
  po::variables_map vm;
  bool help = false;
  if (!ParseOptions("rebuild", options, args, vm, out, err, &help, &positional))
    return help ? kExitOk : kExitUsage;
  const bool json = vm.count("json") > 0;
  if (!name.empty()) {
    if (Result<std::unique_ptr<Projection>> known = MakeProjection(name); !known.ok())
      return ReportError("rebuild", InvalidArgument(known.status().message()), json, out, err);
  }

  RocksLogOptions log_options;
  log_options.create_if_missing = false;
  auto log = RocksLog::Open(dir, log_options);
  if (!log.ok()) return ReportError("rebuild", log.status(), json, out, err);
  std::unique_ptr<ProjectionStore> store = (*log)->NewProjectionStore();
  ProjectionHost host(**log, *store, MakeProjections());
  if (Status s = host.LoadForRebuild(name); !s.ok())
    return ReportError("rebuild", s, json, out, err);

  const bool terminal = IsTerminal(err);
  ProgressLine line(err, "events");
  const Clock::time_point started = Clock::now();
  Status s = host.CatchUp([&](std::uint64_t done, std::uint64_t total) {
    if (terminal) line.Show(done, total, 0);
  });
  if (terminal) line.Finish();
  if (!s.ok()) return ReportError("rebuild", s, json, out, err);
  const double seconds = std::chrono::duration<double>(Clock::now() - started).count();
  const std::uint64_t head = (*log)->Head();
  if (json) {
    boost::json::array names;
    for (const ProjectionStatus& p : host.Statuses())
      if (name.empty() || p.name == name) names.emplace_back(p.name);
    out << boost::json::serialize(boost::json::object{
               {"rebuilt", std::move(names)}, {"position", head}, {"seconds", seconds}})
        << "\n";
  } else {
    out << "rebuilt " << (name.empty() ? "every projection" : name) << " up to position " << head
        << " in " << seconds << " s\n";
  }
  return kExitOk;
}

}  // namespace homeward::cli
