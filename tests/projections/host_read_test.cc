// Reading several views together: one lock over all of them, so an answer
// made from several views never mixes two moments of the log, and one bound
// on the wait for the position a client asks for.

#include <boost/test/unit_test.hpp>
#include <thread>
#include <tuple>

#include "projections/roster.h"
#include "tests/projections/store_fixture.h"

namespace homeward::testing {
namespace {

using namespace std::chrono_literals;

// The last position a view folded; two of them, under two names.
template <char Name>
struct Tally {
  static constexpr char kNameText[] = {'t', 'a', 'l', 'l', 'y', '-', Name, '\0'};
  static constexpr std::string_view kName = kNameText;
  static constexpr std::uint32_t kVersion = 1;
  std::uint64_t last = 0;
  void Apply(const Envelope& e, const Event&) { last = e.position; }
  template <class Ar>
  void serialize(Ar& ar) {
    ar(last);
  }
};
using TallyA = Tally<'a'>;
using TallyB = Tally<'b'>;

struct HostReadFixture : StoreFixture {
  EventGenerator generator{5, "org", kStart};

  std::unique_ptr<ProjectionHost> TwoTallies() {
    std::vector<std::unique_ptr<Projection>> list;
    list.push_back(std::make_unique<View<TallyA>>());
    list.push_back(std::make_unique<View<TallyB>>());
    auto host = std::make_unique<ProjectionHost>(log(), store(), std::move(list));
    BOOST_REQUIRE(host->Load().ok());
    BOOST_REQUIRE(host->CatchUp().ok());
    return host;
  }
};

BOOST_FIXTURE_TEST_SUITE(host_read_test, HostReadFixture)

BOOST_AUTO_TEST_CASE(views_read_together_stand_still_at_one_position_while_the_log_grows) {
  Generate(generator, 200);
  auto host = TwoTallies();
  host->Start();
  // Given a writer appending all along, when two views are read together,
  // then neither moves while the read lasts, and both show the same events.
  std::atomic<bool> writing{true};
  std::thread writer([&] {
    while (writing.load()) Generate(generator, 1);
  });
  std::vector<std::tuple<std::uint64_t, std::uint64_t, std::uint64_t, std::uint64_t>> seen;
  for (int i = 0; i < 5; ++i) {
    auto read = host->ReadTogether<TallyA, TallyB>(
        0, 1s, [](const TallyA& a, const TallyB& b, std::uint64_t position) {
          const std::uint64_t first = a.last;
          std::this_thread::sleep_for(20ms);  // the writer goes on meanwhile
          return std::make_tuple(first, a.last, b.last, position);
        });
    BOOST_REQUIRE(read.ok());
    seen.push_back(*read);
  }
  writing = false;
  writer.join();
  for (const auto& [first, a, b, position] : seen) {
    BOOST_TEST(a == first);
    BOOST_TEST(b == first);
    BOOST_TEST(position == first);
  }
  // The reads were taken while the views moved on between them.
  BOOST_TEST(std::get<0>(seen.back()) > std::get<0>(seen.front()));
}

BOOST_AUTO_TEST_CASE(a_read_together_waits_for_every_view_within_one_bound) {
  Generate(generator, 100);
  auto host = TwoTallies();
  const std::uint64_t next = log().Head() + 1;
  const auto both = [](const TallyA& a, const TallyB& b, std::uint64_t) {
    return std::make_pair(a.last, b.last);
  };
  auto early = host->ReadTogether<TallyA, TallyB>(next, 50ms, both);
  BOOST_TEST(early.status().code() == Code::kUnavailable);
  host->Start();
  std::thread writer([&] {
    std::this_thread::sleep_for(20ms);
    Generate(generator, 1);
  });
  auto later = host->ReadTogether<TallyA, TallyB>(next, 10s, both);
  writer.join();
  BOOST_REQUIRE(later.ok());
  BOOST_TEST(later->first >= next);
  BOOST_TEST(later->second == later->first);
}

BOOST_AUTO_TEST_CASE(a_read_together_names_the_view_the_host_does_not_hold) {
  auto host = TwoTallies();
  auto missing = host->ReadTogether<TallyA, RosterState>(
      0, 1ms, [](const TallyA&, const RosterState&, std::uint64_t) { return 0; });
  BOOST_TEST(missing.status().code() == Code::kNotFound);
  BOOST_TEST(missing.status().message() == "no projection roster is running");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::testing
