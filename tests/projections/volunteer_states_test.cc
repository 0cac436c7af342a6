// The volunteers view holds each volunteer's state exactly as the command
// service folds it from their stream, for long generated sequences of every
// event kind: the same version, the same bytes. Through HostVolunteerStates
// the service finds it with the position the view reached.

#include "projections/volunteer_states.h"

#include <boost/test/unit_test.hpp>
#include <map>

#include "engine/command_service.h"
#include "projections/view_support.h"
#include "tests/projections/store_fixture.h"

namespace homeward::testing {
namespace {

std::string Bytes(const VolunteerState& state) {
  std::string bytes;
  {
    ByteOutputArchive archive(bytes);
    archive(state);
  }
  return bytes;
}

// Given a generated log of `events` events and every view caught up with it.
struct CaughtUp {
  StoreFixture fixture;
  EventGenerator generator;
  std::unique_ptr<ProjectionHost> host;

  CaughtUp(std::uint64_t seed, std::size_t events) : generator(seed, "org", StoreFixture::kStart) {
    More(events);
    host = fixture.Host();
    BOOST_REQUIRE(host->CatchUp().ok());
  }
  // `events` more events, not yet applied.
  void More(std::size_t events) { fixture.Generate(generator, events); }
  const VolunteerStatesState& view() const {
    return dynamic_cast<const View<VolunteerStatesState>&>(*host->Find("volunteers")).state();
  }
};

BOOST_AUTO_TEST_SUITE(volunteer_states_test)

BOOST_AUTO_TEST_CASE(every_volunteer_is_held_as_the_command_service_folds_them) {
  for (std::uint64_t seed : {3u, 4u}) {
    CaughtUp given(seed, 8000);
    const VolunteerStatesState& view = given.view();
    BOOST_TEST_REQUIRE(view.by_stream.size() >= 20u);

    // Then each volunteer's state is what a command would load from the log.
    CommandService service(given.fixture.log());
    std::size_t with_bookings = 0;
    for (const auto* entry : view.by_stream.Sorted()) {
      BOOST_TEST_INFO("seed " << seed << ", " << entry->first);
      const auto loaded = service.LoadVolunteer("org", SplitStream(entry->first).id);
      BOOST_REQUIRE(loaded.ok());
      BOOST_TEST(entry->second.version == loaded->version);
      BOOST_TEST((Bytes(*entry->second.state) == Bytes(loaded->state())));
      if (!loaded->state().bookings.empty()) ++with_bookings;
    }
    BOOST_TEST(with_bookings > 0u);
  }
}

BOOST_AUTO_TEST_CASE(the_service_finds_a_volunteer_as_of_the_position_the_view_reached) {
  CaughtUp given(5, 2000);
  BOOST_TEST_REQUIRE(given.view().by_stream.size() > 0u);
  const auto& [stream, kept] = *given.view().by_stream.Sorted().front();

  const HostVolunteerStates source(*given.host);
  const auto found = source.Find(stream);
  BOOST_REQUIRE(found.has_value());
  BOOST_TEST(found->as_of == given.fixture.log().Head());
  BOOST_TEST(found->loaded.version == kept.version);
  BOOST_TEST((found->loaded.shared.get() == kept.state.get()));  // shared, not copied
  BOOST_TEST(!source.Find("org/volunteer/nobody").has_value());
}

BOOST_AUTO_TEST_CASE(a_state_a_command_holds_is_not_changed_by_the_fold) {
  CaughtUp given(6, 2000);
  const HostVolunteerStates source(*given.host);
  // Given a command holding every volunteer's state as the view had it.
  const VolunteerStatesState& view = given.view();
  std::map<std::string, std::pair<std::uint64_t, std::string>> before;
  std::vector<std::pair<std::string, Loaded<VolunteerState>>> held;
  for (const auto* entry : view.by_stream.Sorted()) {
    const Loaded<VolunteerState> loaded = source.Find(entry->first)->loaded;
    held.emplace_back(entry->first, loaded);
    before[entry->first] = {loaded.version, Bytes(loaded.state())};
  }
  // When more events are folded, then what it holds is as it was.
  given.More(4000);
  BOOST_REQUIRE(given.host->CatchUp().ok());
  std::size_t changed_since = 0;
  for (const auto& [stream, loaded] : held) {
    BOOST_TEST((Bytes(loaded.state()) == before.at(stream).second));
    if (view.by_stream.find(stream)->second.version != before.at(stream).first) ++changed_since;
  }
  BOOST_TEST(changed_since > 0u);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::testing
