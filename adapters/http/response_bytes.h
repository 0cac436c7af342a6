#pragma once
// From the router's response to the bytes of an HTTP/1.x response head: the
// one conversion the server makes of every answer it sends. The body is sent
// as it is, after the head, in the same write.

#include <string>

#include "adapters/http/http_message.h"

namespace homeward::http {

// Appends to `out` the status line and header fields of `response`, ending
// with the empty line, for a request of HTTP version `version` (10 or 11)
// that the connection answers with `keep_alive` or not:
// - Server, Content-Type, then the response's own fields in their order;
// - Content-Length of the body, except for a status that carries none (1xx,
//   204, 304), which must then have an empty body;
// - Connection: close when an HTTP/1.1 connection closes after it, and
//   Connection: keep-alive when an HTTP/1.0 one stays open.
// A field whose name or value holds a CR, LF or NUL (which would end the
// field early) has those bytes replaced by spaces: no answer can inject a
// field of its own.
void AppendResponseHead(const Response& response, unsigned version, bool keep_alive,
                        std::string& out);

// Whether `status` is one after which no body follows (1xx, 204, 304).
bool StatusHasNoBody(int status);

}  // namespace homeward::http
