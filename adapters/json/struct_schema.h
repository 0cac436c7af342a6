#pragma once
// OpenAPI 3.0 schemas (JSON Schema objects) for the domain's plain structs,
// matching what struct_json.h's FromJson accepts: the same field names, enum
// names, date and time forms, and no fields beyond the struct's.

#include "adapters/json/struct_json.h"

namespace homeward::jsonc {

namespace detail {

template <class T>
json::object Schema() {
  if constexpr (std::is_same_v<T, std::string>) {
    return {{"type", "string"}};
  } else if constexpr (std::is_same_v<T, bool>) {
    return {{"type", "boolean"}};
  } else if constexpr (Enum<T>) {
    json::array names;
    for (const EnumRow& row : EnumTable<T>::kRows) names.emplace_back(row.name);
    return {{"type", "string"}, {"enum", std::move(names)}};
  } else if constexpr (std::is_integral_v<T>) {
    json::object out{{"type", "integer"}};
    if constexpr (std::is_unsigned_v<T>) out["minimum"] = 0;
    return out;
  } else if constexpr (std::is_same_v<T, Date>) {
    return {{"type", "string"}, {"format", "date"}};
  } else if constexpr (IsOptional<T>::value) {
    json::object out = Schema<typename T::value_type>();
    out["nullable"] = true;
    return out;
  } else if constexpr (IsVector<T>::value) {
    return {{"type", "array"}, {"items", Schema<typename T::value_type>()}};
  } else {
    json::object properties;
    boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>(
        [&](auto member) {
          using Field = std::remove_cvref_t<decltype(std::declval<T&>().*member.pointer)>;
          if constexpr (std::is_same_v<Field, std::int64_t>) {
            if (std::string_view(member.name).ends_with("_us")) {
              properties[member.name] = json::object{
                  {"description", "microseconds since 1970 (UTC), or RFC 3339 text"},
                  {"oneOf",
                   json::array{json::object{{"type", "integer"}},
                               json::object{{"type", "string"}, {"format", "date-time"}}}}};
              return;
            }
          }
          properties[member.name] = Schema<Field>();
        });
    return {
        {"type", "object"}, {"additionalProperties", false}, {"properties", std::move(properties)}};
  }
}

}  // namespace detail

// T as an OpenAPI 3.0 schema (a JSON Schema object), matching FromJson.
template <class T>
json::object SchemaOf() {
  return detail::Schema<T>();
}

}  // namespace homeward::jsonc
