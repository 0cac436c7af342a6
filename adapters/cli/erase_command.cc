// homeward erase child|volunteer ID --reason WHY: erases a person's personal
// data by destroying the key that sealed it (engine/seal.h), brings every
// view up to the erasure (so each shows "[erased]") and compacts the store,
// so no older copy of those fields stays on the disk. homeward compact does
// the last two steps alone.

#include <boost/json.hpp>

#include "adapters/cli/commands.h"
#include "engine/command_service.h"
#include "engine/rocks_log.h"
#include "projections/catalog.h"
#include "projections/host.h"

namespace homeward::cli {
namespace po = boost::program_options;
namespace {

// Saves every view up to the head, then compacts the store.
Status CatchUpAndCompact(RocksLog& log) {
  std::unique_ptr<ProjectionStore> store = log.NewProjectionStore();
  ProjectionHost host(log, *store, MakeProjections());
  if (Status s = host.Load(); !s.ok()) return s;
  if (Status s = host.CatchUp(); !s.ok()) return s;
  return log.Compact();
}

}  // namespace

int RunErase(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  po::options_description options("erase options");
  std::string kind, id, reason, dir, org;
  options.add_options()("help,h", "show this help")(
      "kind", po::value(&kind)->required(), "child or volunteer")("id", po::value(&id)->required(),
                                                                  "the child's or volunteer's id")(
      "reason", po::value(&reason)->required(), "why (recorded in the log)")(
      "org", po::value(&org), "the organization (default: the one of the log's first event)")(
      "data", po::value(&dir)->default_value("./data"), "the store directory")(
      "json", "print one JSON object");
  po::positional_options_description positional;
  positional.add("kind", 1).add("id", 1);
  po::variables_map vm;
  bool help = false;
  if (!ParseOptions("erase", options, args, vm, out, err, &help, &positional))
    return help ? kExitOk : kExitUsage;
  const bool json = vm.count("json") > 0;
  const auto fail = [&](const Status& s) { return ReportError("erase", s, json, out, err); };
  if (kind != "child" && kind != "volunteer") {
    return fail(InvalidArgument("erase what: 'child' or 'volunteer', not '" + kind + "'"));
  }
  auto log = OpenStore(dir, /*read_only=*/false, org);
  if (!log.ok()) return fail(log.status());
  CommandService service(**log);
  // Whoever runs this holds the store's files: an admin's decision.
  const CommandContext context{org, Operator(), "cli-erase", ""};
  const PeopleCommand command = kind == "child" ? PeopleCommand(EraseChildData{id, reason, true})
                                                : PeopleCommand(EraseVolunteerData{id, reason});
  Result<AppendResult> done = service.Execute(context, command);
  if (!done.ok()) return fail(AsBadArgument(done.status()));
  if (Status s = CatchUpAndCompact(**log); !s.ok()) return fail(s);
  if (json) {
    out << boost::json::serialize(boost::json::object{{"erased", kind + "/" + id},
                                                      {"position", done->positions.front()},
                                                      {"compacted", true}})
        << "\n";
  } else {
    out << "the personal data of " << kind << " " << id << " is erased (position "
        << done->positions.front() << "); every view shows [erased] and the store is compacted\n";
  }
  return kExitOk;
}

int RunCompact(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  po::options_description options("compact options");
  std::string dir, org;
  options.add_options()("help,h", "show this help")(
      "data", po::value(&dir)->default_value("./data"), "the store directory")(
      "json", "print one JSON object");
  po::variables_map vm;
  bool help = false;
  if (!ParseOptions("compact", options, args, vm, out, err, &help))
    return help ? kExitOk : kExitUsage;
  const bool json = vm.count("json") > 0;
  const auto fail = [&](const Status& s) { return ReportError("compact", s, json, out, err); };
  auto log = OpenStore(dir, /*read_only=*/false, org);
  if (!log.ok()) return fail(log.status());
  if (Status s = CatchUpAndCompact(**log); !s.ok()) return fail(s);
  if (json) {
    out << boost::json::serialize(boost::json::object{{"compacted", true}}) << "\n";
  } else {
    out << "every view is saved up to position " << (*log)->Head()
        << " and the store is compacted\n";
  }
  return kExitOk;
}

}  // namespace homeward::cli
