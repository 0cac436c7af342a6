#pragma once
// Errors as values: the closed set of outcomes every layer returns at its
// boundary, and Result<T>, a value or the Status that explains its absence.

#include <cassert>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace homeward {

// The small closed set of error codes. Adapters map each to one HTTP status.
enum class Code {
  kOk,
  kInvalidArgument,     // the request itself is malformed; retrying it won't help
  kNotFound,            // the thing named does not exist
  kConflict,            // a rule or a concurrent writer refused it (version, idempotency, domain)
  kPreconditionFailed,  // the caller's stated expectation (e.g. If-Match) did not hold
  kUnauthorized,        // who is asking is unknown or may not do this
  kUnavailable,         // the store cannot take writes now; retry later
  kCorruption,          // stored data fails its checks
  kInternal,            // a bug or an unexpected failure from a library
};

// Returns the stable lower_snake name of `code`, e.g. "invalid_argument".
std::string_view CodeName(Code code);

// Writes CodeName(code), so codes print in test failures and logs.
std::ostream& operator<<(std::ostream& out, Code code);

// An outcome: ok, or a code, a human message and optional structured details.
// `reason` is an optional stable machine code from the domain ("role_taken");
// details are ordered key/value pairs an adapter may show verbatim.
class [[nodiscard]] Status {
 public:
  using Details = std::vector<std::pair<std::string, std::string>>;

  Status() = default;
  Status(Code code, std::string message, std::string reason = {}, Details details = {})
      : code_(code),
        message_(std::move(message)),
        reason_(std::move(reason)),
        details_(std::move(details)) {}

  static Status Ok() { return Status(); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  // The domain's stable code when it set one, else CodeName(code()).
  std::string reason() const { return reason_.empty() ? std::string(CodeName(code_)) : reason_; }
  const Details& details() const { return details_; }
  // Returns the value of detail `key`, or nullopt.
  std::optional<std::string> detail(std::string_view key) const;

  // "conflict: stream 'x' expected version 1, actual 2".
  std::string ToString() const;

 private:
  Code code_ = Code::kOk;
  std::string message_;
  std::string reason_;
  Details details_;
};

// Shorthands for the common codes.
inline Status InvalidArgument(std::string m) { return {Code::kInvalidArgument, std::move(m)}; }
inline Status NotFound(std::string m) { return {Code::kNotFound, std::move(m)}; }
inline Status Conflict(std::string m) { return {Code::kConflict, std::move(m)}; }
inline Status Unavailable(std::string m) { return {Code::kUnavailable, std::move(m)}; }
inline Status Corruption(std::string m) { return {Code::kCorruption, std::move(m)}; }
inline Status Internal(std::string m) { return {Code::kInternal, std::move(m)}; }

// A value of type T, or the non-ok Status saying why there is none.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}         // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {  // NOLINT: implicit by design
    assert(!status_.ok() && "a Result holding no value needs an error status");
  }

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }

  T& value() & {
    assert(ok());
    return *value_;
  }
  const T& value() const& {
    assert(ok());
    return *value_;
  }
  // By value, so `for (x : F().value())` does not dangle on the temporary.
  T value() && {
    assert(ok());
    return std::move(*value_);
  }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace homeward
