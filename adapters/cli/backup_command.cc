// homeward backup and restore: the log is backed up without its keys, and a
// restore re-applies every erasure the log records to the keys it is given,
// so a backup taken before an erasure never brings the erased data back
// (docs/privacy.md).

#include <boost/json.hpp>
#include <filesystem>

#include "adapters/cli/commands.h"
#include "engine/backup.h"
#include "engine/rocks_log.h"
#include "events/personal.h"

namespace homeward::cli {
namespace po = boost::program_options;
namespace fs = std::filesystem;
namespace {

// Destroys the key of every subject whose erasure `log` records.
Result<std::size_t> ReapplyErasures(RocksLog& log, std::string_view org) {
  std::size_t erased = 0;
  Status problem;
  Result<std::size_t> seen = log.Visit(1, SIZE_MAX, [&](const Envelope& e) {
    std::string subject;
    if (e.type == ChildDataErased::kType || e.type == VolunteerDataErased::kType) {
      Result<Event> event = DecodeEvent(e.type, e.schema_version, e.payload);
      if (!event.ok()) {
        problem = event.status();
        return false;
      }
      if (const auto* c = std::get_if<ChildDataErased>(&*event))
        subject = ChildSubject(org, c->child_id);
      if (const auto* v = std::get_if<VolunteerDataErased>(&*event)) {
        subject = VolunteerSubject(org, v->volunteer_id);
      }
    }
    if (subject.empty()) return true;
    problem = log.keys()->Erase(subject);
    ++erased;
    return problem.ok();
  });
  if (!seen.ok()) return seen.status();
  if (!problem.ok()) return problem;
  return erased;
}

}  // namespace

int RunBackup(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  po::options_description options("backup options");
  std::string dir, dest;
  options.add_options()("help,h", "show this help")(
      "data", po::value(&dir)->default_value("./data"), "the store directory")(
      "to", po::value(&dest)->required(),
      "a new directory for the backup (works while the server runs)")("json",
                                                                      "print one JSON object");
  po::variables_map vm;
  bool help = false;
  if (!ParseOptions("backup", options, args, vm, out, err, &help))
    return help ? kExitOk : kExitUsage;
  const bool json = vm.count("json") > 0;
  const auto fail = [&](const Status& s) { return ReportError("backup", s, json, out, err); };
  // Works while `homeward serve` runs on `dir`: the store is read beside it.
  Result<BackupReport> backup = BackupStore(dir, dest);
  if (!backup.ok()) return fail(backup.status());
  if (json) {
    out << boost::json::serialize(boost::json::object{
               {"backup", dest}, {"head", backup->head}, {"records", backup->records}})
        << "\n";
  } else {
    out << "backed up the log up to position " << backup->head << " to " << dest
        << " (without its keys: back up " << dir << "/keys on its own, see docs/privacy.md)\n";
  }
  return kExitOk;
}

int RunRestore(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  po::options_description options("restore options");
  std::string from, dir, keys, org;
  options.add_options()("help,h", "show this help")("from", po::value(&from)->required(),
                                                    "the backup directory")(
      "data", po::value(&dir)->required(), "the new store directory (absent or empty)")(
      "keys", po::value(&keys), "a copy of a keys directory to restore with the log")(
      "org", po::value(&org), "the organization (default: the one of the log's first event)")(
      "json", "print one JSON object");
  po::variables_map vm;
  bool help = false;
  if (!ParseOptions("restore", options, args, vm, out, err, &help))
    return help ? kExitOk : kExitUsage;
  const bool json = vm.count("json") > 0;
  const auto fail = [&](const Status& s) { return ReportError("restore", s, json, out, err); };
  std::error_code ec;
  if (fs::exists(dir) && !fs::is_empty(dir, ec)) {
    return fail(InvalidArgument("restore into an absent or empty directory, not " + dir));
  }
  if (!fs::is_directory(from)) return fail(NotFound("there is no backup at " + from));
  fs::copy(from, dir, fs::copy_options::recursive, ec);
  if (!ec && !keys.empty()) fs::copy(keys, dir + "/keys", fs::copy_options::recursive, ec);
  if (ec) return fail(Unavailable("copying the backup: " + ec.message()));
  auto log = OpenStore(dir, /*read_only=*/false, org);
  if (!log.ok()) return fail(log.status());
  Result<VerifyReport> verified = (*log)->Verify();
  if (!verified.ok()) return fail(verified.status());
  if (!verified->ok) {
    return fail(Corruption("the restored log's hash chain breaks at position " +
                           std::to_string(verified->bad_position) + ": " + verified->problem));
  }
  Result<std::size_t> erased = ReapplyErasures(**log, org);
  if (!erased.ok()) return fail(erased.status());
  if (json) {
    out << boost::json::serialize(boost::json::object{
               {"restored", dir}, {"head", (*log)->Head()}, {"erasures_applied", *erased}})
        << "\n";
  } else {
    out << "restored the log up to position " << (*log)->Head() << " into " << dir << "; "
        << *erased << " recorded erasures applied to its keys; the chain holds\n";
  }
  return kExitOk;
}

}  // namespace homeward::cli
