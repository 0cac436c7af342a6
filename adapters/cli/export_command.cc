#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <boost/json.hpp>
#include <cerrno>
#include <cstring>
#include <iostream>

#include "adapters/cli/commands.h"
#include "adapters/csv/csv_text.h"
#include "adapters/csv/exporter.h"
#include "adapters/http/access_log.h"
#include "engine/clock.h"
#include "engine/rocks_log.h"
#include "events/personal.h"

namespace homeward::cli {
namespace po = boost::program_options;

namespace {

// Writes `text` to `path` whole or not at all: into a file beside it, synced,
// then renamed over it. The file is readable by its owner only (exports hold
// personal data), or keeps the mode of the file it replaces.
Status WriteWhole(const std::string& path, const std::string& text) {
  const std::string part = path + ".part";
  struct stat old {};
  const mode_t mode = ::stat(path.c_str(), &old) == 0 ? (old.st_mode & 07777) : 0600;
  const int fd = ::open(part.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);
  if (fd < 0) return Unavailable("cannot write '" + path + "': " + std::strerror(errno));
  bool ok = ::fchmod(fd, mode) == 0;
  for (std::size_t done = 0; ok && done < text.size();) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    ok = n > 0;
    if (ok) done += static_cast<std::size_t>(n);
  }
  ok = ok && ::fsync(fd) == 0;
  ok = ::close(fd) == 0 && ok;
  if (!ok || ::rename(part.c_str(), path.c_str()) != 0) {
    ::unlink(part.c_str());
    return Unavailable("cannot write '" + path + "'");
  }
  return Status::Ok();
}

// The rows after the header as objects keyed by the header's cells.
boost::json::array RowObjects(const std::vector<std::vector<std::string>>& rows) {
  boost::json::array out;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    boost::json::object row;
    for (std::size_t c = 0; c < rows[0].size() && c < rows[r].size(); ++c) {
      row[rows[0][c]] = rows[r][c];
    }
    out.push_back(std::move(row));
  }
  return out;
}

}  // namespace

int RunExport(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  po::options_description options("export options (CSV in UTF-8 with a BOM)");
  std::string kind_name, dir, org, id, month, year, volunteer, from, to, file;
  options.add_options()("help,h", "show this help")(
      "kind", po::value(&kind_name)->required(),
      "roster, care-board, reminders, report, service-records, assessment or sponsors")(
      "id", po::value(&id),
      "roster: one activity's roster; report, assessment: one unit and those under it")(
      "month", po::value(&month), "report: the month, YYYY-MM (default: this month)")(
      "year", po::value(&year), "assessment, sponsors: the year, YYYY (default: this year)")(
      "volunteer", po::value(&volunteer), "service-records: one volunteer's (default: everyone's)")(
      "from", po::value(&from), "service-records: activities from this day, YYYY-MM-DD")(
      "to", po::value(&to), "service-records: activities up to this day, YYYY-MM-DD")(
      "out", po::value(&file), "the file to write (default: standard output)")(
      "org", po::value(&org), "the organization (default: the one of the log's first event)")(
      "data", po::value(&dir)->default_value("./data"), "the store directory")(
      "json",
      "with --out, print {\"file\", \"rows\"}; without, the rows as JSON objects keyed by the "
      "header; errors as JSON");
  po::positional_options_description positional;
  positional.add("kind", 1);
  po::variables_map vm;
  bool help = false;
  if (!ParseOptions("export", options, args, vm, out, err, &help, &positional))
    return help ? kExitOk : kExitUsage;
  const bool json = vm.count("json") > 0;
  const auto fail = [&](const Status& s) { return ReportError("export", s, json, out, err); };
  Result<csv::ExportKind> kind = csv::ParseExportKind(kind_name);
  if (!kind.ok()) return fail(kind.status());
  if (*kind != csv::ExportKind::kServiceRecords && !(volunteer + from + to).empty()) {
    return fail(InvalidArgument("--volunteer, --from and --to narrow service-records only"));
  }
  // The care board names children: that export is recorded as a read of
  // their personal data, so it needs the store to itself (the server stopped).
  const bool personal = *kind == csv::ExportKind::kCareBoard;
  auto log = OpenStore(dir, /*read_only=*/!personal, org);
  if (!log.ok()) return fail(log.status());
  // An --org that names nothing would export a header and no rows.
  Result<std::vector<std::string>> any = (*log)->ListStreams(org + "/", 1);
  if (!any.ok()) return fail(any.status());
  if (any->empty() || org.find('/') != std::string::npos) {
    return fail(InvalidArgument("the store in '" + dir + "' holds no organization '" + org + "'"));
  }
  Result<std::vector<std::vector<std::string>>> rows = csv::ExportRows(
      **log, *kind,
      csv::ExportQuery{org, id, month, SystemClockMicros(), year, volunteer, from, to});
  // An --id that names nothing is a bad argument, not a store that failed.
  if (!rows.ok()) return fail(AsBadArgument(rows.status()));
  if (personal) {
    std::map<std::string, std::set<std::string>> reads;
    for (std::size_t r = 1; r < rows->size(); ++r) {
      const auto& row = (*rows)[r];
      if (row.size() > 1 && !row[1].empty() && row[1] != kErased) reads[row[0]].insert("name");
    }
    Account who{org, Operator(), Operator(), AccountRole::kAdmin, "", "", false};
    if (Status s = http::RecordPersonalReads(**log, who, "export " + kind_name, reads); !s.ok()) {
      return fail(s);
    }
  }
  if (file.empty()) {
    out << (json ? boost::json::serialize(RowObjects(*rows)) + "\n" : csv::WriteCsv(*rows));
    return kExitOk;
  }
  if (Status s = WriteWhole(file, csv::WriteCsv(*rows)); !s.ok()) return fail(s);
  if (json) {
    out << boost::json::serialize(boost::json::object{{"file", file}, {"rows", rows->size() - 1}})
        << "\n";
  } else {
    out << "wrote " << rows->size() - 1 << " rows to " << file << "\n";
  }
  return kExitOk;
}

}  // namespace homeward::cli
