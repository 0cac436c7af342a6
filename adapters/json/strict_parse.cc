#include "adapters/json/strict_parse.h"

#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/parse.hpp>
#include <set>
#include <string>
#include <vector>

namespace homeward::jsonc {
namespace {

namespace json = boost::json;
using json::error_code;
using json::string_view;

// The SAX events of a document, doing nothing: a handler hides those it
// needs with its own.
struct Ignoring {
  static constexpr std::size_t max_object_size = std::size_t(-1);
  static constexpr std::size_t max_array_size = std::size_t(-1);
  static constexpr std::size_t max_key_size = std::size_t(-1);
  static constexpr std::size_t max_string_size = std::size_t(-1);
  bool on_document_begin(error_code&) { return true; }
  bool on_document_end(error_code&) { return true; }
  bool on_array_begin(error_code&) { return true; }
  bool on_array_end(std::size_t, error_code&) { return true; }
  bool on_string_part(string_view, std::size_t, error_code&) { return true; }
  bool on_string(string_view, std::size_t, error_code&) { return true; }
  bool on_number_part(string_view, error_code&) { return true; }
  bool on_int64(std::int64_t, string_view, error_code&) { return true; }
  bool on_uint64(std::uint64_t, string_view, error_code&) { return true; }
  bool on_double(double, string_view, error_code&) { return true; }
  bool on_bool(bool, error_code&) { return true; }
  bool on_null(error_code&) { return true; }
  bool on_comment_part(string_view, error_code&) { return true; }
  bool on_comment(string_view, error_code&) { return true; }
  bool on_object_begin(error_code&) { return true; }
  bool on_object_end(std::size_t, error_code&) { return true; }
  bool on_key_part(string_view, std::size_t, error_code&) { return true; }
  bool on_key(string_view, std::size_t, error_code&) { return true; }
};

// The number of members each object of the text has, objects in the order
// they end: the same order as a post-order walk of the parsed value.
struct MemberCounts : Ignoring {
  std::vector<std::size_t> counts;
  bool on_object_end(std::size_t n, error_code&) {
    counts.push_back(n);
    return true;
  }
};

// The first key an object of the text names twice. Only run once a
// duplicate is known to be there: a set per open object.
struct FirstRepeatedKey : Ignoring {
  std::vector<std::set<std::string, std::less<>>> open;
  std::string key;  // being read, in parts
  std::string repeated;
  bool on_object_begin(error_code&) {
    open.emplace_back();
    return true;
  }
  bool on_object_end(std::size_t, error_code&) {
    open.pop_back();
    return true;
  }
  bool on_key_part(string_view s, std::size_t, error_code&) {
    key.append(s.data(), s.size());
    return true;
  }
  bool on_key(string_view s, std::size_t, error_code& ec) {
    key.append(s.data(), s.size());
    if (!open.back().insert(key).second) {
      repeated = key;
      ec = json::error::extra_data;  // stops the parser: found
      return false;
    }
    key.clear();
    return true;
  }
};

template <class Handler>
void Run(json::basic_parser<Handler>& parser, std::string_view text) {
  error_code ec;
  parser.write_some(false, text.data(), text.size(), ec);
}

// Whether the objects of `v`, walked in post-order from `at`, have the
// sizes `counts` holds.
bool SizesMatch(const json::value& v, const std::vector<std::size_t>& counts, std::size_t& at) {
  if (const json::array* a = v.if_array()) {
    for (const json::value& e : *a)
      if (!SizesMatch(e, counts, at)) return false;
  } else if (const json::object* o = v.if_object()) {
    for (const auto& member : *o)
      if (!SizesMatch(member.value(), counts, at)) return false;
    return at < counts.size() && counts[at++] == o->size();
  }
  return true;
}

}  // namespace

Result<json::value> ParseStrict(std::string_view text) {
  error_code ec;
  json::value parsed = json::parse(json::string_view(text.data(), text.size()), ec);
  if (ec) return InvalidArgument("the body is not JSON: " + ec.message());
  json::basic_parser<MemberCounts> counting{json::parse_options{}};
  Run(counting, text);
  // Every object the text holds is in the value, each with every member.
  const std::vector<std::size_t>& counts = counting.handler().counts;
  std::size_t at = 0;
  if (SizesMatch(parsed, counts, at) && at == counts.size()) return parsed;
  json::basic_parser<FirstRepeatedKey> finding{json::parse_options{}};
  Run(finding, text);
  // Quoted short: a key can be as long as the body.
  const std::string key = finding.handler().repeated.substr(0, 64);
  return Status(Code::kInvalidArgument,
                "the body names field '" + key + "' twice in one object; name it once", "",
                {{"field", key}});
}

}  // namespace homeward::jsonc
