#pragma once
// JSON for the domain's plain structs (described.h): events and their records
// out, commands in. Strict on the way in: a field the struct does not have, a
// value of the wrong type or out of range is invalid_argument naming the field
// by its path ("card.guardian.phone"), so a client learns exactly what to fix.
//
// Mapping: strings, booleans and integers as themselves; enums by their
// English name (the Chinese name is accepted too); dates as "YYYY-MM-DD";
// a time in microseconds (a field named *_us) as a number, or on the way in
// also as RFC 3339 text ("2027-05-01T09:00:00+08:00"); optionals as null or
// the value; vectors as arrays; records as objects. A field left out keeps
// the struct's default.

#include <boost/describe/members.hpp>
#include <boost/json/value.hpp>
#include <boost/mp11/algorithm.hpp>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "adapters/json/described.h"
#include "events/date.h"
#include "events/status.h"
#include "events/vocabulary.h"

namespace homeward::jsonc {

namespace json = boost::json;

// Parses RFC 3339 text ("2027-05-01T01:00:00Z", "2027-05-01T09:00+08:00",
// seconds and a fraction optional) into UTC microseconds.
// Errors: invalid_argument naming `field`.
Result<std::int64_t> ParseTimestamp(std::string_view text, std::string_view field);

namespace detail {

template <class T>
struct IsOptional : std::false_type {};
template <class T>
struct IsOptional<std::optional<T>> : std::true_type {};
template <class T>
struct IsVector : std::false_type {};
template <class T>
struct IsVector<std::vector<T>> : std::true_type {};
template <class T>
concept Enum = requires {
  EnumTable<T>::kRows;
};
template <class T>
concept Described = boost::describe::has_describe_members<T>::value;

// Converts to any member type, to count an aggregate's members.
struct AnyField {
  template <class U>
  operator U() const;
};
template <class T, class... Fields>
constexpr std::size_t CountFields() {
  if constexpr (requires { T{Fields{}..., AnyField{}}; }) {
    return CountFields<T, Fields..., AnyField>();
  } else {
    return sizeof...(Fields);
  }
}
template <class T>
constexpr std::size_t DescribedCount() {
  return boost::mp11::mp_size<
      boost::describe::describe_members<T, boost::describe::mod_public>>::value;
}

// invalid_argument with `message`, naming the field in the details.
Status FieldStatus(const std::string& path, std::string message);
// "field 'x' must be <expected>".
Status FieldError(const std::string& path, std::string_view expected);

// Appends ".name" (or "name" at the top) to `path` for the life of the scope.
class PathPart {
 public:
  PathPart(std::string& path, std::string_view name) : path_(path), size_(path.size()) {
    if (!path.empty()) path += '.';
    path += name;
  }
  ~PathPart() { path_.resize(size_); }
  PathPart(const PathPart&) = delete;
  PathPart& operator=(const PathPart&) = delete;

