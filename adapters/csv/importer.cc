#include "adapters/csv/importer.h"

#include <map>

#include "engine/command_service.h"

namespace homeward::csv {
namespace {

constexpr std::size_t kBatchRows = 200;

struct Checked {
  std::size_t line;
  PlannedCommand planned;
};

// The batch's events and the versions they were decided on, each stream once.
Status AppendBatch(CommandService& service, const CommandContext& context,
                   const std::vector<Checked>& rows, std::size_t from, std::size_t to,
                   ImportReport& report) {
  Decision decision;
  std::map<std::string, std::uint64_t> versions;
  for (std::size_t i = from; i < to; ++i) {
    const PlannedCommand& p = rows[i].planned;
    decision.insert(decision.end(), p.decision.begin(), p.decision.end());
    for (const auto& [stream, version] : p.read) {
      auto [it, fresh] = versions.emplace(stream, version);
      if (!fresh && it->second != version) {
        return Conflict("'" + stream + "' changed while the file was checked; import it again");
      }
    }
  }
  Result<AppendResult> done = service.Commit(context, decision, {versions.begin(), versions.end()});
  if (!done.ok()) return done.status();
  if (!done->positions.empty()) report.last_position = done->positions.back();
  return Status::Ok();
}

// The row's id (its volunteer_id or child_id column) where it has one, so
// that a row refused before it became a command still says whose it is.
std::string RowId(ImportKind kind, const std::vector<std::string>& fields, const Row& row) {
  const std::string_view id_field = kind == ImportKind::kVolunteers ? "volunteer_id" : "child_id";
  for (std::size_t i = 0; i < fields.size() && i < row.fields.size(); ++i) {
    if (fields[i] == id_field) return row.fields[i];
  }
  return "";
}

// A value in a column without a heading (a spreadsheet may write empty
// headings after the last one) would be lost: which column holds one, or "".
std::string UnheadedValue(const std::vector<std::string>& header, const Row& row) {
  for (std::size_t i = 0; i < header.size() && i < row.fields.size(); ++i) {
    if (TrimSpace(header[i]).empty() && !TrimSpace(row.fields[i]).empty()) {
      return "column " + std::to_string(i + 1) +
             " has a value but no heading: name the column in the header (and --map it if needed), "
             "or empty it";
    }
  }
  return "";
}

}  // namespace

Result<ImportReport> ImportCsv(EventLog& log, std::string_view bytes,
                               const ImportOptions& options) {
  Result<Table> table = ReadCsv(bytes);
  if (!table.ok()) return table.status();
  Result<std::vector<std::string>> fields = MapHeader(options.kind, table->header, options.mapping);
  if (!fields.ok()) return fields.status();

  ImportReport report;
  report.encoding = table->encoding;
  report.rows = table->rows.size();
  const std::size_t total = report.rows * 2;  // checked, then written
  CommandService service(log);
  const CommandContext check{options.org, options.actor, "import", ""};
  std::map<std::string, std::size_t> seen;  // id -> line
  std::vector<Checked> good;
  for (std::size_t i = 0; i < table->rows.size(); ++i) {
    const Row& row = table->rows[i];
    if (options.progress && i % 100 == 0) options.progress(i, total);
    if (!row.malformed.empty()) {
      report.problems.push_back({row.line, "", row.malformed});
      continue;
    }
    if (row.fields.size() != fields->size()) {
      // A comma in an unquoted value shifts every column after it: the row
      // would fill fields with its neighbours' values.
      report.problems.push_back({row.line, "",
                                 "the row has " + std::to_string(row.fields.size()) +
                                     " fields where the header has " +
                                     std::to_string(fields->size()) +
                                     " (a value with a comma in it must be in double quotes)"});
      continue;
    }
    if (std::string lost = UnheadedValue(table->header, row); !lost.empty()) {
      report.problems.push_back({row.line, RowId(options.kind, *fields, row), std::move(lost)});
      continue;
    }
    auto command = RowCommand(options.kind, *fields, row, options.defaults);
    if (!command.ok()) {
      report.problems.push_back(
          {row.line, RowId(options.kind, *fields, row), command.status().message()});
      continue;
    }
    const std::string& id = command->first;
    if (auto [it, fresh] = seen.emplace(id, row.line); !fresh) {
      report.problems.push_back(
          {row.line, id, "'" + id + "' is also on line " + std::to_string(it->second)});
      continue;
    }
    Result<PlannedCommand> planned = service.Plan(check, command->second);
    if (!planned.ok()) {
      report.problems.push_back({row.line, id, planned.status().message()});
      continue;
    }
    good.push_back({row.line, std::move(planned).value()});
  }
  if (!report.problems.empty() && !options.skip_bad) return report;  // nothing written

  for (std::size_t from = 0; from < good.size(); from += kBatchRows) {
    const std::size_t to = std::min(good.size(), from + kBatchRows);
    if (Status s = AppendBatch(service, check, good, from, to, report); !s.ok()) return s;
    report.imported = to;
    if (options.progress) options.progress(report.rows + to, total);
  }
  return report;
}

}  // namespace homeward::csv
