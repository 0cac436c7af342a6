#pragma once
// The web page's files, compiled into the program (see embed.cmake).

#include <span>
#include <string_view>

namespace homeward::web {

struct WebFile {
  std::string_view name;          // e.g. "app.js"
  std::string_view content_type;  // e.g. "text/javascript; charset=utf-8"
  std::string_view body;          // the file's bytes
  std::string_view gzip;          // the same, gzip-compressed
  std::string_view etag;          // a quoted strong validator: changes with the bytes
};

// Every file of the page, sorted by name.
std::span<const WebFile> WebFiles();

// The file named `name` ("index.html", "app.js"), or null.
const WebFile* FindWebFile(std::string_view name);

}  // namespace homeward::web
