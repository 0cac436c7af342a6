#include "adapters/http/request_bytes.h"

#include <boost/asio/buffer.hpp>
#include <boost/beast/http/parser.hpp>
#include <cctype>

namespace homeward::http {

namespace bhttp = boost::beast::http;

Request ToRequest(bhttp::request<bhttp::string_body>&& in) {
  Request out;
  out.method = std::string(in.method_string());
  out.target = std::string(in.target());
  for (const auto& field : in) {
    std::string name(field.name_string());
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    out.headers[name] = std::string(field.value());
  }
  out.body = std::move(in.body());
  return out;
}

Result<Request> ParseRequestBytes(std::string_view bytes, const RequestLimits& limits) {
  bhttp::request_parser<bhttp::string_body> parser;
  parser.header_limit(static_cast<std::uint32_t>(limits.header_bytes));
  parser.body_limit(limits.body_bytes);
  parser.eager(true);
  boost::beast::error_code ec;
  std::size_t used = 0;
  while (used < bytes.size() && !parser.is_done()) {
    const std::size_t n =
        parser.put(boost::asio::buffer(bytes.data() + used, bytes.size() - used), ec);
    if (ec == bhttp::error::need_more) break;
    if (ec) return InvalidArgument("malformed HTTP request: " + ec.message());
    if (n == 0) break;
    used += n;
  }
  if (!parser.is_done()) {
    parser.put_eof(ec);
    if (ec || !parser.is_done()) return InvalidArgument("the HTTP request is cut short");
  }
  return ToRequest(parser.release());
}

}  // namespace homeward::http
