#include "adapters/csv/csv_text.h"

#include <csv.h>
#include <iconv.h>

#include <cerrno>
#include <memory>

#include "events/utf8.h"

namespace homeward::csv {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

Result<std::string> FromGb18030(std::string_view in) {
  iconv_t cd = iconv_open("UTF-8", "GB18030");
  if (cd == reinterpret_cast<iconv_t>(-1)) return Internal("this system cannot convert GB18030");
  std::unique_ptr<void, int (*)(iconv_t)> close(cd, iconv_close);
  std::string out(in.size() * 2 + 16, '\0');
  char* src = const_cast<char*>(in.data());
  std::size_t src_left = in.size();
  char* dst = out.data();
  std::size_t dst_left = out.size();
  while (src_left > 0) {
    if (iconv(cd, &src, &src_left, &dst, &dst_left) == static_cast<std::size_t>(-1)) {
      if (errno == E2BIG) {
        const std::size_t used = static_cast<std::size_t>(dst - out.data());
        out.resize(out.size() * 2);
        dst = out.data() + used;
        dst_left = out.size() - used;
        continue;
      }
      return InvalidArgument("the file is neither UTF-8 nor GB18030 (bad byte at offset " +
                             std::to_string(in.size() - src_left) + ")");
    }
  }
  out.resize(static_cast<std::size_t>(dst - out.data()));
  return out;
}

struct Parse {
  Table table;
  Row row;
  std::size_t line = 1;
  std::size_t record_line = 1;  // the line the record being read began on
  bool started = false;         // the current record has a field
  bool header_done = false;
};

void OnField(void* data, std::size_t len, void* p) {
  auto* parse = static_cast<Parse*>(p);
  if (!parse->started) parse->row.line = parse->record_line;
  parse->started = true;
  parse->row.fields.emplace_back(static_cast<const char*>(data), len);
}

void OnRow(int, void* p) {
  auto* parse = static_cast<Parse*>(p);
  Row row = std::move(parse->row);
  parse->row = Row{};
  parse->started = false;
  const bool blank = row.fields.empty() || (row.fields.size() == 1 && row.fields[0].empty());
  if (blank) return;
  if (!parse->header_done) {
    parse->table.header = std::move(row.fields);
    parse->header_done = true;
  } else {
    parse->table.rows.push_back(std::move(row));
  }
}

}  // namespace

Result<std::pair<std::string, std::string>> DecodeText(std::string_view bytes) {
  if (bytes.starts_with(kBom)) bytes.remove_prefix(kBom.size());
  if (FirstInvalidUtf8(bytes) == std::string_view::npos) {
    return std::pair{std::string(bytes), std::string("UTF-8")};
  }
  Result<std::string> converted = FromGb18030(bytes);
  if (!converted.ok()) return converted.status();
  return std::pair{std::move(converted).value(), std::string("GB18030")};
}

Result<Table> ReadCsv(std::string_view bytes) {
  auto decoded = DecodeText(bytes);
  if (!decoded.ok()) return decoded.status();
  const std::string& text = decoded->first;
  csv_parser parser;
  if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0) {
    return Internal("libcsv could not start");
  }
  std::unique_ptr<csv_parser, void (*)(csv_parser*)> free(&parser, csv_free);
  Parse parse;
  parse.table.encoding = decoded->second;
  // Line by line, so each record knows the line it starts on.
  for (std::size_t at = 0; at < text.size();) {
    // libcsv's state 0 (ROW_NOT_BEGUN): no record is open, so one starting
    // now starts on this line (a quoted field may carry a record across lines).
    if (parser.pstate == 0) parse.record_line = parse.line;
    std::size_t end = text.find('\n', at);
    end = end == std::string::npos ? text.size() : end + 1;
    if (csv_parse(&parser, text.data() + at, end - at, OnField, OnRow, &parse) != end - at) {
      return InvalidArgument("line " + std::to_string(parse.line) +
                             ": malformed CSV: " + csv_strerror(csv_error(&parser)));
    }
    ++parse.line;
    at = end;
  }
  if (csv_fini(&parser, OnField, OnRow, &parse) != 0) {
    return InvalidArgument("line " + std::to_string(parse.record_line) +
                           ": a quoted field is never closed");
  }
  if (!parse.header_done) return InvalidArgument("the file has no header row");
  return std::move(parse.table);
}

bool ReadsAsFormula(std::string_view field) {
  const std::size_t first = field.find_first_not_of("\t\r");
  if (first == std::string_view::npos) return false;
  const char c = field[first];
  return c == '=' || c == '+' || c == '-' || c == '@';
}

std::string WriteCsv(const std::vector<std::vector<std::string>>& rows) {
  std::string out(kBom);
  std::string buffer, field;
  for (const auto& row : rows) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i > 0) out += ',';
      // A leading apostrophe makes Excel and WPS show the text as it is.
      field = ReadsAsFormula(row[i]) ? "'" + row[i] : row[i];
      buffer.resize(field.size() * 2 + 2);
      const std::size_t n = csv_write(buffer.data(), buffer.size(), field.data(), field.size());
      out.append(buffer.data(), n);
    }
    out += "\r\n";
  }
  return out;
}

std::string TrimSpace(std::string_view s) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return std::string(s);
}

}  // namespace homeward::csv