 private:
  std::string& path_;
  std::size_t size_;
};

template <class T>
json::value Write(const T& value, std::string& path);
template <class T>
Status Read(const json::value& in, T& out, std::string& path);

template <Described T>
json::value WriteRecord(const T& value, std::string& path) {
  static_assert(CountFields<T>() == DescribedCount<T>(),
                "described.h must name every member of this struct");
  json::object out;
  boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>(
      [&](auto member) {
        PathPart part(path, member.name);
        const auto& field = value.*member.pointer;
        out.emplace(member.name, Write(field, path));
      });
  return out;
}

template <class T>
json::value Write(const T& value, std::string& path) {
  if constexpr (std::is_same_v<T, std::string>) {
    return json::string(value);
  } else if constexpr (std::is_same_v<T, bool>) {
    return value;
  } else if constexpr (Enum<T>) {
    return json::string(NameOf(value));
  } else if constexpr (std::is_integral_v<T>) {
    return value;
  } else if constexpr (std::is_same_v<T, Date>) {
    return json::string(FormatDate(value));
  } else if constexpr (IsOptional<T>::value) {
    return value ? Write(*value, path) : json::value(nullptr);
  } else if constexpr (IsVector<T>::value) {
    json::array out;
    for (const auto& item : value) out.push_back(Write(item, path));
    return out;
  } else {
    return WriteRecord(value, path);
  }
}

template <class T>
Status ReadInteger(const json::value& in, T& out, const std::string& path) {
  if (in.is_int64() && std::in_range<T>(in.get_int64())) {
    out = static_cast<T>(in.get_int64());
    return Status::Ok();
  }
  if (in.is_uint64() && std::in_range<T>(in.get_uint64())) {
    out = static_cast<T>(in.get_uint64());
    return Status::Ok();
  }
  return FieldError(path, std::is_signed_v<T> ? "a whole number" : "a whole number, 0 or more");
}

template <Described T>
Status ReadRecord(const json::value& in, T& out, std::string& path) {
  static_assert(CountFields<T>() == DescribedCount<T>(),
                "described.h must name every member of this struct");
  if (!in.is_object()) return FieldError(path, "an object");
  for (const auto& entry : in.get_object()) {
    const json::string_view key = entry.key();
    const json::value& value = entry.value();
    bool known = false;
    Status status = Status::Ok();
    boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>(
        [&](auto member) {
          if (known || key != member.name) return;
          known = true;
          PathPart part(path, member.name);
          auto& field = out.*member.pointer;
          using Field = std::remove_reference_t<decltype(field)>;
          if constexpr (std::is_same_v<Field, std::int64_t>) {
            if (value.is_string() && std::string_view(member.name).ends_with("_us")) {
              Result<std::int64_t> at = ParseTimestamp(value.get_string(), path);
              if (at.ok()) field = *at;
              status = at.status();
              return;
            }
          }
          status = Read(value, field, path);
        });
    if (!known) {
      PathPart part(path, key);
      return FieldStatus(path, "unknown field '" + path + "'");
    }
    if (!status.ok()) return status;
  }
  return Status::Ok();
}

template <class T>
Status Read(const json::value& in, T& out, std::string& path) {
  if constexpr (std::is_same_v<T, std::string>) {
    if (!in.is_string()) return FieldError(path, "a string");
    out = std::string(in.get_string());
  } else if constexpr (std::is_same_v<T, bool>) {
    if (!in.is_bool()) return FieldError(path, "true or false");
    out = in.get_bool();
  } else if constexpr (Enum<T>) {
    if (!in.is_string()) return FieldError(path, "a string");
    Result<T> parsed = ParseEnum<T>(in.get_string(), path);
    if (!parsed.ok()) return FieldStatus(path, parsed.status().message());
    out = *parsed;
  } else if constexpr (std::is_integral_v<T>) {
    return ReadInteger(in, out, path);
  } else if constexpr (std::is_same_v<T, Date>) {
    if (!in.is_string()) return FieldError(path, "a date, YYYY-MM-DD");
    if (in.get_string().empty()) {
      out = Date{};
      return Status::Ok();
    }
    Result<Date> parsed = ParseDate(in.get_string(), path);
    if (!parsed.ok()) return FieldStatus(path, parsed.status().message());
    out = *parsed;
  } else if constexpr (IsOptional<T>::value) {
    if (in.is_null()) {
      out.reset();
      return Status::Ok();
    }
    out.emplace();
    return Read(in, *out, path);
  } else if constexpr (IsVector<T>::value) {
    if (!in.is_array()) return FieldError(path, "an array");
    out.clear();
    out.reserve(in.get_array().size());
    for (const json::value& item : in.get_array()) {
      out.emplace_back();
      if (Status s = Read(item, out.back(), path); !s.ok()) return s;
    }
  } else {
    return ReadRecord(in, out, path);
  }
  return Status::Ok();
}

}  // namespace detail

// `value` as JSON.
template <class T>
json::value ToJson(const T& value) {
  std::string path;
  return detail::Write(value, path);
}

// Reads `in` into `out`, over the defaults `out` already holds.
// Errors: invalid_argument naming the field (details: "field").
template <class T>
Status FromJson(const json::value& in, T& out) {
  std::string path;
  return detail::Read(in, out, path);
}

// The JSON names of T's fields, in declaration order.
template <class T>
std::vector<std::string> FieldNames() {
  std::vector<std::string> names;
  boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>(
      [&](auto member) { names.emplace_back(member.name); });
  return names;
}

}  // namespace homeward::jsonc
