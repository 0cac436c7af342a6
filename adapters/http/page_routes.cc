#include "adapters/http/page_routes.h"

#include "adapters/web/web_assets.h"

namespace homeward::http {
namespace {

// Whether the comma-separated header `list` names `token` (q=0 aside).
bool Lists(std::string_view list, std::string_view token) {
  while (!list.empty()) {
    const std::size_t comma = list.find(',');
    std::string_view item = list.substr(0, comma);
    list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
    while (item.starts_with(' ')) item.remove_prefix(1);
    const std::size_t semi = item.find(';');
    std::string_view name = item.substr(0, semi);
    while (name.ends_with(' ')) name.remove_suffix(1);
    if (name != token && name != "*") continue;
    if (semi != std::string_view::npos) {
      std::string_view params = item.substr(semi + 1);
      const std::size_t q = params.find("q=");
      if (q != std::string_view::npos && params.substr(q + 2).starts_with('0') &&
          params.substr(q + 2).find_first_of("123456789") == std::string_view::npos) {
        continue;  // q=0: refused
      }
    }
    return true;
  }
  return false;
}

}  // namespace

std::optional<Response> PageFile(const Request& request, const std::vector<std::string>& path) {
  if (path.size() > 1) return std::nullopt;
  const web::WebFile* file = web::FindWebFile(path.empty() ? "index.html" : path[0]);
  if (file == nullptr) return std::nullopt;
  Response r;
  r.content_type = std::string(file->content_type);
  r.headers = {
      {"ETag", std::string(file->etag)},
      {"Cache-Control", "no-cache"},
      {"Vary", "Accept-Encoding"},
      {"X-Content-Type-Options", "nosniff"},
      {"Referrer-Policy", "no-referrer"},
      {"Content-Security-Policy",
       "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
       "frame-ancestors 'none'; form-action 'self'"},
  };
  if (Lists(request.Header("if-none-match"), file->etag)) {
    r.status = 304;
    return r;
  }
  if (Lists(request.Header("accept-encoding"), "gzip")) {
    r.headers.emplace_back("Content-Encoding", "gzip");
    r.body = std::string(file->gzip);
  } else {
    r.body = std::string(file->body);
  }
  return r;
}

}  // namespace homeward::http
