#pragma once
// A real RocksDB log in a temporary directory with a settable clock, fed by
// the event generator or by hand, for tests of hosts, rebuilds and replays.

#include <atomic>
#include <memory>
#include <stdexcept>
#include <string>

#include "bench/event_generator.h"
#include "bench/temp_dir.h"
#include "engine/rocks_log.h"
#include "projections/catalog.h"
#include "projections/host.h"

namespace homeward::testing {

class StoreFixture {
 public:
  static constexpr std::int64_t kStart = 1798761600000000;  // 2027-01-01T00:00:00Z

  StoreFixture() { Reopen(); }

  void Reopen() {
    log_.reset();
    RocksLogOptions options;
    options.sync = false;  // durability is the engine's tests' business; these test folds
    options.clock = [this] { return now_.load() + ticks_.fetch_add(1); };
    auto opened = RocksLog::Open(dir(), options);
    if (!opened.ok()) throw std::runtime_error(opened.status().ToString());
    log_ = std::move(opened).value();
    store_ = log_->NewProjectionStore();
  }
  void Close() {
    store_.reset();
    log_.reset();
  }

  // Appends `decision` as one atomic append, recorded at `at_us` (when given).
  std::uint64_t Record(const Decision& decision, std::int64_t at_us = 0) {
    if (at_us != 0) now_ = at_us;
    Result<AppendRequest> built = ToAppendRequest(decision, *log_->keys());
    if (!built.ok()) throw std::runtime_error(built.status().ToString());
    AppendRequest request = std::move(built).value();
    request.actor = "coordinator:test";
    request.correlation_id = "test";
    auto result = log_->Append(std::move(request));
    if (!result.ok()) throw std::runtime_error(result.status().ToString());
    return result->positions.back();
  }
  // Appends the generator's next `count` steps (at least `count` events).
  void Generate(EventGenerator& generator, std::size_t count) {
    std::size_t events = 0;
    while (events < count) {
      Decision d = generator.Next();
      events += d.size();
      Record(d, generator.now_us());
    }
  }

  // A host of every projection on this log, loaded.
  std::unique_ptr<ProjectionHost> Host(HostOptions options = {}) {
    auto host = std::make_unique<ProjectionHost>(*log_, *store_, MakeProjections(), options);
    if (Status s = host->Load(); !s.ok()) throw std::runtime_error(s.ToString());
    return host;
  }

  // Every projection rebuilt from position 1 in scratch space: name -> bytes.
  std::map<std::string, std::string> Rebuilt() {
    InMemoryProjectionStore scratch;
    ProjectionHost host(*log_, scratch, MakeProjections());
    if (Status s = host.CatchUp(); !s.ok()) throw std::runtime_error(s.ToString());
    return Bytes(host);
  }
  static std::map<std::string, std::string> Bytes(const ProjectionHost& host) {
    std::map<std::string, std::string> out;
    for (std::string_view name : ProjectionNames())
      out[std::string(name)] = host.Find(name)->Save();
    return out;
  }

  RocksLog& log() { return *log_; }
  ProjectionStore& store() { return *store_; }
  std::string dir() const { return temp_.Sub("store"); }

 private:
  TempDir temp_{"homeward-projections"};
  std::atomic<std::int64_t> now_{kStart};
  std::atomic<std::int64_t> ticks_{0};
  std::unique_ptr<RocksLog> log_;
  std::unique_ptr<ProjectionStore> store_;
};

}  // namespace homeward::testing
