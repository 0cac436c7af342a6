// The one error shape of the API, and the HTTP status of each Status
// (declared in router.h).

#include <boost/json.hpp>

#include "adapters/http/router.h"
#include "events/utf8.h"

namespace homeward::http {

namespace json = boost::json;

int HttpStatusOf(const Status& status) {
  switch (status.code()) {
    case Code::kOk:
      return 200;
    case Code::kInvalidArgument:
      return 400;
    case Code::kNotFound:
      return 404;
    case Code::kConflict:
      return 409;
    case Code::kPreconditionFailed:
      return 412;
    case Code::kUnauthorized:
      return status.reason() == "forbidden" ? 403 : 401;
    case Code::kUnavailable:
      return status.reason() == "rate_limited" ? 429 : 503;
    default:
      return 500;
  }
}

Status Forbidden(std::string message) {
  return Status(Code::kUnauthorized, std::move(message), "forbidden");
}

Response ErrorResponse(const Status& status) {
  json::object details;
  for (const auto& [k, v] : status.details()) details[k] = ValidUtf8(v);
  const std::string code =
      status.reason().empty() ? std::string(CodeName(status.code())) : status.reason();
  Response response;
  response.status = HttpStatusOf(status);
  response.body = json::serialize(json::object{{"error",
                                                {{"code", code},
                                                 {"message", ValidUtf8(status.message())},
                                                 {"details", std::move(details)}}}});
  if (response.status == 401) response.headers.emplace_back("WWW-Authenticate", "Bearer");
  if (response.status == 429) {
    for (const auto& [k, v] : status.details())
      if (k == "retry_after") response.headers.emplace_back("Retry-After", v);
  }
  return response;
}

}  // namespace homeward::http
