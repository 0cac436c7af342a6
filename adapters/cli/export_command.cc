#include <boost/json.hpp>
#include <filesystem>
#include <fstream>
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

int RunExport(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  po::options_description options("export options (CSV in UTF-8 with a BOM)");
  std::string kind_name, dir, org, id, month, file;
  options.add_options()("help,h", "show this help")(
      "kind", po::value(&kind_name)->required(),
      "roster, care-board, reminders, report or service-records")(
      "id", po::value(&id), "roster: one activity's roster; report: one unit and those under it")(
      "month", po::value(&month), "report: the month, YYYY-MM (default: this month)")(
      "out", po::value(&file), "the file to write (default: standard output)")(
      "org", po::value(&org), "the organization (default: the one of the log's first event)")(
      "data", po::value(&dir)->default_value("./data"), "the store directory");
  po::positional_options_description positional;
  positional.add("kind", 1);
  po::variables_map vm;
  bool help = false;
  if (!ParseOptions("export", options, args, vm, out, err, &help, &positional))
    return help ? kExitOk : kExitUsage;
  const auto fail = [&](const Status& s) { return ReportError("export", s, false, out, err); };
  Result<csv::ExportKind> kind = csv::ParseExportKind(kind_name);
  if (!kind.ok()) return fail(kind.status());
  // The care board names children: that export is recorded as a read of
  // their personal data, so it needs the store to itself (the server stopped).
  const bool personal = *kind == csv::ExportKind::kCareBoard;
  auto log = OpenStore(dir, /*read_only=*/!personal, org);
  if (!log.ok()) return fail(log.status());
  Result<std::vector<std::vector<std::string>>> rows =
      csv::ExportRows(**log, *kind, csv::ExportQuery{org, id, month, SystemClockMicros()});
  if (!rows.ok()) {
    // An --id that names nothing is a bad argument, not a store that failed.
    if (rows.status().code() == Code::kNotFound) {
      return fail(InvalidArgument(rows.status().message()));
    }
    return fail(rows.status());
  }
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
  const std::string text = csv::WriteCsv(*rows);
  if (file.empty()) {
    out << text;
  } else {
    // Written whole beside the file, then renamed over it: a full disk
    // leaves the old file (or none), never a cut-off one.
    const std::string part = file + ".part";
    std::ofstream file_out(part, std::ios::binary);
    file_out.write(text.data(), static_cast<std::streamsize>(text.size()));
    file_out.close();
    std::error_code renamed;
    if (file_out.fail() || (std::filesystem::rename(part, file, renamed), renamed)) {
      std::error_code ignored;
      std::filesystem::remove(part, ignored);
      return fail(Unavailable("cannot write '" + file + "'"));
    }
    out << "wrote " << rows->size() - 1 << " rows to " << file << "\n";
  }
  return kExitOk;
}

}  // namespace homeward::cli
