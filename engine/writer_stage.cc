#include "engine/chain.h"
#include "engine/keys.h"
#include "engine/writer.h"

// How one append enters a round: checked against the streams' versions and
// the idempotency keys as the round leaves them, then written into the
// round's batch, record by record, each chained to the one before.

namespace homeward {

Writer::Staged Writer::StageOne(const AppendRequest& request, Round& round) {
  rocksdb::WriteBatch& batch = round.batch;
  if (!poisoned_.ok()) return {poisoned_};
  // Decide first, write second: nothing enters the batch until every check passed.
  std::optional<Hash> digest;
  if (!request.idempotency_key.empty()) {
    digest = AppendDigest(request);
    bool in_flight = false;
    auto found = state_.FindIdempotency(request.idempotency_key, &in_flight);
    if (!found.ok()) return {found.status()};
    if (found->has_value()) {
      const IdempotencyRecord& earlier = **found;
      if (earlier.digest != *digest) {
        return {Status(Code::kConflict,
                       "idempotency key '" + request.idempotency_key +
                           "' was already used for a different append",
                       "idempotency_key_reused", {{"idempotency_key", request.idempotency_key}})};
      }
      AppendResult replay = earlier.result;
      replay.replayed = true;
      // An answer staged in this round is only as good as this round's write.
      return {std::move(replay), in_flight};
    }
  }

  std::vector<std::uint64_t> versions;
  versions.reserve(request.streams.size());
  for (const StreamAppend& stream : request.streams) {
    Result<std::uint64_t> actual = state_.StreamVersion(stream.stream_id);
    if (!actual.ok()) return {actual.status()};
    if (!stream.expected.Admits(*actual)) {
      return {Status(Code::kConflict,
                     "stream '" + stream.stream_id + "' is at version " + std::to_string(*actual) +
                         ", expected " + stream.expected.ToString(),
                     "wrong_expected_version",
                     {{"stream", stream.stream_id},
                      {"expected", stream.expected.ToString()},
                      {"actual", std::to_string(*actual)}})};
    }
    versions.push_back(*actual);
  }

  AppendResult result;
  std::uint64_t position = state_.next_position();
  Hash head = state_.head_hash();
  const std::int64_t now = options_.clock();
  Envelope envelope;
  envelope.recorded_at_us = now;
  envelope.actor = request.actor;
  envelope.correlation_id = request.correlation_id;
  envelope.causation_id = request.causation_id;
  envelope.idempotency_key = request.idempotency_key;
  for (std::size_t i = 0; i < request.streams.size(); ++i) {
    const StreamAppend& stream = request.streams[i];
    std::uint64_t version = versions[i];
    envelope.stream_id = stream.stream_id;
    for (const EncodedEvent& event : stream.events) {
      envelope.position = position;
      envelope.stream_version = ++version;
      envelope.type = event.type;
      envelope.schema_version = event.schema_version;
      envelope.payload = event.payload;
      envelope.sealed = event.sealed;
      envelope.prev_hash = head;
      const std::string key = keys::LogKey(position);
      std::string record = SealEnvelope(envelope);
      batch.Put(store_.log(), key, record);
      if (recent_ != nullptr) round.records.push_back(std::move(record));
      batch.Put(store_.streams(), keys::StreamKey(stream.stream_id, version), key);
      head = envelope.hash;
      result.positions.push_back(position++);
    }
    result.stream_versions.push_back(version);
    state_.StageStreamVersion(stream.stream_id, version);
  }
  state_.StagePosition(position, head);
  if (digest) {
    IdempotencyRecord record{*digest, result};
    batch.Put(store_.idempotency(), request.idempotency_key, EncodeIdempotencyRecord(record));
    state_.StageIdempotency(request.idempotency_key, std::move(record));
  }
  return {std::move(result), true};
}

}  // namespace homeward
