#include "bench/append_bench.h"

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

#include "engine/chain.h"
#include "engine/keys.h"
#include "engine/rocks_log.h"
#include "engine/store.h"
#include "engine/writer_stats.h"

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
  return EncodedEvent{"activity.signed_up", 1, std::string(o.payload_bytes, 'x'), {}};
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

Result<AppendBenchResult> RunAppendBench(const AppendBenchOptions& options,
                                         const std::string& dir) {
  RocksLogOptions log_options;
  log_options.sync = options.sync;
  auto log = RocksLog::Open(dir + "/engine", log_options);
  if (!log.ok()) return log.status();
  auto store = Store::Open(dir + "/ceiling", StoreOptions{});
  if (!store.ok()) return store.status();
  rocksdb::WriteOptions write_options;
  write_options.sync = options.sync;

  const EncodedEvent event = Payload(options);
  std::vector<std::uint64_t> versions(options.writers, 0);  // per writer, across segments
  std::vector<std::string> records(options.writers);
  for (int w = 0; w < options.writers; ++w) {
    // The record the engine writes for this writer's events; the ceiling
    // reuses it and only changes the keys, so it pays no encoding or hashing.
    Envelope envelope;
    envelope.stream_id = StreamOf(w);
    envelope.type = event.type;
    envelope.schema_version = event.schema_version;
    envelope.actor = "bench";
    envelope.payload = event.payload;
    records[w] = SealEnvelope(envelope);
  }
  std::atomic<std::uint64_t> ceiling_position{1};

  AppendBenchResult result;
  result.engine.subject = "engine";
  result.ceiling.subject = "rocksdb-ceiling";
  const int segments = std::max(1, options.segments);
  for (int segment = 0; segment < segments; ++segment) {
    AppendBenchOptions part = options;
    part.events = options.events / segments + (segment < int(options.events % segments) ? 1 : 0);
    const std::vector<std::uint64_t> start = versions;

    Result<double> engine = RunWriters(options.writers, [&](int w) -> Status {
      AppendRequest request;
      request.actor = "bench";
      request.streams.push_back(StreamAppend{StreamOf(w), {}, {event}});
      for (std::uint64_t i = 0; i < Share(part, w); ++i) {
        request.streams[0].expected = ExpectedVersion::Exact(start[w] + i);
        Result<AppendResult> appended = (*log)->Append(request);
        if (!appended.ok()) return appended.status();
      }
      return Status::Ok();
    });
    if (!engine.ok()) return engine.status();

    Result<double> ceiling = RunWriters(options.writers, [&](int w) -> Status {
      for (std::uint64_t i = 0; i < Share(part, w); ++i) {
        const std::string key = keys::LogKey(ceiling_position.fetch_add(1));
        rocksdb::WriteBatch batch;
        batch.Put((*store)->log(), key, records[w]);
        batch.Put((*store)->streams(), keys::StreamKey(StreamOf(w), start[w] + i + 1), key);
        rocksdb::Status s = (*store)->db()->Write(write_options, &batch);
        if (!s.ok()) return FromRocks(s, "ceiling write");
      }
      return Status::Ok();
    });
    if (!ceiling.ok()) return ceiling.status();

    for (int w = 0; w < options.writers; ++w) versions[w] += Share(part, w);
    result.engine.seconds += *engine;
    result.ceiling.seconds += *ceiling;
    result.engine.events += part.events;
    result.ceiling.events += part.events;
  }
  const WriterStats& stats = (*log)->writer_stats();
  result.engine.batches = stats.rounds.load();
  result.engine.write_seconds = stats.write_micros.load() / 1e6;
  result.ceiling.batches = result.ceiling.events;
  for (AppendBenchFigures* f : {&result.engine, &result.ceiling}) {
    f->events_per_s = f->seconds > 0 ? f->events / f->seconds : 0;
  }
  return result;
}

}  // namespace homeward
