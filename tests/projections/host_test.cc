// The host: snapshots saved with the position they cover, catch-up from
// there, a rebuild when the code's version changes or a snapshot is damaged,
// and reads that wait for a position.

#include <atomic>
#include <boost/test/unit_test.hpp>
#include <filesystem>

#include "projections/roster.h"
#include "tests/projections/store_fixture.h"

namespace homeward::testing {
namespace {

using namespace std::chrono_literals;

// Counts the envelopes it folds, and remembers the last position: applying an
// event twice, or missing one, shows.
template <std::uint32_t V>
struct Counting {
  static constexpr std::string_view kName = "counting";
  static constexpr std::uint32_t kVersion = V;
  std::uint64_t applied = 0;
  std::uint64_t last = 0;
  void Apply(const Envelope& e, const Event&) {
    ++applied;
    last = e.position;
  }
  template <class Ar>
  void serialize(Ar& ar) {
    ar(applied, last);
  }
};

template <std::uint32_t V>
std::unique_ptr<ProjectionHost> CountingHost(StoreFixture& f, HostOptions options = {}) {
  std::vector<std::unique_ptr<Projection>> list;
  list.push_back(std::make_unique<View<Counting<V>>>());
  auto host = std::make_unique<ProjectionHost>(f.log(), f.store(), std::move(list), options);
  BOOST_REQUIRE(host->Load().ok());
  return host;
}

template <std::uint32_t V>
std::uint64_t Applied(const ProjectionHost& host) {
  return host
      .Read<Counting<V>>(0, 1s, [](const Counting<V>& c, std::uint64_t) { return c.applied; })
      .value();
}

struct HostFixture : StoreFixture {
  EventGenerator generator{3, "org", kStart};
};

BOOST_FIXTURE_TEST_SUITE(host_test, HostFixture)

BOOST_AUTO_TEST_CASE(a_catch_up_saves_the_state_with_the_position_it_covers) {
  Generate(generator, 500);
  auto host = CountingHost<1>(*this);
  BOOST_REQUIRE(host->CatchUp().ok());
  auto saved = store().Load("counting");
  BOOST_REQUIRE(saved.ok());
  BOOST_REQUIRE(saved->has_value());
  BOOST_TEST((*saved)->position == log().Head());
  BOOST_TEST((*saved)->version == 1u);
  BOOST_TEST((*saved)->state == host->Find("counting")->Save());
}

// Counts the snapshots saved through it, and names the ones read.
class CountingStore : public ProjectionStore {
 public:
  explicit CountingStore(ProjectionStore& inner) : inner_(inner) {}
  Result<std::optional<ProjectionSnapshot>> Load(std::string_view name) const override {
    read.emplace_back(name);
    return inner_.Load(name);
  }
  Status Save(std::string_view name, const ProjectionSnapshot& snapshot) override {
    ++saves;
    return inner_.Save(name, snapshot);
  }
  std::atomic<int> saves = 0;             // views are saved side by side
  mutable std::vector<std::string> read;  // the host loads one view at a time

