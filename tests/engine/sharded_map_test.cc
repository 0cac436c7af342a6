// The bounded map behind the engine's and the server's caches: it keeps what
// it is told to, forgets a full shard rather than grow, a newer value is
// never replaced by an older one when the caller says so, and a value taken
// out frees its place.

#include "engine/sharded_map.h"

#include <boost/test/unit_test.hpp>
#include <string>

namespace homeward::testing {
namespace {

BOOST_AUTO_TEST_SUITE(sharded_map_test)

BOOST_AUTO_TEST_CASE(a_value_put_is_got_back_and_replaced_by_the_next) {
  ShardedMap<int> map(100, 4);
  BOOST_TEST(!map.Get("a").has_value());
  map.Put("a", 1);
  BOOST_TEST(map.Get("a").value() == 1);
  map.Put("a", 2);
  BOOST_TEST(map.Get("a").value() == 2);
}

BOOST_AUTO_TEST_CASE(a_value_the_caller_keeps_is_not_replaced) {
  ShardedMap<int> map(100, 4);
  const auto newer = [](int incoming) { return [incoming](int held) { return held >= incoming; }; };
  map.PutUnless("a", 5, newer(5));
  map.PutUnless("a", 3, newer(3));
  BOOST_TEST(map.Get("a").value() == 5);
  map.PutUnless("a", 8, newer(8));
  BOOST_TEST(map.Get("a").value() == 8);
}

BOOST_AUTO_TEST_CASE(a_full_shard_starts_over_instead_of_growing) {
  ShardedMap<std::string> map(10, 1);  // one shard of weight 10
  for (int i = 0; i < 10; ++i) map.Put("k" + std::to_string(i), "v");
  for (int i = 0; i < 10; ++i) BOOST_TEST(map.Get("k" + std::to_string(i)).has_value());
  map.Put("k10", "v");  // the eleventh does not fit: the shard forgets the rest
  BOOST_TEST(map.Get("k10").has_value());
  BOOST_TEST(!map.Get("k0").has_value());
}

BOOST_AUTO_TEST_CASE(weights_count_toward_the_capacity) {
  ShardedMap<std::string> map(10, 1);
  map.Put("big", "x", 8);
  map.Put("small", "y", 2);
  BOOST_TEST(map.Get("big").has_value());
  map.Put("small", "z", 3);  // 8 + 3 > 10: starts over, holding the new value
  BOOST_TEST(!map.Get("big").has_value());
  BOOST_TEST(map.Get("small").value() == "z");
  map.Put("huge", "w", 11);  // heavier than a shard: not held
  BOOST_TEST(!map.Get("huge").has_value());
  BOOST_TEST(map.Get("small").has_value());
}

BOOST_AUTO_TEST_CASE(a_value_taken_is_gone_and_leaves_its_weight_free) {
  ShardedMap<std::string> map(10, 1);
  map.Put("big", "x", 8);
  map.Put("small", "y", 2);
  BOOST_TEST(map.Take("big").value() == "x");
  BOOST_TEST(!map.Get("big").has_value());
  BOOST_TEST(!map.Take("big").has_value());
  map.Put("other", "z", 8);  // fits beside "small" now that "big" is gone
  BOOST_TEST(map.Get("small").has_value());
  BOOST_TEST(map.Get("other").value() == "z");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::testing
