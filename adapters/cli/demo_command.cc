#include <boost/json.hpp>
#include <iostream>

#include "adapters/cli/commands.h"
#include "adapters/cli/describe.h"
#include "adapters/cli/seed_trip.h"
#include "engine/rocks_log.h"

namespace homeward::cli {
namespace po = boost::program_options;

int RunDemo(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  po::options_description options("demo options");
  std::string dir;
  options.add_options()("help,h", "show this help")(
      "data", po::value(&dir)->default_value("./data"), "the store directory")(
      "json", "print one JSON object per recorded event");
  po::variables_map vm;
  bool help = false;
  if (!ParseOptions("demo", options, args, vm, out, err, &help)) return help ? kExitOk : kExitUsage;
  const bool json = vm.count("json") > 0;

  auto log = RocksLog::Open(dir, RocksLogOptions{});
  if (!log.ok()) return ReportError("demo", log.status(), json, out, err);

  std::size_t recorded = 0, already = 0;
  if (!json) out << "Recording the seed's Children's Day trip in " << dir << "\n\n";
  for (AppendRequest& request : SeedTripAppends()) {
    const std::string key = request.idempotency_key;
    Result<AppendResult> result = (*log)->Append(std::move(request));
    if (!result.ok()) return ReportError("demo", result.status(), json, out, err);
    (result->replayed ? already : recorded) += result->positions.size();
    for (std::uint64_t position : result->positions) {
      Result<std::vector<Envelope>> read = (*log)->ReadAll(position, 1);
      if (!read.ok() || read->empty()) {
        return ReportError("demo",
                           read.ok() ? Internal("recorded event is missing") : read.status(), json,
                           out, err);
      }
      const Envelope& envelope = read->front();
      if (json) {
        boost::json::object line = EnvelopeJson(envelope);
        line["replayed"] = result->replayed;
        out << boost::json::serialize(line) << "\n";
      } else {
        out << EnvelopeLine(envelope) << (result->replayed ? "  (already recorded)" : "") << "\n";
      }
    }
  }
  if (!json) {
    out << "\n"
        << recorded << " events recorded, " << already << " already in the log; head position "
        << (*log)->Head() << ".\n"
        << "Check the chain with: homeward verify --data " << dir << "\n";
  }
  return kExitOk;
}

}  // namespace homeward::cli
