#include <boost/json.hpp>
#include <fstream>
#include <iostream>
#include <sstream>

#include "adapters/cli/commands.h"
#include "adapters/cli/progress_line.h"
#include "adapters/csv/importer.h"
#include "engine/rocks_log.h"

namespace homeward::cli {
namespace po = boost::program_options;

int RunImport(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  po::options_description options("import options (exit 1: bad rows, nothing written)");
  std::string kind_name, file, dir, org, mapping, unit, filled_by = "import";
  options.add_options()("help,h", "show this help")("kind", po::value(&kind_name)->required(),
                                                    "volunteers or children")(
      "file", po::value(&file)->required(), "the CSV file (UTF-8 or GB18030, header row)")(
      "map", po::value(&mapping),
      "columns from other departments: 'heading=field,...' (e.g. 学籍号=child_id); "
      "'heading=-' leaves a column out. A column found neither by a field's name, by a "
      "built-in heading (姓名, 监护人电话, ...) nor here refuses the whole file (exit 2), "
      "naming it")("unit", po::value(&unit), "the unit of rows without a unit_id column")(
      "filled-by", po::value(&filled_by)->default_value(filled_by),
      "children: who filled the cards (填表人)")("skip-bad",
                                                 "write the good rows even when some are bad")(
      "org", po::value(&org), "the organization (default: the one of the log's first event)")(
      "data", po::value(&dir)->default_value("./data"), "the store directory")(
      "json", "print one JSON object");
  po::positional_options_description positional;
  positional.add("kind", 1).add("file", 1);
  po::variables_map vm;
  bool help = false;
  if (!ParseOptions("import", options, args, vm, out, err, &help, &positional))
    return help ? kExitOk : kExitUsage;
  const bool json = vm.count("json") > 0;
  const auto fail = [&](const Status& s) { return ReportError("import", s, json, out, err); };
  Result<csv::ImportKind> kind = csv::ParseImportKind(kind_name);
  if (!kind.ok()) return fail(kind.status());
  std::ifstream in(file, std::ios::binary);
  if (!in) return fail(Unavailable("cannot read '" + file + "'"));
  std::ostringstream bytes;
  bytes << in.rdbuf();

  auto log = OpenStore(dir, /*read_only=*/false, org);
  if (!log.ok()) return fail(log.status());
  csv::ImportOptions job;
  job.kind = *kind;
  job.org = org;
  job.actor = Operator();
  job.mapping = mapping;
  job.defaults.unit_id = unit;
  job.defaults.filled_by = filled_by;
  job.skip_bad = vm.count("skip-bad") > 0;
  const bool terminal = IsTerminal(err);
  ProgressLine line(err, "rows (checked, then written)");
  if (terminal) {
    job.progress = [&](std::size_t done, std::size_t total) { line.Show(done, total); };
  }
  Result<csv::ImportReport> report = csv::ImportCsv(**log, bytes.str(), job);
  if (terminal) line.Finish();
  if (!report.ok()) return fail(report.status());
  const bool bad = !report->problems.empty();
  if (json) {
    boost::json::array problems;
    for (const csv::RowProblem& p : report->problems) {
      problems.push_back(boost::json::object{{"line", p.line}, {"id", p.id}, {"reason", p.reason}});
    }
    out << boost::json::serialize(boost::json::object{{"encoding", report->encoding},
                                                      {"rows", report->rows},
                                                      {"imported", report->imported},
                                                      {"problems", std::move(problems)},
                                                      {"position", report->last_position}})
        << "\n";
  } else {
    for (const csv::RowProblem& p : report->problems) {
      err << file << ":" << p.line << ": " << (p.id.empty() ? "" : p.id + ": ") << p.reason << "\n";
    }
    out << file << " (" << report->encoding << "): " << report->rows << " rows, "
        << report->imported << " imported";
    if (bad) {
      out << ", " << report->problems.size() << " bad"
          << (job.skip_bad ? " (skipped)" : "; nothing written (fix them or use --skip-bad)");
    }
    out << "\n";
  }
  return bad && !job.skip_bad ? kExitFailure : kExitOk;
}

}  // namespace homeward::cli
