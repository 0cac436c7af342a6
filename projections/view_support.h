#pragma once
// Small pieces every view uses: splitting a stream id without allocating,
// keys scoped by organization, and dispatching an event to typed handlers.

#include <string>
#include <string_view>

#include "projections/keyed_map.h"

namespace homeward {

// The parts of "org/category/id" as views into it.
struct StreamParts {
  std::string_view org;
  std::string_view category;
  std::string_view id;
};

// Splits a stream id the log accepted (so it has exactly three parts).
inline StreamParts SplitStream(std::string_view stream_id) {
  const std::size_t a = stream_id.find('/');
  const std::size_t b = stream_id.find('/', a + 1);
  return {stream_id.substr(0, a), stream_id.substr(a + 1, b - a - 1), stream_id.substr(b + 1)};
}

// The key of entity `id` of organization `org` in a view's maps: "org/id".
// Views key every map this way, so one log may serve many organizations.
inline std::string OrgKey(std::string_view org, std::string_view id) {
  std::string key;
  key.reserve(org.size() + id.size() + 1);
  key.append(org).append("/").append(id);
  return key;
}

// Calls fn(id, value) for each entry of `org` in a map keyed by OrgKey, in key order.
template <class Map, class Fn>
void ForOrg(const Map& map, std::string_view org, Fn&& fn) {
  const std::string prefix = OrgKey(org, "");
  for (auto it = map.lower_bound(prefix); it != map.end() && it->first.starts_with(prefix); ++it) {
    fn(std::string_view(it->first).substr(prefix.size()), it->second);
  }
}
template <class V, class Fn>
void ForOrg(const KeyedMap<V>& map, std::string_view org, Fn&& fn) {
  const std::string prefix = OrgKey(org, "");
  for (const auto* entry : map.Sorted()) {
    if (entry->first.starts_with(prefix))
      fn(std::string_view(entry->first).substr(prefix.size()), entry->second);
  }
}

// Calls fn(id, value) for each entry of `org` in a KeyedMap, in no order: for
// a count or a gathering that sorts what it keeps, without sorting the map.
template <class V, class Fn>
void EachInOrg(const KeyedMap<V>& map, std::string_view org, Fn&& fn) {
  const std::string prefix = OrgKey(org, "");
  for (const auto& [key, value] : map) {
    if (key.starts_with(prefix)) fn(std::string_view(key).substr(prefix.size()), value);
  }
}

// The value of `key` in `map`, or null: a lookup that does not create, so an
// event about something a view has not seen changes nothing.
template <class Map>
auto Find(Map& map, const std::string& key) -> decltype(&map.find(key)->second) {
  auto it = map.find(key);
  return it == map.end() ? nullptr : &it->second;
}

// Visits a variant with a set of lambdas; alternatives none of them takes
// fall to the catch-all the caller provides, e.g. [](const auto&) {}.
template <class... Fs>
struct Overloaded : Fs... {
  using Fs::operator()...;
};
template <class... Fs>
Overloaded(Fs...) -> Overloaded<Fs...>;

}  // namespace homeward
