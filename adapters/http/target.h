#pragma once
// A request target split into its path segments and query parameters, each
// percent-decoded.

#include <map>
#include <string>
#include <string_view>
#include <vector>

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

}  // namespace homeward::http
