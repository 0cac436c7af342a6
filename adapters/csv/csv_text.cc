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

constexpr unsigned char kOptions = CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL;

// libcsv's parser, which can start afresh: after a malformed record nothing
// of its state is worth keeping, and libcsv has no way to reset it in place.
class Parser {
 public:
  Parser() { started_ = csv_init(&parser_, kOptions) == 0; }
  ~Parser() {
    if (started_) csv_free(&parser_);
  }
  Parser(const Parser&) = delete;
  Parser& operator=(const Parser&) = delete;
  bool Restart() {
    if (started_) csv_free(&parser_);
    started_ = csv_init(&parser_, kOptions) == 0;
    return started_;
  }
  bool started() const { return started_; }
  csv_parser* get() { return &parser_; }

 private:
  csv_parser parser_{};
  bool started_ = false;
};

struct Parse {
  Table table;
  Row row;
  std::size_t line = 1;
  std::size_t record_line = 1;  // the line the record being read began on
  bool started = false;         // the current record has a field
  bool header_done = false;

  // The record being read went wrong on line `at`: what it has so far goes,
  // and it stands in the table as a row that says why.
  void Malformed(std::string why, std::size_t at) {
    row = Row{};
    started = false;
    if (at != record_line) why += " (on line " + std::to_string(at) + ")";
    table.rows.push_back(Row{record_line, {}, std::move(why)});
  }
};

// Says what is wrong without the cell: it may be personal data, and the line
// finds it (docs/privacy.md).
constexpr std::string_view kStrayQuote =
    "malformed CSV: a double quote inside a value that does not start with one, or text after "
    "a value's closing quote (a value with a quote in it must be in double quotes, each quote "
    "doubled: \"a\"\"b\")";
constexpr std::string_view kNeverClosed =
    "malformed CSV: a double quote opens a value that is never closed (the rest of the file is "
    "in it)";

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
  Parser parser;
  if (!parser.started()) return Internal("libcsv could not start");
  Parse parse;
  parse.table.encoding = decoded->second;
  // Line by line, so each record knows the line it starts on.
  for (std::size_t at = 0; at < text.size();) {
    // libcsv's state 0 (ROW_NOT_BEGUN): no record is open, so one starting
    // now starts on this line (a quoted field may carry a record across lines).
    if (parser.get()->pstate == 0) parse.record_line = parse.line;
    std::size_t end = text.find('\n', at);
    end = end == std::string::npos ? text.size() : end + 1;
    for (std::size_t from = at; from < end;) {
      const std::size_t done =
          csv_parse(parser.get(), text.data() + from, end - from, OnField, OnRow, &parse);
      if (done == end - from) break;
      if (csv_error(parser.get()) != CSV_EPARSE) {
        return Internal(std::string("libcsv: ") + csv_strerror(csv_error(parser.get())));
      }
      if (!parse.header_done) {
        return InvalidArgument(
            "line " + std::to_string(parse.line) +
            ": the header is malformed CSV: " + csv_strerror(csv_error(parser.get())));
      }
      parse.Malformed(std::string(kStrayQuote), parse.line);
      if (!parser.Restart()) return Internal("libcsv could not start");
      // The rest of the line goes with the bad record: the next record
      // starts after the line end (a CR alone ends a line too), on this line.
      const std::size_t next = text.find_first_of("\r\n", from + done);
      from = next == std::string::npos || next >= end ? end : next + 1;
      parse.record_line = parse.line;
    }
    ++parse.line;
    at = end;
  }
  if (csv_fini(parser.get(), OnField, OnRow, &parse) != 0) {
    if (!parse.header_done) {
      return InvalidArgument("line " + std::to_string(parse.record_line) +
                             ": a quoted field is never closed");
    }
    parse.Malformed(std::string(kNeverClosed), parse.record_line);
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
