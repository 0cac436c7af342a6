// The command service's cache of folded states: a state extended by a
// command's own events is changed in place when the cache alone holds it,
// and copied while a load still holds it, so that load never sees it change.

#include "engine/state_cache.h"

#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

namespace homeward::testing {
namespace {

// A state whose folds are easy to see: the events applied, in order.
struct Folded {
  std::vector<std::string> events;
};

void Fold(StateCache<Folded>& cache, std::uint64_t from, std::string event) {
  cache.Advance("org/activity/a", from, from + 1,
                [&](Folded& state) { state.events.push_back(std::move(event)); });
}

BOOST_AUTO_TEST_SUITE(state_cache_test)

BOOST_AUTO_TEST_CASE(a_state_only_the_cache_holds_is_advanced_in_place) {
  StateCache<Folded> cache;
  cache.Put("org/activity/a", Loaded<Folded>(Folded{{"planned"}}, 1));
  const Folded* before = cache.Get("org/activity/a")->shared.get();
  Fold(cache, 1, "signed_up");
  const Loaded<Folded> after = cache.Get("org/activity/a").value();
  BOOST_TEST(after.version == 2u);
  BOOST_TEST(after.shared.get() == before);
  BOOST_TEST(after.state().events == (std::vector<std::string>{"planned", "signed_up"}));
}

BOOST_AUTO_TEST_CASE(a_state_a_load_still_holds_is_advanced_in_a_copy) {
  StateCache<Folded> cache;
  cache.Put("org/activity/a", Loaded<Folded>(Folded{{"planned"}}, 1));
  const Loaded<Folded> held = cache.Get("org/activity/a").value();
  Fold(cache, 1, "signed_up");
  BOOST_TEST(held.state().events == (std::vector<std::string>{"planned"}));
  const Loaded<Folded> after = cache.Get("org/activity/a").value();
  BOOST_TEST(after.version == 2u);
  BOOST_TEST(after.shared.get() != held.shared.get());
  BOOST_TEST(after.state().events == (std::vector<std::string>{"planned", "signed_up"}));
}

BOOST_AUTO_TEST_CASE(a_state_cached_at_another_version_is_left_as_it_is) {
  StateCache<Folded> cache;
  cache.Put("org/activity/a", Loaded<Folded>(Folded{{"planned", "opened"}}, 2));
  Fold(cache, 1, "signed_up");  // decided on version 1: the cache moved on since
  const Loaded<Folded> after = cache.Get("org/activity/a").value();
  BOOST_TEST(after.version == 2u);
  BOOST_TEST(after.state().events == (std::vector<std::string>{"planned", "opened"}));
}

BOOST_AUTO_TEST_CASE(a_state_held_elsewhere_is_handed_over_to_change_as_a_copy) {
  auto kept = std::make_shared<Folded>(Folded{{"registered"}});
  const std::shared_ptr<const Folded> reader = kept;
  kept = ToChange(std::move(kept));
  kept->events.push_back("vetted");
  BOOST_TEST(kept.get() != reader.get());
  BOOST_TEST(reader->events == (std::vector<std::string>{"registered"}));

  const Folded* alone = kept.get();
  kept = ToChange(std::move(kept));  // its only holder now: the same object
  BOOST_TEST(kept.get() == alone);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::testing
