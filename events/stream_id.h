#pragma once
// Stream ids name one aggregate's stream in the log: "<org>/<category>/<id>".
// The organization comes first because it is the unit of partitioning: every
// query, export and (later) replica is scoped by it.

#include <string>
#include <string_view>

#include "events/status.h"

namespace homeward {

// A parsed stream id. Each part is non-empty UTF-8 text without '/' or control
// characters; the whole id is at most kMaxStreamIdBytes bytes.
struct StreamId {
  std::string org;       // the organization, e.g. "shiyan-xiaocao"
  std::string category;  // the aggregate kind, e.g. "activity", "volunteer", "child"
  std::string id;        // the aggregate's id within org and category

  // Returns "org/category/id".
  std::string ToString() const;

  // Parses "org/category/id". Errors: invalid_argument naming what is wrong.
  static Result<StreamId> Parse(std::string_view text);

  friend bool operator==(const StreamId&, const StreamId&) = default;
};

inline constexpr size_t kMaxStreamIdBytes = 256;

// Checks that `text` is a valid stream id without allocating its parts.
// Errors: invalid_argument naming the id and what is wrong with it.
Status ValidateStreamId(std::string_view text);

}  // namespace homeward
