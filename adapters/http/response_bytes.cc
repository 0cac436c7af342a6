#include "adapters/http/response_bytes.h"

// <ostream>: boost/beast/http/status.hpp uses std::ostream without including it.
#include <boost/beast/http/status.hpp>
#include <charconv>
#include <ostream>
#include <string_view>

namespace homeward::http {
namespace {

// Appends `text` with every CR, LF and NUL replaced by a space.
void AppendFieldText(std::string_view text, std::string& out) {
  const std::size_t start = out.size();
  out.append(text);
  for (std::size_t i = start; i < out.size(); ++i) {
    if (out[i] == '\r' || out[i] == '\n' || out[i] == '\0') out[i] = ' ';
  }
}

void AppendField(std::string_view name, std::string_view value, std::string& out) {
  AppendFieldText(name, out);
  out.append(": ");
  AppendFieldText(value, out);
  out.append("\r\n");
}

void AppendNumber(std::uint64_t n, std::string& out) {
  char digits[24];
  const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
  out.append(digits, end);
}

}  // namespace

bool StatusHasNoBody(int status) {
  return (status >= 100 && status < 200) || status == 204 || status == 304;
}

void AppendResponseHead(const Response& response, unsigned version, bool keep_alive,
                        std::string& out) {
  out.append(version == 10 ? "HTTP/1.0 " : "HTTP/1.1 ");
  AppendNumber(static_cast<std::uint64_t>(response.status), out);
  out.push_back(' ');
  const auto reason =
      boost::beast::http::obsolete_reason(static_cast<boost::beast::http::status>(response.status));
  out.append(reason.data(), reason.size());
  out.append("\r\nServer: homeward\r\n");
  AppendField("Content-Type", response.content_type, out);
  for (const auto& [name, value] : response.headers) AppendField(name, value, out);
  if (!StatusHasNoBody(response.status)) {
    out.append("Content-Length: ");
    AppendNumber(response.body.size(), out);
    out.append("\r\n");
  }
  if (version == 10 && keep_alive) out.append("Connection: keep-alive\r\n");
  if (version != 10 && !keep_alive) out.append("Connection: close\r\n");
  out.append("\r\n");
}

}  // namespace homeward::http
