#include "adapters/http/page_routes.h"

#include <algorithm>
#include <cctype>

#include "adapters/web/web_assets.h"

namespace homeward::http {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool SameLetters(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

// Calls `fn(item)` for each item of the comma-separated header `list`.
template <class Fn>
void ForEachItem(std::string_view list, Fn&& fn) {
  while (!list.empty()) {
    const std::size_t comma = list.find(',');
    fn(Trim(list.substr(0, comma)));
    list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
  }
}

// Whether Accept-Encoding `header` accepts `coding` (RFC 9110 12.5.3): named
// with a q-value above 0, or, when not named, covered by a "*" above 0.
bool Accepts(std::string_view header, std::string_view coding) {
  std::optional<bool> named, star;
  ForEachItem(header, [&](std::string_view item) {
    const std::size_t semi = item.find(';');
    const std::string_view name = Trim(item.substr(0, semi));
    bool positive = true;
    if (semi != std::string_view::npos) {
      std::string_view q = Trim(item.substr(semi + 1));
      if (q.size() > 2 && (q[0] == 'q' || q[0] == 'Q') && q[1] == '=') {
        q.remove_prefix(2);
        positive = q.find_first_of("123456789") != std::string_view::npos;
      }
    }
    if (SameLetters(name, coding)) named = positive;
    if (name == "*") star = positive;
  });
  return named ? *named : star.value_or(false);
}

// Whether If-None-Match `header` holds `etag` (weak comparison, RFC 9110 13.1.2).
bool Matches(std::string_view header, std::string_view etag) {
  bool found = false;
  ForEachItem(header, [&](std::string_view tag) {
    if (tag.starts_with("W/")) tag.remove_prefix(2);
    found = found || tag == etag || tag == "*";
  });
  return found;
}

}  // namespace

std::optional<Response> PageFile(const Request& request, const std::vector<std::string>& path) {
  if (path.size() > 1) return std::nullopt;
  const web::WebFile* file = web::FindWebFile(path.empty() ? "index.html" : path[0]);
  if (file == nullptr) return std::nullopt;
  // The gzip form is another representation, with its own validator.
  const bool gzip = Accepts(request.Header("accept-encoding"), "gzip");
  const std::string etag =
      gzip ? std::string(file->etag).insert(file->etag.size() - 1, "-gz") : std::string(file->etag);
  Response r;
  r.content_type = std::string(file->content_type);
  r.headers = {
      {"ETag", etag},
      {"Cache-Control", "no-cache"},
      {"Vary", "Accept-Encoding"},
      {"X-Content-Type-Options", "nosniff"},
      {"Referrer-Policy", "no-referrer"},
      {"Content-Security-Policy",
       "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
       "frame-ancestors 'none'; form-action 'self'"},
  };
  if (Matches(request.Header("if-none-match"), etag)) {
    r.status = 304;
    return r;
  }
  if (gzip) {
    r.headers.emplace_back("Content-Encoding", "gzip");
    r.body = std::string(file->gzip);
  } else {
    r.body = std::string(file->body);
  }
  return r;
}

}  // namespace homeward::http
