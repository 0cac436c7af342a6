#pragma once
// The web page: `GET /` answers index.html and `GET /{file}` the page's other
// files, compiled into the program (adapters/web). The page talks only to the
// JSON API of the same server.

#include <optional>
#include <string>
#include <vector>

#include "adapters/http/http_message.h"

namespace homeward::http {

// The page file `path` names ({} is index.html), or nullopt when it names
// none. Answers 304 when If-None-Match holds the file's ETag, sends the gzip
// form when Accept-Encoding allows it, and forbids the page any source but
// this server (Content-Security-Policy).
std::optional<Response> PageFile(const Request& request, const std::vector<std::string>& path);

}  // namespace homeward::http
