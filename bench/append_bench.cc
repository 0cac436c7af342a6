#include "bench/append_bench.h"

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

#include "engine/chain.h"
#include "engine/keys.h"
#include "engine/rocks_log.h"
#include "engine/store.h"
#include "engine/writer.h"

namespace homeward {
namespace {

using Clock = std::chrono::steady_clock;

double Since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

std::uint64_t Share(const AppendBenchOptions& o, int writer) {
  return o.events / o.writers + (static_cast<std::uint64_t>(writer) < o.events % o.writers ? 1 : 0);
}

std::string StreamOf(int writer) { return "bench/writer/w" + std::to_string(writer); }

EncodedEvent Payload(const AppendBenchOptions& o) {
  return EncodedEvent{"activity.signed_up", 1, std::string(o.payload_bytes, 'x')};
}

// Runs `body(writer)` on W threads and returns the wall time, or the first error.
template <typename Body>
Result<double> RunWriters(int writers, Body body) {
  std::vector<std::thread> threads;
  std::vector<Status> errors(writers);
  const auto start = Clock::now();
  for (int w = 0; w < writers; ++w) threads.emplace_back([&, w] { errors[w] = body(w); });
  for (auto& t : threads) t.join();
  const double seconds = Since(start);
  for (const Status& s : errors)
    if (!s.ok()) return s;
  return seconds;
}

}  // namespace

Result<AppendBenchFigures> BenchEngineAppend(const AppendBenchOptions& options,
                                             const std::string& dir) {
  RocksLogOptions log_options;
  log_options.sync = options.sync;
  auto log = RocksLog::Open(dir, log_options);
  if (!log.ok()) return log.status();
  const EncodedEvent event = Payload(options);
  Result<double> seconds = RunWriters(options.writers, [&](int w) -> Status {
    AppendRequest request;
    request.actor = "bench";
    request.streams.push_back(StreamAppend{StreamOf(w), {}, {event}});
    for (std::uint64_t i = 0; i < Share(options, w); ++i) {
      request.streams[0].expected = ExpectedVersion::Exact(i);
      Result<AppendResult> result = (*log)->Append(request);
      if (!result.ok()) return result.status();
    }
    return Status::Ok();
  });
  if (!seconds.ok()) return seconds.status();
  const WriterStats& stats = (*log)->writer_stats();
  AppendBenchFigures figures{"engine", options.events, *seconds, options.events / *seconds,
                             stats.rounds.load(), stats.write_micros.load() / 1e6};
  return figures;
}

Result<AppendBenchFigures> BenchRocksCeiling(const AppendBenchOptions& options,
                                             const std::string& dir) {
  auto store = Store::Open(dir, StoreOptions{});
  if (!store.ok()) return store.status();
  rocksdb::DB* db = (*store)->db();
  rocksdb::WriteOptions write_options;
  write_options.sync = options.sync;
  std::atomic<std::uint64_t> next_position{1};
  const EncodedEvent event = Payload(options);
  Result<double> seconds = RunWriters(options.writers, [&](int w) -> Status {
    // The record the engine would write for this writer's events; only the
    // key changes per event, so the ceiling pays no encoding or hashing.
    Envelope envelope;
    envelope.stream_id = StreamOf(w);
    envelope.type = event.type;
    envelope.schema_version = event.schema_version;
    envelope.actor = "bench";
    envelope.payload = event.payload;
    const std::string record = SealEnvelope(envelope);
    for (std::uint64_t i = 0; i < Share(options, w); ++i) {
      const std::string key = keys::LogKey(next_position.fetch_add(1));
      rocksdb::WriteBatch batch;
      batch.Put((*store)->log(), key, record);
      batch.Put((*store)->streams(), keys::StreamKey(envelope.stream_id, i + 1), key);
      rocksdb::Status s = db->Write(write_options, &batch);
      if (!s.ok()) return FromRocks(s, "ceiling write");
    }
    return Status::Ok();
  });
  if (!seconds.ok()) return seconds.status();
  AppendBenchFigures figures{"rocksdb-ceiling", options.events, *seconds,
                             options.events / *seconds, options.events, 0};
  return figures;
}

}  // namespace homeward
