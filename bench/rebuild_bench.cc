#include "bench/rebuild_bench.h"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>

#include "bench/event_generator.h"
#include "engine/rocks_log.h"
#include "engine/store.h"
#include "projections/catalog.h"
#include "projections/host.h"

namespace homeward {
namespace {

using SteadyClock = std::chrono::steady_clock;

// The step a child process failed at.
enum class Failed { kNothing, kOpening, kReading, kResetting, kCatchingUp, kGenerating, kSettling };

// What each Failed names, in order.
constexpr const char* kFailedSteps[] = {"it exited early",
                                        "opening the store",
                                        "reading the log",
                                        "resetting the views",
                                        "catching the views up",
                                        "generating the log",
                                        "flushing and compacting the log"};

// What a measuring child sends back through its pipe.
struct ChildFigures {
  double seconds = 0;
  std::uint64_t events = 0;
  std::uint64_t bytes = 0;
  Failed error = Failed::kNothing;
  double cpu_seconds = 0;  // of this process, over the same span as `seconds`
};

// The CPU time this process has used so far, every thread's, in seconds.
double ProcessCpuSeconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  const auto seconds = [](const timeval& t) { return t.tv_sec + t.tv_usec / 1e6; };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// Appends N generated events without waiting for each: the writer batches
// what is in flight, as it does for many clients.
Status Generate(const std::string& dir, const RebuildBenchOptions& options) {
  RocksLogOptions log_options;
  log_options.sync = false;
  auto log = RocksLog::Open(dir, log_options);
  if (!log.ok()) return log.status();
  EventGenerator generator(options.seed, "bench", 1798761600000000);
  std::mutex mu;
  std::condition_variable cv;
  std::size_t in_flight = 0;
  Status failed;
  std::uint64_t events = 0;
  while (events < options.events) {
    Decision decision = generator.Next();
    events += decision.size();
    Result<AppendRequest> built = ToAppendRequest(decision, *(*log)->keys());
    if (!built.ok()) return built.status();
    AppendRequest request = std::move(built).value();
    request.actor = "bench";
    std::unique_lock lock(mu);
    cv.wait(lock, [&] { return in_flight < 4096; });
    if (!failed.ok()) break;
    ++in_flight;
    lock.unlock();
    (*log)->AppendAsync(std::move(request), [&](Result<AppendResult> r) {
      std::lock_guard done(mu);
      if (!r.ok() && failed.ok()) failed = r.status();
      --in_flight;
      cv.notify_all();
    });
  }
  std::unique_lock lock(mu);
  cv.wait(lock, [&] { return in_flight == 0; });
  return failed;
}

// Flushes the memtables and compacts the generated log, so both subjects read
// it from settled table files, as after any restart of a store that has been
// running, rather than replaying the write-ahead log or sharing the cores
// with a compaction the generation left pending.
Status Flush(const std::string& dir) {
  auto store = Store::Open(dir, StoreOptions{false, false, nullptr, {}});
  if (!store.ok()) return store.status();
  rocksdb::DB* db = (*store)->db();
  const std::vector<rocksdb::ColumnFamilyHandle*> families = {
      (*store)->log(), (*store)->streams(), (*store)->idempotency(), (*store)->meta()};
  if (Status s = FromRocks(db->Flush(rocksdb::FlushOptions(), families), "flushing the log");
      !s.ok()) {
    return s;
  }
  // The bottom level too: files there still holding sequence numbers are
  // compacted again by RocksDB after the next open ("BottommostFiles"), which
  // would land in whichever subject opened the store first.
  rocksdb::CompactRangeOptions all;
  all.bottommost_level_compaction = rocksdb::BottommostLevelCompaction::kForce;
  for (rocksdb::ColumnFamilyHandle* family : families) {
    rocksdb::Status s = db->CompactRange(all, family, nullptr, nullptr);
    if (!s.ok()) return FromRocks(s, "compacting the log");
  }
  return Status::Ok();
}

ChildFigures Scan(const std::string& dir) {
  ChildFigures f;
  auto store = Store::Open(dir, StoreOptions{false, true, nullptr, {}});
  if (!store.ok()) return {0, 0, 0, Failed::kOpening};
  const SteadyClock::time_point start = SteadyClock::now();
  const double cpu_at_start = ProcessCpuSeconds();
  // Read as the engine reads a replay (RocksLog::Visit): once, in order,
  // without filling the block cache.
  rocksdb::ReadOptions once;
  once.fill_cache = false;
  std::unique_ptr<rocksdb::Iterator> it((*store)->db()->NewIterator(once, (*store)->log()));
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    ++f.events;
    f.bytes += it->key().size() + it->value().size();
  }
  f.seconds = std::chrono::duration<double>(SteadyClock::now() - start).count();
  f.cpu_seconds = ProcessCpuSeconds() - cpu_at_start;
  if (!it->status().ok()) f.error = Failed::kReading;
  return f;
}

// The size of every view saved in the store in `dir` (0 where it cannot be
// read), from a read-only open, which compacts nothing.
std::uint64_t SavedViewBytes(const std::string& dir) {
  RocksLogOptions options;
  options.create_if_missing = false;
  options.read_only = true;
  auto log = RocksLog::Open(dir, options);
  if (!log.ok()) return 0;
  auto store = (*log)->NewProjectionStore();
  std::uint64_t bytes = 0;
  for (std::string_view name : ProjectionNames()) {
    auto saved = store->Load(name);
    if (saved.ok() && saved->has_value()) bytes += (*saved)->state.size();
  }
  return bytes;
}

ChildFigures Rebuild(const std::string& dir) {
  ChildFigures f;
  RocksLogOptions options;
  options.create_if_missing = false;
  auto log = RocksLog::Open(dir, options);
  if (!log.ok()) return {0, 0, 0, Failed::kOpening};
  auto store = (*log)->NewProjectionStore();
  // The views are saved once, at the end, however slowly the rebuild runs
  // (under callgrind, bench/rebuild-instructions): as `homeward rebuild`
  // saves a rebuild shorter than its checkpoint interval.
  HostOptions host_options;
  host_options.catch_up_checkpoint_interval = std::chrono::hours(24);
  auto host = std::make_unique<ProjectionHost>(**log, *store, MakeProjections(), host_options);
  if (!host->LoadForRebuild("").ok()) return {0, 0, 0, Failed::kResetting};
  const SteadyClock::time_point start = SteadyClock::now();
  const double cpu_at_start = ProcessCpuSeconds();
  if (!host->CatchUp().ok()) return {0, 0, 0, Failed::kCatchingUp};
  f.events = (*log)->Head();
  // Closing waits for the saved views to reach the disk, as it does when
  // `homeward rebuild` exits: that is part of the rebuild.
  host.reset();
  store.reset();
  log->reset();
  f.seconds = std::chrono::duration<double>(SteadyClock::now() - start).count();
  f.cpu_seconds = ProcessCpuSeconds() - cpu_at_start;
  // The views' size is read once the clock has stopped, from the store opened
  // for reading only. A load takes a RocksDB snapshot, and releasing it marks
  // the view files just flushed for a compaction of the bottom level
  // (BottommostFiles): read in the store the rebuild wrote, it started a
  // compaction of the views that closing the store then waited for, inside the
  // measured span.
  f.bytes = SavedViewBytes(dir);
  return f;
}

// The log generated and flushed. In a child of its own, as everything that
// opens the store here: RocksDB's background threads do not survive fork(),
// so a parent that started them would leave every later child waiting for
// ever on a flush no thread runs.
ChildFigures GenerateLog(const std::string& dir, const RebuildBenchOptions& options) {
  if (!Generate(dir, options).ok()) return {0, 0, 0, Failed::kGenerating};
  if (!Flush(dir).ok()) return {0, 0, 0, Failed::kSettling};
  return {};
}

// Runs `fn` in a child process; returns its figures and its peak RSS in MiB.
Result<std::pair<ChildFigures, double>> InChild(const std::function<ChildFigures()>& fn) {
  int fds[2];
  if (pipe(fds) != 0) return Internal("pipe failed");
  const pid_t child = fork();
  if (child < 0) return Internal("fork failed");
  if (child == 0) {
    close(fds[0]);
    const ChildFigures f = fn();
    const bool sent = write(fds[1], &f, sizeof f) == static_cast<ssize_t>(sizeof f);
    _exit(sent ? 0 : 1);
  }
  close(fds[1]);
  ChildFigures f;
  const bool got = read(fds[0], &f, sizeof f) == static_cast<ssize_t>(sizeof f);
  close(fds[0]);
  int status = 0;
  rusage usage{};
  wait4(child, &status, 0, &usage);
  if (!got || !WIFEXITED(status) || WEXITSTATUS(status) != 0 || f.error != Failed::kNothing) {
    const Failed step = got ? f.error : Failed::kNothing;
    return Internal(std::string("the measuring process failed: ") +
                    kFailedSteps[static_cast<int>(step)]);
  }
  return std::make_pair(f, usage.ru_maxrss / 1024.0);
}

void Keep(RebuildBenchFigures& best, const ChildFigures& f, double rss) {
  if (best.seconds == 0 || f.seconds < best.seconds) {
    best.seconds = f.seconds;
    best.events = f.events;
    best.events_per_s = f.seconds > 0 ? f.events / f.seconds : 0;
  }
  best.peak_rss_mb = std::max(best.peak_rss_mb, rss);
  if (best.cpu_seconds == 0 || f.cpu_seconds < best.cpu_seconds) best.cpu_seconds = f.cpu_seconds;
}

}  // namespace

Result<RebuildBenchResult> RunRebuildBench(const RebuildBenchOptions& options,
                                           const std::string& dir) {
  RebuildBenchResult result;
  result.engine.subject = "engine";
  result.scan.subject = "rocksdb-scan";
  const std::string store = dir;
  const SteadyClock::time_point start = SteadyClock::now();
  if (auto made = InChild([&] { return GenerateLog(store, options); }); !made.ok()) {
    return made.status();
  }
  result.generate_seconds = std::chrono::duration<double>(SteadyClock::now() - start).count();
  // A first scan brings the log into the page cache for both subjects alike.
  if (auto warm = InChild([&] { return Scan(store); }); !warm.ok()) return warm.status();
  for (int i = 0; i < options.segments; ++i) {
    auto scan = InChild([&] { return Scan(store); });
    if (!scan.ok()) return scan.status();
    Keep(result.scan, scan->first, scan->second);
    result.log_bytes = scan->first.bytes;
    auto rebuild = InChild([&] { return Rebuild(store); });
    if (!rebuild.ok()) return rebuild.status();
    Keep(result.engine, rebuild->first, rebuild->second);
    result.view_bytes = rebuild->first.bytes;
  }
  return result;
}

}  // namespace homeward
