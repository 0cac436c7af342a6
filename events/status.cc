#include "events/status.h"

#include <ostream>

namespace homeward {

std::string_view CodeName(Code code) {
  switch (code) {
    case Code::kOk:
      return "ok";
    case Code::kInvalidArgument:
      return "invalid_argument";
    case Code::kNotFound:
      return "not_found";
    case Code::kConflict:
      return "conflict";
    case Code::kPreconditionFailed:
      return "precondition_failed";
    case Code::kUnauthorized:
      return "unauthorized";
    case Code::kUnavailable:
      return "unavailable";
    case Code::kCorruption:
      return "corruption";
    case Code::kInternal:
      return "internal";
  }
  return "internal";
}

std::ostream& operator<<(std::ostream& out, Code code) { return out << CodeName(code); }

std::optional<std::string> Status::detail(std::string_view key) const {
  for (const auto& [k, v] : details_) {
    if (k == key) return v;
  }
  return std::nullopt;
}

std::string Status::ToString() const {
  if (ok()) return "ok";
  return std::string(CodeName(code_)) + ": " + message_;
}

}  // namespace homeward
