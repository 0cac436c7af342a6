#pragma once
// `homeward import`: every row of a file checked by the domain's own rules
// before anything is written, every bad row reported with its line and
// reason, and nothing written when a row is bad unless bad rows are to be
// skipped. Good rows are appended in atomic batches, each expecting every
// stream it was checked against unchanged. Importing a file again reports
// its rows as already registered.

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "adapters/csv/import_rows.h"
#include "engine/event_log.h"

namespace homeward::csv {

struct ImportOptions {
  ImportKind kind = ImportKind::kVolunteers;
  std::string org;
  std::string actor = "import";
  std::string mapping;  // "heading=field,..."
  ImportDefaults defaults;
  bool skip_bad = false;
  // Called as rows are checked and written: (done, total).
  std::function<void(std::size_t, std::size_t)> progress;
};

// A bad row: its line in the file, the id it names, and why.
struct RowProblem {
  std::size_t line = 0;
  std::string id;
  std::string reason;
};

struct ImportReport {
  std::string encoding;  // "UTF-8" or "GB18030"
  std::size_t rows = 0;
  std::size_t imported = 0;  // rows recorded by this run or an earlier run of the same file
  std::vector<RowProblem> problems;
  std::uint64_t last_position = 0;
};

// Imports `bytes` (a CSV file) into `log`. A malformed record (a stray
// double quote), a row whose field count differs from the header's, or a
// value under a column without a heading is a bad row, as is one the domain
// refuses. Errors: invalid_argument for a file that cannot be read as CSV, a
// malformed header, or a header that cannot be mapped (MapHeader: a column
// the import does not know); nothing is written then. As the log's Append
// for a batch that could not be written (earlier batches stay).
Result<ImportReport> ImportCsv(EventLog& log, std::string_view bytes, const ImportOptions& options);

}  // namespace homeward::csv
