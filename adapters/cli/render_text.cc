#include "adapters/cli/render_text.h"

#include <algorithm>
#include <boost/json/serialize.hpp>
#include <string>
#include <vector>

#include "adapters/csv/cells.h"
#include "projections/json_support.h"

namespace homeward::cli {
namespace {

namespace json = boost::json;

// Terminal columns of UTF-8 text: East Asian wide characters take two.
std::size_t Width(const std::string& text) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    const std::size_t length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    width += length >= 3 ? 2 : 1;
    i += length;
  }
  return width;
}

bool Flat(const json::value& v) {
  if (v.is_array()) {
    for (const json::value& item : v.as_array())
      if (item.is_structured()) return false;
    return true;
  }
  return !v.is_object();
}

std::string Cell(const json::value& v, std::string_view zone) {
  switch (v.kind()) {
    case json::kind::string:
      return zone.empty() ? std::string(v.as_string()) : csv::AtZone(v.as_string(), zone);
    case json::kind::null:
      return "-";
    case json::kind::double_:
      return TwoDecimals(v.as_double());
    case json::kind::array: {
      std::string out;
      for (const json::value& item : v.as_array()) {
        if (!out.empty()) out += ", ";
        out += Cell(item, zone);
      }
      return out;
    }
    default:
      return json::serialize(v);
  }
}

// A list of objects whose fields are all flat.
bool Tabular(const json::array& rows) {
  if (rows.empty()) return false;
  for (const json::value& row : rows) {
    if (!row.is_object()) return false;
    for (const auto& field : row.as_object())
      if (!Flat(field.value())) return false;
  }
  return true;
}

void Table(const json::array& rows, const std::string& indent, std::string_view zone,
           std::ostream& out) {
  std::vector<std::string> columns;
  for (const json::value& row : rows)
    for (const auto& field : row.as_object())
      if (std::find(columns.begin(), columns.end(), field.key()) == columns.end())
        columns.emplace_back(field.key());
  std::vector<std::vector<std::string>> cells;
  std::vector<std::size_t> widths;
  for (const std::string& c : columns) widths.push_back(Width(c));
  for (const json::value& row : rows) {
    auto& line = cells.emplace_back();
    for (std::size_t i = 0; i < columns.size(); ++i) {
      const json::value* v = row.as_object().if_contains(columns[i]);
      line.push_back(v ? Cell(*v, zone) : "");
      widths[i] = std::max(widths[i], Width(line.back()));
    }
  }
  const auto print = [&](const std::vector<std::string>& line) {
    out << indent;
    for (std::size_t i = 0; i < line.size(); ++i) {
      out << line[i];
      if (i + 1 < line.size()) out << std::string(widths[i] - Width(line[i]) + 2, ' ');
    }
    out << "\n";
  };
  print(columns);
  for (const auto& line : cells) print(line);
}

void Render(const json::value& v, const std::string& indent, std::string_view zone,
            std::ostream& out) {
  if (v.is_object()) {
    for (const auto& field : v.as_object()) {
      if (Flat(field.value())) {
        out << indent << std::string(field.key()) << ": " << Cell(field.value(), zone) << "\n";
      } else {
        out << indent << std::string(field.key()) << ":\n";
        Render(field.value(), indent + "  ", zone, out);
      }
    }
  } else if (v.is_array()) {
    const json::array& items = v.as_array();
    if (items.empty()) {
      out << indent << "(none)\n";
    } else if (Tabular(items)) {
      Table(items, indent, zone, out);
    } else {
      for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out << "\n";
        Render(items[i], indent, zone, out);
      }
    }
  } else {
    out << indent << Cell(v, zone) << "\n";
  }
}

}  // namespace

void RenderText(const json::value& document, std::ostream& out, std::string_view time_zone) {
  Render(document, "", time_zone, out);
}

}  // namespace homeward::cli
