#pragma once
// Answers of reads already rendered, so a view that has not changed since is
// not built, masked and serialized again for every reader: a roster opened on
// a hundred phones the evening before a trip is rendered once.

#include <cstdint>
#include <initializer_list>
#include <map>
#include <memory>
#include <set>
#include <string>

#include "adapters/http/target.h"
#include "engine/sharded_map.h"

namespace homeward::http {

// A read's answer as it goes out, masked for one class of reader.
struct RenderedAnswer {
  // The version of the view the answer was made from (the handler's, see
  // ReadContext::Cached).
  std::uint64_t version = 0;
  std::string body;
  // The children's personal fields it shows (jsonc::PersonalDataIn); each
  // request that is sent it is recorded.
  std::map<std::string, std::set<std::string>> reads;
};

// The key of a request's answer: the reader's organization and class (role,
// and whether granted children's personal data: what masking depends on),
// the target's path, and the values of the query parameters `params` the
// answer depends on. Other parameters (min_position, or any a client adds)
// change nothing in the answer, so they do not make another one.
inline std::string AnswerKey(std::string_view org, std::string_view reader_class,
                             const Target& target,
                             std::initializer_list<std::string_view> params = {}) {
  std::string key;
  key.append(org).append(1, '\n').append(reader_class).append(1, '\n');
  for (const std::string& segment : target.path) key.append(segment).append(1, '/');
  for (std::string_view name : params) {
    auto it = target.query.find(std::string(name));
    key.append(1, '\n').append(name).append(1, '=');
    if (it != target.query.end()) key.append(it->second);
  }
  return key;
}

// Rendered answers by request and reader class (AnswerKey), the newest version
// kept. Thread-safe; bounded by the bytes of the bodies.
class AnswerCache {
 public:
  // Holds bodies of up to `capacity_bytes` in all.
  explicit AnswerCache(std::size_t capacity_bytes = 64u << 20) : answers_(capacity_bytes) {}

  // The answer held under `key` if it was made at `version`; else nullptr.
  std::shared_ptr<const RenderedAnswer> Get(const std::string& key, std::uint64_t version) const {
    std::optional<std::shared_ptr<const RenderedAnswer>> held = answers_.Get(key);
    return held && (*held)->version == version ? *held : nullptr;
  }

  // Holds `answer` under `key`, unless one of a newer version is held.
  void Put(const std::string& key, std::shared_ptr<const RenderedAnswer> answer) {
    const std::size_t weight = key.size() + answer->body.size();
    const std::uint64_t version = answer->version;
    answers_.PutUnless(
        key, std::move(answer),
        [version](const std::shared_ptr<const RenderedAnswer>& held) {
          return held->version > version;
        },
        weight);
  }

 private:
  ShardedMap<std::shared_ptr<const RenderedAnswer>> answers_;
};

}  // namespace homeward::http
