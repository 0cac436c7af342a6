#pragma once
// From Beast's request to the router's: the one conversion the server makes
// of every request it reads, and the same parse from plain bytes (for the
// fuzzer, which feeds the request path arbitrary input).

#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>
#include <cstddef>
#include <string_view>

#include "adapters/http/http_message.h"
#include "events/status.h"

namespace homeward::http {

// The router's view of a parsed request: method, target, headers with their
// names in lower case, body (moved out of `in`).
Request ToRequest(boost::beast::http::request<boost::beast::http::string_body>&& in);

// The limits the server reads requests with.
struct RequestLimits {
  std::size_t header_bytes = 8 << 10;
  std::size_t body_bytes = 1 << 20;
};

// Parses one whole HTTP/1.1 request from `bytes` as the server does, within
// `limits`. Errors: invalid_argument naming what is wrong (a malformed
// request, one over a limit, or one cut short).
Result<Request> ParseRequestBytes(std::string_view bytes, const RequestLimits& limits);

}  // namespace homeward::http