 private:
  ProjectionStore& inner_;
};

// Saves made by a catch-up of the log with these intervals.
int SavesDuringCatchUp(StoreFixture& f, std::chrono::milliseconds following,
                       std::chrono::milliseconds catching_up) {
  CountingStore store(f.store());
  std::vector<std::unique_ptr<Projection>> list;
  list.push_back(std::make_unique<View<Counting<1>>>());
  HostOptions options;
  options.checkpoint_interval = following;
  options.catch_up_checkpoint_interval = catching_up;
  ProjectionHost host(f.log(), store, std::move(list), options);
  BOOST_REQUIRE(host.Load().ok());
  BOOST_REQUIRE(host.Reset("").ok());
  BOOST_REQUIRE(host.CatchUp().ok());
  return store.saves;
}

BOOST_AUTO_TEST_CASE(a_catch_up_checkpoints_at_its_own_interval) {
  Generate(generator, 6000);  // several batches of the fold
  // With no interval the first batch is always followed by a save (no save
  // cost is known yet), and the end saves again.
  BOOST_TEST(SavesDuringCatchUp(*this, 1h, 0ms) >= 2);
  // A short rebuild saves once, at its end, however often following saves.
  BOOST_TEST(SavesDuringCatchUp(*this, 0ms, 1h) == 1);
}

// Counts like Counting, under a name of its own.
struct Tally : Counting<1> {
  static constexpr std::string_view kName = "tally";
};

// Refuses to save the view named "counting", as a full disk would.
class RefusingStore : public CountingStore {
 public:
  using CountingStore::CountingStore;
  Status Save(std::string_view name, const ProjectionSnapshot& snapshot) override {
    if (name == "counting") return Unavailable("saving projection counting: no space left");
    return CountingStore::Save(name, snapshot);
  }
};

BOOST_AUTO_TEST_CASE(one_views_failed_save_is_reported_and_the_others_are_still_saved) {
  Generate(generator, 500);
  RefusingStore refusing(store());
  std::vector<std::unique_ptr<Projection>> list;
  list.push_back(std::make_unique<View<Counting<1>>>());
  list.push_back(std::make_unique<View<Tally>>());
  ProjectionHost host(log(), refusing, std::move(list));
  BOOST_REQUIRE(host.Load().ok());

  const Status caught_up = host.CatchUp();
  BOOST_TEST(caught_up.code() == Code::kUnavailable);
  BOOST_TEST(caught_up.message().find("no space left") != std::string::npos);
  auto tally = store().Load("tally");
  BOOST_REQUIRE(tally.ok());
  BOOST_REQUIRE(tally->has_value());
  BOOST_TEST((*tally)->position == log().Head());
  BOOST_TEST(!store().Load("counting")->has_value());
  BOOST_TEST(host.SavedPosition() == 0u);  // what is saved of every view: nothing of counting
}

BOOST_AUTO_TEST_CASE(a_rebuild_reads_only_the_snapshots_it_keeps) {
  Generate(generator, 500);
  const auto two_views = [&](ProjectionStore& store) {
    std::vector<std::unique_ptr<Projection>> list;
    list.push_back(std::make_unique<View<Counting<1>>>());
    list.push_back(std::make_unique<View<Tally>>());
    return std::make_unique<ProjectionHost>(log(), store, std::move(list));
  };
  BOOST_REQUIRE(two_views(store())->CatchUp().ok());  // both saved at the head
  const std::uint64_t head = log().Head();

  CountingStore counting(store());
  auto host = two_views(counting);
  BOOST_REQUIRE(host->LoadForRebuild("tally").ok());
  BOOST_TEST(counting.read == std::vector<std::string>{"counting"});
  BOOST_TEST(host->Statuses()[0].position == head);
  BOOST_TEST(host->Statuses()[1].position == 0u);
  BOOST_TEST(host->Statuses()[1].rebuilding);
  BOOST_REQUIRE(host->CatchUp().ok());
  BOOST_TEST(Applied<1>(*host) == head);  // kept, and not applied again
  BOOST_TEST(
      host->Read<Tally>(0, 1s, [](const Tally& t, std::uint64_t) { return t.applied; }).value() ==
      head);

  counting.read.clear();
  BOOST_REQUIRE(two_views(counting)->LoadForRebuild("").ok());
  BOOST_TEST(counting.read.empty());
  BOOST_TEST(two_views(counting)->LoadForRebuild("nope").code() == Code::kNotFound);
}

BOOST_AUTO_TEST_CASE(a_reopened_host_goes_on_from_its_checkpoint_applying_each_event_once) {
  Generate(generator, 500);
  BOOST_REQUIRE(CountingHost<1>(*this)->CatchUp().ok());
  const std::uint64_t first = log().Head();
  Generate(generator, 300);
  Reopen();
  auto host = CountingHost<1>(*this);
  BOOST_TEST(host->Statuses()[0].position == first);
  BOOST_TEST(!host->Statuses()[0].rebuilding);
  BOOST_REQUIRE(host->CatchUp().ok());
  BOOST_TEST(Applied<1>(*host) == log().Head());
}

BOOST_AUTO_TEST_CASE(a_new_code_version_rebuilds_from_the_start_and_says_so) {
  Generate(generator, 400);
  BOOST_REQUIRE(CountingHost<1>(*this)->CatchUp().ok());
  Generate(generator, 100);
  std::vector<std::string> lines;
  HostOptions options;
  options.log = [&](const std::string& line) { lines.push_back(line); };
  options.progress_interval = std::chrono::milliseconds(0);  // a line for every step
  auto host = CountingHost<2>(*this, options);
  BOOST_TEST(host->Statuses()[0].rebuilding);
  BOOST_TEST(host->Statuses()[0].position == 0u);
  BOOST_REQUIRE(!lines.empty());
  BOOST_TEST(lines[0].find("rebuilding for code version 2") != std::string::npos);
  BOOST_REQUIRE(host->CatchUp().ok());
  // Its progress, in the server's log: events applied of the log's head, and the rate.
  const std::string head = std::to_string(log().Head());
  BOOST_REQUIRE(lines.size() >= 2u);
  BOOST_TEST(lines.back().starts_with("projections: " + head + " of " + head + " events applied ("),
             lines.back());
  BOOST_TEST(lines.back().ends_with("/s)"), lines.back());
  BOOST_TEST(!host->Statuses()[0].rebuilding);
  BOOST_TEST(Applied<2>(*host) == log().Head());
  BOOST_TEST(store().Load("counting").value()->version == 2u);
}

BOOST_AUTO_TEST_CASE(a_damaged_snapshot_is_rebuilt_rather_than_trusted) {
  Generate(generator, 200);
  BOOST_REQUIRE(store().Save("counting", ProjectionSnapshot{1, 150, "\x01garbage"}).ok());
  auto host = CountingHost<1>(*this);
  BOOST_TEST(host->Statuses()[0].position == 0u);
  BOOST_REQUIRE(host->CatchUp().ok());
  BOOST_TEST(Applied<1>(*host) == log().Head());
}

BOOST_AUTO_TEST_CASE(a_snapshot_past_the_end_of_the_log_is_rebuilt) {
  Generate(generator, 100);
  BOOST_REQUIRE(
      store()
          .Save("counting", ProjectionSnapshot{1, log().Head() + 50, View<Counting<1>>().Save()})
          .ok());
  auto host = CountingHost<1>(*this);
  BOOST_TEST(host->Statuses()[0].position == 0u);
  BOOST_TEST(host->Statuses()[0].rebuilding);
  BOOST_REQUIRE(host->CatchUp().ok());
  BOOST_TEST(Applied<1>(*host) == log().Head());
}

BOOST_AUTO_TEST_CASE(a_read_waits_for_the_position_asked_for_within_a_bound) {
  Generate(generator, 100);
  auto host = CountingHost<1>(*this);
  BOOST_REQUIRE(host->CatchUp().ok());
  const std::uint64_t next = log().Head() + 1;
  auto early = host->Read<Counting<1>>(next, 50ms,
                                       [](const Counting<1>& c, std::uint64_t) { return c.last; });
  BOOST_TEST(early.status().code() == Code::kUnavailable);
  host->Start();
  std::thread writer([&] {
    std::this_thread::sleep_for(20ms);
    Generate(generator, 1);
  });
  auto seen = host->Read<Counting<1>>(next, 10s, [](const Counting<1>& c, std::uint64_t position) {
    return std::make_pair(c.last, position);
  });
  writer.join();
  BOOST_REQUIRE(seen.ok());
  BOOST_TEST(seen->first >= next);
  BOOST_TEST(seen->second >= next);
  BOOST_TEST(host->Read<RosterState>(0, 1ms, [](const RosterState&, std::uint64_t) { return 0; })
                 .status()
                 .code() == Code::kNotFound);
}

BOOST_AUTO_TEST_CASE(a_read_only_store_refuses_to_save) {
  Generate(generator, 10);
  Close();
  RocksLogOptions options;
  options.read_only = true;
  auto log = RocksLog::Open(dir(), options);
  BOOST_REQUIRE(log.ok());
  auto store = (*log)->NewProjectionStore();
  BOOST_TEST(store->Save("x", ProjectionSnapshot{1, 1, "s"}).code() == Code::kUnavailable);
}

BOOST_AUTO_TEST_CASE(a_saved_snapshot_stays_out_of_the_write_ahead_log_and_survives_a_close) {
  const auto wal_bytes = [&] {
    std::uintmax_t bytes = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir()))
      if (entry.path().extension() == ".log") bytes += entry.file_size();
    return bytes;
  };
  Generate(generator, 10);
  auto store = log().NewProjectionStore();
  const std::uintmax_t before = wal_bytes();
  const ProjectionSnapshot snapshot{3, 7, std::string(4 << 20, 's')};
  BOOST_REQUIRE(store->Save("big", snapshot).ok());
  // The next append syncs the write-ahead log: it carries none of the 4 MiB.
  Generate(generator, 1);
  BOOST_TEST(wal_bytes() < before + (1u << 20));
  store.reset();
  Reopen();
  auto loaded = log().NewProjectionStore()->Load("big");
  BOOST_REQUIRE(loaded.ok());
  BOOST_REQUIRE(loaded->has_value());
  BOOST_TEST((**loaded == snapshot));
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::testing
