#include "engine/append.h"

#include <unordered_set>

#include "events/stream_id.h"

namespace homeward {

std::string ExpectedVersion::ToString() const {
  switch (kind) {
    case Kind::kAny:
      return "any";
    case Kind::kNoStream:
      return "no stream";
    case Kind::kExact:
      return std::to_string(version);
  }
  return "any";
}

Status ValidateAppend(const AppendRequest& request) {
  if (request.streams.empty()) return InvalidArgument("an append needs at least one stream");
  if (request.idempotency_key.size() > kMaxIdempotencyKeyBytes) {
    return InvalidArgument("idempotency key is longer than " +
                           std::to_string(kMaxIdempotencyKeyBytes) + " bytes");
  }
  std::unordered_set<std::string_view> seen;
  std::size_t bytes = 0;
  std::size_t events = 0;
  for (const StreamAppend& stream : request.streams) {
    if (Status s = ValidateStreamId(stream.stream_id); !s.ok()) return s;
    if (!seen.insert(stream.stream_id).second) {
      return InvalidArgument("stream '" + stream.stream_id + "' appears twice in one append");
    }
    if (stream.events.empty() && stream.expected.kind == ExpectedVersion::Kind::kAny) {
      return InvalidArgument("stream '" + stream.stream_id +
                             "' has no events to append and no version to guard");
    }
    events += stream.events.size();
    for (const EncodedEvent& event : stream.events) {
      if (event.type.empty()) {
        return InvalidArgument("an event for stream '" + stream.stream_id + "' has no type");
      }
      bytes += event.type.size() + event.payload.size() + event.sealed.size();
    }
  }
  if (events == 0) return InvalidArgument("an append needs at least one event");
  if (bytes > kMaxAppendBytes) {
    return InvalidArgument("append of " + std::to_string(bytes) + " bytes exceeds the limit of " +
                           std::to_string(kMaxAppendBytes));
  }
  return Status::Ok();
}

}  // namespace homeward
