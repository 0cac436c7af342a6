#include <boost/json.hpp>
#include <iostream>

#include "adapters/cli/commands.h"
#include "adapters/cli/demo_org.h"
#include "adapters/cli/describe.h"
#include "adapters/cli/seed_people.h"
#include "engine/command_service.h"
#include "engine/rocks_log.h"
#include "engine/time_zone.h"
#include "projections/care_board.h"
#include "projections/catalog.h"
#include "projections/host.h"
#include "projections/reminders.h"
#include "projections/roster.h"

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
        boost::json::object line = EnvelopeJson(envelope, log_.keys());
        line["replayed"] = result.replayed;
        out_ << boost::json::serialize(line) << "\n";
      } else {
        out_ << EnvelopeLine(envelope, log_.keys())
             << (result.replayed ? "  (already recorded)" : "") << "\n";
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

// The demo's activities, each with its status and free volunteer places.
std::string RosterLines(const RosterState& s, const std::string& org) {
  std::string lines;
  const boost::json::value list = RosterList(s, org);
  for (const auto& item : list.as_array()) {
    lines += "  " + std::string(item.at("title").as_string()) + ": " +
             std::string(item.at("status").as_string()) + ", " +
             std::to_string(item.at("free_places").to_number<int>()) + " volunteer places free\n";
  }
  return lines;
}

// How many children the care board shows, and how many miss a "3+1" role.
std::string CareLine(const CareBoardState& s, const std::string& org, std::int64_t now) {
  const boost::json::value board = CareBoard(s, org, now);
  return "  children on the care board: " + std::to_string(board.at("children").as_array().size()) +
         ", missing a \"3+1\" role: " + std::to_string(board.at("missing_role").as_array().size()) +
         "\n";
}

// The reminders due or overdue at `now`, one a line.
std::string DueLines(const RemindersState& s, const std::string& org, std::int64_t now) {
  ReminderFilter filter;
  filter.states = {"due", "overdue"};
  std::string lines;
  const boost::json::value reminders = Reminders(s, org, now, filter);
  for (const auto& r : reminders.as_array()) {
    lines += "    " + std::string(r.at("due").as_string()) + "  " +
             std::string(r.at("kind").as_string()) + "  " +
             std::string(r.at("subject").as_string()) + " (for " +
             std::string(r.at("for").as_string()) + ")\n";
  }
  return "  reminders due now:\n" + (lines.empty() ? "    (none)\n" : lines);
}

// Brings the projections up to date and prints what the views now show, all
// three read at one position of the log.
Status PrintViews(const RocksLog& log, std::int64_t now, std::ostream& out) {
  std::unique_ptr<ProjectionStore> store = log.NewProjectionStore();
  ProjectionHost host(log, *store, MakeProjections());
  if (Status s = host.Load(); !s.ok()) return s;
  if (Status s = host.CatchUp(); !s.ok()) return s;
  const std::string org(kSeedOrg);
  Result<std::string> shown = host.ReadTogether<RosterState, CareBoardState, RemindersState>(
      log.Head(), std::chrono::seconds(5),
      [&](const RosterState& roster, const CareBoardState& care, const RemindersState& reminders,
          std::uint64_t) {
        return RosterLines(roster, org) + CareLine(care, org, now) + DueLines(reminders, org, now);
      });
  if (!shown.ok()) return shown.status();
  out << "\nWhat the views show now:\n"
      << *shown << "See one as it stood earlier with: homeward replay roster --as-of YYYY-MM-DD\n";
  return Status::Ok();
}

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

  if (!json) {
    out << "Recording the seed's people (children with \"3+1\" teams), its Children's Day trip, "
           "a library build and a group talk in "
        << dir << "\n\n";
  }
  Status recorded = RecordDemoOrganization(
      **log, now, [&](const AppendResult& result) { return printer.Print(result); });
  if (!recorded.ok()) return ReportError("demo", recorded, json, out, err);
  if (!json) {
    out << "\n"
        << printer.recorded() << " events recorded, " << printer.already()
        << " already in the log; head position " << (*log)->Head() << ".\n"
        << "Check the chain with: homeward verify --data " << dir << "\n";
    if (Status s = PrintViews(**log, now, out); !s.ok())
      return ReportError("demo", s, json, out, err);
  }
  return kExitOk;
}

}  // namespace homeward::cli
