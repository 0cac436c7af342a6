#pragma once
// A request target split into its path segments and query parameters, each
// percent-decoded.

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "adapters/http/http_message.h"
#include "events/status.h"

namespace homeward::http {

struct Target {
  std::vector<std::string> path;             // "/v1/activities/a1" -> {"v1", "activities", "a1"}
  std::map<std::string, std::string> query;  // the last value of each name

  // The query parameter `name`, or `fallback`.
  std::string Get(const std::string& name, const std::string& fallback = "") const;
};

// Parses "/a/b?x=1&y=%E4%B8%AD". Errors: invalid_argument for a target that
// does not start with '/' or holds a malformed percent escape.
Result<Target> ParseTarget(std::string_view target);

// Refuses a token in the query of `raw` (the request target as sent) parsed
// as `target`: a parameter named as one (token, access_token, api_key,
// apikey, auth, authorization, bearer), or anything shaped like an account
// token ("hw_" and 64 hex digits), raw or percent-decoded, in a name or a
// value. URLs end up in access logs, browser history and Referer headers;
// tokens go in the Authorization header (the calendar feed's secret, in its
// path, is the one exception). Errors: invalid_argument, reason
// token_in_url, never quoting the token.
Status RefuseTokenInQuery(std::string_view raw, const Target& target);

// The value of header `name` (lower case) of `request` as a key the client
// names its request by (Idempotency-Key, X-Correlation-Id); "" when there is
// none. The log records it and its JSON shows it. Errors: invalid_argument
// naming the header when the value is longer than 200 bytes or holds anything
// but visible ASCII characters.
Result<std::string> ClientKey(const Request& request, const std::string& name);

}  // namespace homeward::http
