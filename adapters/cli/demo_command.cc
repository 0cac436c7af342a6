#include <boost/json.hpp>
#include <iostream>

#include "adapters/cli/commands.h"
#include "adapters/cli/describe.h"
#include "adapters/cli/seed_trip.h"
#include "engine/command_service.h"
#include "engine/rocks_log.h"
#include "engine/time_zone.h"

namespace homeward::cli {
namespace po = boost::program_options;
namespace {

// Prints what one step recorded (or had recorded on an earlier run).
class Printer {
 public:
  Printer(const EventLog& log, bool json, std::ostream& out) : log_(log), json_(json), out_(out) {}

  Status Print(const AppendResult& result) {
    (result.replayed ? already_ : recorded_) += result.positions.size();
    for (std::uint64_t position : result.positions) {
      Result<std::vector<Envelope>> read = log_.ReadAll(position, 1);
      if (!read.ok()) return read.status();
      if (read->empty())
        return Internal("recorded event " + std::to_string(position) + " is missing");
      const Envelope& envelope = read->front();
      if (json_) {
        boost::json::object line = EnvelopeJson(envelope);
        line["replayed"] = result.replayed;
        out_ << boost::json::serialize(line) << "\n";
      } else {
        out_ << EnvelopeLine(envelope) << (result.replayed ? "  (already recorded)" : "") << "\n";
      }
    }
    return Status::Ok();
  }
  std::size_t recorded() const { return recorded_; }
  std::size_t already() const { return already_; }

 private:
  const EventLog& log_;
  bool json_;
  std::ostream& out_;
  std::size_t recorded_ = 0, already_ = 0;
};

}  // namespace

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
  Printer printer(**log, json, out);
  const std::int64_t now = SystemClockMicros();
  Result<Date> today = LocalDate(now, kDefaultTimeZone);
  if (!today.ok()) return ReportError("demo", today.status(), json, out, err);

  if (!json) {
    out << "Recording the seed's people (a child's \"3+1\" team) and its Children's Day trip in "
        << dir << "\n\n";
  }
  CommandService service(**log);
  // Each seed command carries its own idempotency key: a second run records nothing.
  auto run = [&](const std::string& key, const auto& command) -> Status {
    CommandContext context{std::string(kSeedOrg), "coordinator:gao", "seed", key};
    Result<AppendResult> result = service.Execute(context, command);
    return result.ok() ? printer.Print(*result) : result.status();
  };
  for (const auto& [key, command] : SeedPeopleCommands(*today, now)) {
    if (Status s = run(key, command); !s.ok()) return ReportError("demo", s, json, out, err);
  }
  for (const auto& [key, command] : SeedTripCommands(*today)) {
    if (Status s = run(key, command); !s.ok()) return ReportError("demo", s, json, out, err);
  }
  if (!json) {
    out << "\n"
        << printer.recorded() << " events recorded, " << printer.already()
        << " already in the log; head position " << (*log)->Head() << ".\n"
        << "Check the chain with: homeward verify --data " << dir << "\n";
  }
  return kExitOk;
}

}  // namespace homeward::cli
