#include "engine/writer.h"

#include <chrono>

#include "engine/chain.h"
#include "engine/keys.h"

namespace homeward {
namespace {

std::size_t RequestBytes(const AppendRequest& request) {
  std::size_t bytes = 0;
  for (const auto& stream : request.streams)
    for (const auto& event : stream.events) bytes += event.payload.size() + event.type.size();
  return bytes;
}

}  // namespace

Writer::Writer(Store& store, WriterState state, CommitSignal& signal, WriterOptions options)
    : store_(store), state_(std::move(state)), signal_(signal), options_(std::move(options)) {
  thread_ = std::thread([this] { Run(); });
}

Writer::~Writer() {
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
  }
  cv_.notify_all();
  thread_.join();
}

void Writer::Submit(AppendRequest request, AppendCallback done) {
  if (Status s = ValidateAppend(request); !s.ok()) {
    done(std::move(s));  // a malformed request never reaches the writer thread
    return;
  }
  const std::size_t bytes = RequestBytes(request);
  {
    std::lock_guard lock(mu_);
    if (!stopping_) {
      const bool was_empty = queue_.empty();
      queue_.push_back(Pending{std::move(request), std::move(done), bytes});
      // The writer waits only on an empty queue; otherwise it will find this one.
      if (was_empty) cv_.notify_one();
      return;
    }
  }
  done(Unavailable("the log is closing"));
}

void Writer::Run() {
  std::deque<Pending> round;
  for (;;) {
    {
      std::unique_lock lock(mu_);
      cv_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping, and everything has been answered
      // Take what is waiting, up to the round's limits; the rest waits for the next round.
      std::size_t bytes = 0;
      while (!queue_.empty() && round.size() < options_.max_round_appends &&
             (round.empty() || bytes + queue_.front().bytes <= options_.max_round_bytes)) {
        bytes += queue_.front().bytes;
        round.push_back(std::move(queue_.front()));
        queue_.pop_front();
      }
    }
    ProcessRound(round);
    round.clear();
  }
}

void Writer::ProcessRound(std::deque<Pending>& round) {
  rocksdb::WriteBatch batch;
  std::vector<Staged> staged;
  staged.reserve(round.size());
  std::uint64_t events = 0;
  for (const Pending& pending : round) {
    staged.push_back(Stage(pending.request, batch));
    if (staged.back().wrote) events += staged.back().result->positions.size();
  }

  if (events > 0) {
    const std::uint64_t head = state_.next_position() - 1;
    batch.Put(store_.meta(), keys::kChainHeadKey, EncodeChainHead(head, state_.head_hash()));
    rocksdb::WriteOptions write_options;
    write_options.sync = options_.sync;
    const auto started = std::chrono::steady_clock::now();
    const rocksdb::Status written = store_.db()->Write(write_options, &batch);
    stats_.write_micros.fetch_add(std::chrono::duration_cast<std::chrono::microseconds>(
                                      std::chrono::steady_clock::now() - started)
                                      .count(),
                                  std::memory_order_relaxed);
    if (written.ok()) {
      state_.Commit();
      stats_.rounds.fetch_add(1, std::memory_order_relaxed);
      stats_.events.fetch_add(events, std::memory_order_relaxed);
      signal_.Publish(head);  // before the answers, so a caller reads its own write
    } else {
      state_.Discard();
      const Status failed = FromRocks(written, "writing to the log");
      for (Staged& s : staged) {
        if (s.wrote) s.result = failed;
      }
    }
  } else {
    state_.Discard();
  }

  stats_.appends.fetch_add(round.size(), std::memory_order_relaxed);
  for (std::size_t i = 0; i < round.size(); ++i) round[i].done(std::move(staged[i].result));
}

Writer::Staged Writer::Stage(const AppendRequest& request, rocksdb::WriteBatch& batch) {
  // Decide first, write second: nothing enters the batch until every check passed.
  std::optional<Hash> digest;
  if (!request.idempotency_key.empty()) {
    digest = AppendDigest(request);
    auto found = state_.FindIdempotency(request.idempotency_key);
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
      return {std::move(replay), state_.IsStaged(request.idempotency_key)};
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
      envelope.prev_hash = head;
      const std::string key = keys::LogKey(position);
      batch.Put(store_.log(), key, SealEnvelope(envelope));
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
