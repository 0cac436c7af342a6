#include "engine/memory_log.h"

#include "engine/chain.h"
#include "events/stream_id.h"

namespace homeward {

void InMemoryLog::AppendAsync(AppendRequest request, AppendCallback done) {
  if (Status s = ValidateAppend(request); !s.ok()) {
    done(std::move(s));
    return;
  }
  Result<AppendResult> result = [&] {
    std::lock_guard lock(mu_);
    return AppendLocked(request);
  }();
  if (result.ok() && !result->replayed) signal_.Publish(result->positions.back());
  done(std::move(result));
}

Result<AppendResult> InMemoryLog::AppendLocked(const AppendRequest& request) {
  const Hash digest = AppendDigest(request);
  if (!request.idempotency_key.empty()) {
    if (auto it = keys_.find(request.idempotency_key); it != keys_.end()) {
      if (it->second.digest != digest) {
        return Status(Code::kConflict,
                      "idempotency key '" + request.idempotency_key +
                          "' was already used for a different append",
                      "idempotency_key_reused");
      }
      AppendResult replay = it->second.result;
      replay.replayed = true;
      return replay;
    }
  }
  for (const StreamAppend& stream : request.streams) {
    auto it = streams_.find(stream.stream_id);
    const std::uint64_t actual = it == streams_.end() ? 0 : it->second.size();
    if (!stream.expected.Admits(actual)) {
      return Status(Code::kConflict,
                    "stream '" + stream.stream_id + "' is at version " + std::to_string(actual) +
                        ", expected " + stream.expected.ToString(),
                    "wrong_expected_version",
                    {{"stream", stream.stream_id},
                     {"expected", stream.expected.ToString()},
                     {"actual", std::to_string(actual)}});
    }
  }
  AppendResult result;
  const std::int64_t now = clock_();
  for (const StreamAppend& stream : request.streams) {
    std::vector<std::uint64_t>& versions = streams_[stream.stream_id];
    for (const EncodedEvent& event : stream.events) {
      Envelope e;
      e.position = log_.size() + 1;
      e.stream_id = stream.stream_id;
      e.stream_version = versions.size() + 1;
      e.type = event.type;
      e.schema_version = event.schema_version;
      e.recorded_at_us = now;
      e.actor = request.actor;
      e.correlation_id = request.correlation_id;
      e.causation_id = request.causation_id;
      e.idempotency_key = request.idempotency_key;
      e.payload = event.payload;
      e.sealed = event.sealed;
      e.prev_hash = log_.empty() ? Hash{} : log_.back().hash;
      SealEnvelope(e);
      versions.push_back(e.position);
      result.positions.push_back(e.position);
      log_.push_back(std::move(e));
    }
    result.stream_versions.push_back(versions.size());
  }
  if (!request.idempotency_key.empty()) {
    keys_[request.idempotency_key] = IdempotencyRecord{digest, result};
  }
  return result;
}

Result<std::vector<Envelope>> InMemoryLog::ReadAll(std::uint64_t from,
                                                   std::size_t max_count) const {
  std::lock_guard lock(mu_);
  std::vector<Envelope> out;
  for (std::uint64_t p = std::max<std::uint64_t>(from, 1);
       p <= log_.size() && out.size() < max_count; ++p) {
    out.push_back(log_[p - 1]);
  }
  return out;
}

Result<std::vector<Envelope>> InMemoryLog::ReadStream(std::string_view stream_id,
                                                      std::uint64_t from_version,
                                                      std::size_t max_count) const {
  if (Status s = ValidateStreamId(stream_id); !s.ok()) return s;
  std::lock_guard lock(mu_);
  std::vector<Envelope> out;
  auto it = streams_.find(stream_id);
  if (it == streams_.end()) return out;
  for (std::uint64_t v = std::max<std::uint64_t>(from_version, 1);
       v <= it->second.size() && out.size() < max_count; ++v) {
    out.push_back(log_[it->second[v - 1] - 1]);
  }
  return out;
}

Result<std::uint64_t> InMemoryLog::StreamVersion(std::string_view stream_id) const {
  if (Status s = ValidateStreamId(stream_id); !s.ok()) return s;
  std::lock_guard lock(mu_);
  auto it = streams_.find(stream_id);
  return std::uint64_t{it == streams_.end() ? 0 : it->second.size()};
}

Result<std::vector<std::string>> InMemoryLog::ListStreams(std::string_view prefix,
                                                          std::size_t max_count) const {
  std::lock_guard lock(mu_);
  std::vector<std::string> ids;
  for (auto it = streams_.lower_bound(prefix);
       it != streams_.end() && it->first.starts_with(prefix) && ids.size() < max_count; ++it) {
    ids.push_back(it->first);
  }
  return ids;
}

Result<std::optional<IdempotencyRecord>> InMemoryLog::FindIdempotencyKey(
    std::string_view key) const {
  std::lock_guard lock(mu_);
  auto it = keys_.find(key);
  if (it == keys_.end()) return std::optional<IdempotencyRecord>();
  return std::optional<IdempotencyRecord>(it->second);
}

}  // namespace homeward
