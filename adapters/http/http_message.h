#pragma once
// A request and a response as the router sees them: plain data, so the
// router is a function that can be tested without a socket.

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace homeward::http {

struct Request {
  std::string method;                          // "GET", "POST", ...
  std::string target;                          // path and query, e.g. "/v1/reminders?overdue=1"
  std::map<std::string, std::string> headers;  // names in lower case
  std::string body;

  // The header `name` (lower case), or "".
  std::string Header(const std::string& name) const {
    auto it = headers.find(name);
    return it == headers.end() ? std::string() : it->second;
  }
};

struct Response {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
};

}  // namespace homeward::http
