// A rebuild from position 1 equals the live state byte for byte, for long
// generated sequences of every event kind, followed live with checkpoints
// and a restart in between.

#include <boost/test/unit_test.hpp>
#include <set>

#include "tests/projections/store_fixture.h"

namespace homeward::testing {
namespace {

using namespace std::chrono_literals;

BOOST_AUTO_TEST_SUITE(rebuild_test)

BOOST_AUTO_TEST_CASE(a_rebuild_equals_the_live_state_and_is_the_same_every_time) {
  for (std::uint64_t seed : {1u, 2u}) {
    StoreFixture fixture;
    EventGenerator generator(seed, "org", StoreFixture::kStart);
    HostOptions options;
    options.checkpoint_interval = 2ms;  // many checkpoints while following

    // Given a host following live while 6,000 events arrive, then a restart
    // from its checkpoints and 6,000 more.
    {
      auto host = fixture.Host(options);
      host->Start();
      fixture.Generate(generator, 6000);
      BOOST_REQUIRE(host->AwaitPosition(fixture.log().Head(), 60s).ok());
    }
    auto host = fixture.Host(options);
    for (const ProjectionStatus& p : host->Statuses()) BOOST_TEST(p.position > 0u);
    host->Start();
    fixture.Generate(generator, 6000);
    BOOST_REQUIRE(host->AwaitPosition(fixture.log().Head(), 60s).ok());
    host->Stop();
    const auto live = StoreFixture::Bytes(*host);

    // The sequence covers every kind of event.
    std::set<std::string> types;
    auto all = fixture.log().ReadAll(1, 1 << 20);
    BOOST_REQUIRE(all.ok());
    BOOST_TEST_REQUIRE(all->size() >= 12000u);
    for (const Envelope& e : *all) types.insert(e.type);
    std::string missing;
    [&]<std::size_t... I>(std::index_sequence<I...>) {
      ((types.count(std::string(std::variant_alternative_t<I, Event>::kType))
            ? void()
            : void(missing += " " + std::string(std::variant_alternative_t<I, Event>::kType))),
       ...);
    }
    (std::make_index_sequence<std::variant_size_v<Event>>());
    BOOST_TEST(missing.empty(), "event types never generated:" << missing);

    // Then a rebuild gives the same bytes, twice, and the saved snapshots hold them.
    const auto rebuilt = fixture.Rebuilt();
    for (const auto& [name, bytes] : live) {
      BOOST_TEST_INFO("seed " << seed << ", projection " << name);
      BOOST_TEST(bytes.size() > 64u);
      BOOST_TEST((bytes == rebuilt.at(name)));
      auto saved = fixture.store().Load(name);
      BOOST_REQUIRE(saved.ok());
      BOOST_TEST((saved->has_value() && (*saved)->state == bytes));
      BOOST_TEST((*saved)->position == fixture.log().Head());
    }
    BOOST_TEST((fixture.Rebuilt() == rebuilt));
  }
}

BOOST_AUTO_TEST_CASE(the_rebuild_command_path_resets_one_projection_and_ends_equal) {
  StoreFixture fixture;
  EventGenerator generator(7, "org", StoreFixture::kStart);
  fixture.Generate(generator, 3000);
  auto host = fixture.Host();
  BOOST_REQUIRE(host->CatchUp().ok());
  const auto before = StoreFixture::Bytes(*host);
  BOOST_REQUIRE(host->Reset("roster").ok());
  BOOST_TEST(host->Statuses()[0].position == 0u);
  BOOST_TEST(host->Statuses()[1].position == fixture.log().Head());
  std::uint64_t reported = 0;
  BOOST_REQUIRE(host->CatchUp([&](std::uint64_t done, std::uint64_t) { reported = done; }).ok());
  BOOST_TEST(reported == fixture.log().Head());
  BOOST_TEST((StoreFixture::Bytes(*host) == before));
  BOOST_TEST(host->Reset("nonsense").code() == Code::kNotFound);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::testing
