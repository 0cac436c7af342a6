#include "adapters/http/tables.h"

#include <boost/json.hpp>

#include "adapters/csv/csv_text.h"
#include "adapters/csv/exporter.h"

namespace homeward::http {
namespace json = boost::json;

const QueryParam kFormatParam{"format", "string",
                              "csv: the same rows as a spreadsheet (UTF-8 with a BOM), as "
                              "`homeward export` writes them; json (the default)"};

namespace {

// `text` with only the characters a file name keeps everywhere.
std::string FileWord(std::string_view text) {
  std::string out;
  for (char ch : text) {
    const bool plain = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
                       (ch >= '0' && ch <= '9') || ch == '-' || ch == '_';
    if (plain) out += ch;
  }
  return out;
}

}  // namespace

Result<bool> WantsTable(const ReadRoute& route, const Target& target) {
  const std::string format = target.Get("format");
  if (format.empty() || format == "json") return false;
  if (format != "csv") {
    return InvalidArgument("format '" + format + "': json or csv");
  }
  if (!route.table) {
    return InvalidArgument(std::string(route.path) + " has no table to answer as CSV");
  }
  return true;
}

Result<Response> TableAnswer(const ReadRoute& route, const ReadContext& context,
                             const json::value& doc) {
  // One activity's roster, or a list of them.
  const auto activity = context.params.find("activity_id");
  const bool one = activity != context.params.end();
  const json::value* data = doc.is_object() ? doc.as_object().if_contains("data") : nullptr;
  if (data == nullptr) return InvalidArgument("this view has no data to write as a table");
  Result<std::vector<std::vector<std::string>>> rows = csv::ViewRows(*route.table, *data, one);
  if (!rows.ok()) return rows.status();
  // The route's last fixed word and its subject: roster-trip-2027.csv,
  // care-board.csv, report-maling.csv.
  std::string name;
  std::string_view path = route.path;
  for (std::size_t at = 0; at < path.size();) {
    const std::size_t end = std::min(path.find('/', at), path.size());
    const std::string_view part = path.substr(at, end - at);
    if (!part.empty() && part.front() != '{' && part != "v1") name = FileWord(part);
    at = end + 1;
  }
  for (const auto& [key, value] : context.params) {
    if (const std::string word = FileWord(value); !word.empty()) name += "-" + word;
  }
  if (const std::string month = FileWord(context.target.Get("month")); !month.empty()) {
    name += "-" + month;
  }
  Response response;
  response.content_type = "text/csv; charset=utf-8";
  response.body = csv::WriteCsv(*rows);
  response.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
  return response;
}

}  // namespace homeward::http
