#pragma once
// CSV as spreadsheets in China write it: UTF-8 (with or without a BOM) or
// GB18030, detected; RFC 4180 quoting by libcsv. Exports are UTF-8 with a
// BOM, so Excel and WPS open Chinese text correctly.

#include <string>
#include <string_view>
#include <vector>

#include "events/status.h"

namespace homeward::csv {

// One record of a file, with the line it starts on (1 is the header).
struct Row {
  std::size_t line = 0;
  std::vector<std::string> fields;
  // Why the record could not be read as CSV (a stray double quote, a quote
  // never closed); "" when it could. A malformed record has no fields.
  std::string malformed;
};

// A file's header and its records, in UTF-8, and the encoding it came in.
struct Table {
  std::string encoding;  // "UTF-8" or "GB18030"
  std::vector<std::string> header;
  std::vector<Row> rows;
};

// Decodes `bytes` (UTF-8, UTF-8 with a BOM, or GB18030) into UTF-8.
// Errors: invalid_argument when it is neither, naming the first bad offset.
Result<std::pair<std::string, std::string>> DecodeText(std::string_view bytes);

// Parses a whole file: the first record is the header; blank lines are
// skipped. A malformed record after the header is a row of its own with
// `malformed` set, and parsing goes on after the end of the line where it
// went wrong, so every malformed record is found; a quote never closed takes
// the rest of the file into its record. Errors: invalid_argument for an
// encoding it cannot read, a malformed header (naming its line), or no
// header; internal when libcsv fails for want of memory.
Result<Table> ReadCsv(std::string_view bytes);

// True when a spreadsheet would run `field` as a formula: its first
// character, after any tabs and carriage returns, is = + - or @.
bool ReadsAsFormula(std::string_view field);

// `rows` (the first is the header) as CSV: UTF-8 with a BOM, CRLF line ends,
// every field quoted, and an apostrophe before every field that would read
// as a formula (`=HYPERLINK(...)` in a title, `-1层` as a place), so a
// spreadsheet shows it as text instead of running it.
std::string WriteCsv(const std::vector<std::vector<std::string>>& rows);

// `s` without the spaces, tabs and line ends around it.
std::string TrimSpace(std::string_view s);

}  // namespace homeward::csv
