#pragma once
// The map views keep their entities in: a hash map by "org/id" key, for one
// cheap lookup per event while folding (a tree of a hundred thousand string
// keys costs a cache miss per level), saved in an order of its keys alone so
// that equal states give equal bytes. It holds its hash map rather than deriving from it, and
// names no `mapped_type`, so cereal's generic map functions do not compete
// with its own save and load.
//
// The hash map is open-addressed (Boost's flat map): a lookup probes one
// group of slots instead of walking a chain of nodes, which is most of what a
// rebuild spends in the views. Like a vector, it moves its entries when it
// grows: a reference into one map must not be held across an insertion into
// that same map.

#include <algorithm>
#include <boost/unordered/unordered_flat_map.hpp>
#include <cereal/cereal.hpp>
#include <cereal/types/string.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "events/byte_archive.h"

namespace homeward {

template <class V>
class KeyedMap {
 public:
  using Items = boost::unordered_flat_map<std::string, V>;
  using value_type = typename Items::value_type;
  using iterator = typename Items::iterator;
  using const_iterator = typename Items::const_iterator;

  iterator find(const std::string& key) { return items_.find(key); }
  const_iterator find(const std::string& key) const { return items_.find(key); }
  iterator begin() { return items_.begin(); }
  iterator end() { return items_.end(); }
  const_iterator begin() const { return items_.begin(); }
  const_iterator end() const { return items_.end(); }
  V& operator[](const std::string& key) { return items_[key]; }
  const V& at(const std::string& key) const { return items_.at(key); }
  std::size_t count(const std::string& key) const { return items_.count(key); }
  std::size_t size() const { return items_.size(); }
  std::size_t erase(const std::string& key) { return items_.erase(key); }
  // Makes a default value under `key` in its place in the map, unless the
  // key has one (a large value is not built aside and moved in).
  std::pair<iterator, bool> try_emplace(const std::string& key) { return items_.try_emplace(key); }

  // The entries in key order.
  std::vector<const value_type*> Sorted() const {
    std::vector<const value_type*> out;
    out.reserve(items_.size());
    for (const auto& entry : items_) out.push_back(&entry);
    std::sort(out.begin(), out.end(),
              [](const value_type* x, const value_type* y) { return x->first < y->first; });
    return out;
  }

  // The entries in an order that depends on their keys alone: by the keys'
  // hashes, then by the keys. What a snapshot is saved in, so that equal
  // states give equal bytes; unlike key order, it sorts by comparing
  // integers held side by side rather than strings spread over the heap.
  std::vector<const value_type*> Canonical() const {
    std::vector<std::pair<std::size_t, const value_type*>> hashed;
    hashed.reserve(items_.size());
    const typename Items::hasher hash = items_.hash_function();
    for (const auto& entry : items_) hashed.emplace_back(hash(entry.first), &entry);
    std::sort(hashed.begin(), hashed.end(), [](const auto& x, const auto& y) {
      return x.first != y.first ? x.first < y.first : x.second->first < y.second->first;
    });
    std::vector<const value_type*> out;
    out.reserve(hashed.size());
    for (const auto& [h, entry] : hashed) out.push_back(entry);
    return out;
  }

  template <class Ar>
  void save(Ar& ar) const {
    ar(cereal::make_size_tag(static_cast<cereal::size_type>(items_.size())));
    for (const value_type* entry : Canonical()) ar(entry->first, entry->second);
  }

  template <class Ar>
  void load(Ar& ar) {
    cereal::size_type size = 0;
    ar(cereal::make_size_tag(size));
    CheckItemCount(ar, size);
    items_.clear();
    items_.reserve(static_cast<std::size_t>(size));
    for (cereal::size_type i = 0; i < size; ++i) {
      std::string key;
      V value;
      ar(key, value);
      items_.emplace(std::move(key), std::move(value));
    }
  }

 private:
  Items items_;
};

}  // namespace homeward
