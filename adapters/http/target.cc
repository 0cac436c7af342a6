#include "adapters/http/target.h"

#include <algorithm>
#include <cctype>

namespace homeward::http {
namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

Result<std::string> Decode(std::string_view text, bool plus_is_space) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '%') {
      if (i + 2 >= text.size()) {
        return InvalidArgument("the request target has a cut-off percent escape");
      }
      const int hi = HexValue(text[i + 1]), lo = HexValue(text[i + 2]);
      if (hi < 0 || lo < 0) return InvalidArgument("the request target has a bad percent escape");
      out.push_back(static_cast<char>(hi * 16 + lo));
      i += 2;
    } else if (c == '+' && plus_is_space) {
      out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  return out;
}

}  // namespace

std::string Target::Get(const std::string& name, const std::string& fallback) const {
  auto it = query.find(name);
  return it == query.end() ? fallback : it->second;
}

Result<Target> ParseTarget(std::string_view target) {
  if (target.empty() || target[0] != '/') {
    return InvalidArgument("the request target must be a path starting with '/'");
  }
  Target out;
  const std::size_t mark = target.find('?');
  const std::string_view path = target.substr(0, mark);
  for (std::size_t start = 1; start <= path.size();) {
    std::size_t end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    if (end > start) {
      Result<std::string> segment = Decode(path.substr(start, end - start), false);
      if (!segment.ok()) return segment.status();
      out.path.push_back(std::move(segment).value());
    }
    start = end + 1;
  }
  if (mark == std::string_view::npos) return out;
  std::string_view query = target.substr(mark + 1);
  while (!query.empty()) {
    const std::size_t amp = query.find('&');
    const std::string_view pair = query.substr(0, amp);
    const std::size_t eq = pair.find('=');
    Result<std::string> name = Decode(pair.substr(0, eq), true);
    Result<std::string> value =
        Decode(eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1), true);
    if (!name.ok()) return name.status();
    if (!value.ok()) return value.status();
    if (!name->empty()) out.query[*name] = *value;
    if (amp == std::string_view::npos) break;
    query = query.substr(amp + 1);
  }
  return out;
}

namespace {

bool IsHex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Whether `text` holds "hw_" followed by 64 hex digits anywhere.
bool HoldsToken(std::string_view text) {
  for (std::size_t at = text.find("hw_"); at != std::string_view::npos;
       at = text.find("hw_", at + 1)) {
    const std::string_view rest = text.substr(at + 3, 64);
    if (rest.size() == 64 && std::all_of(rest.begin(), rest.end(), IsHex)) return true;
  }
  return false;
}

Status TokenInUrl(std::string_view where) {
  return Status(Code::kInvalidArgument,
                "a token in the URL is refused (" + std::string(where) +
                    "): send it in the header Authorization: Bearer TOKEN",
                "token_in_url");
}

}  // namespace

Status RefuseTokenInQuery(std::string_view raw, const Target& target) {
  static constexpr std::string_view kNames[] = {"token", "access_token",  "api_key", "apikey",
                                                "auth",  "authorization", "bearer"};
  const std::size_t query = raw.find('?');
  if (query != std::string_view::npos && HoldsToken(raw.substr(query))) {
    return TokenInUrl("the query holds one");
  }
  for (const auto& [name, value] : target.query) {
    std::string lower = name;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (std::find(std::begin(kNames), std::end(kNames), lower) != std::end(kNames)) {
      return TokenInUrl("query parameter '" + lower + "'");
    }
    if (HoldsToken(name) || HoldsToken(value)) return TokenInUrl("the query holds one");
  }
  return Status::Ok();
}

Result<std::string> ClientKey(const Request& request, const std::string& name) {
  std::string value = request.Header(name);
  constexpr std::size_t kLongest = 200;
  const bool visible = std::all_of(value.begin(), value.end(), [](char c) {
    return static_cast<unsigned char>(c) > 0x20 && static_cast<unsigned char>(c) < 0x7f;
  });
  if (value.size() > kLongest || !visible) {
    return Status(Code::kInvalidArgument,
                  "header " + name + " must be at most " + std::to_string(kLongest) +
                      " visible ASCII characters (letters, digits, punctuation)",
                  "", {{"field", name}});
  }
  return value;
}

}  // namespace homeward::http
