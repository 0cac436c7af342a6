// The map every view keeps its entities in saves in an order of its keys
// alone: equal maps give equal bytes however they were filled, which is what
// lets a rebuild be compared with the live view byte for byte.

#include "projections/keyed_map.h"

#include <boost/test/unit_test.hpp>

#include "events/byte_archive.h"

namespace homeward::testing {
namespace {

std::string Saved(const KeyedMap<int>& map) {
  std::string out;
  ByteOutputArchive ar(out);
  ar(map);
  return out;
}

std::string Key(int i) { return "org/volunteer/v" + std::to_string(i); }

BOOST_AUTO_TEST_SUITE(keyed_map_test)

BOOST_AUTO_TEST_CASE(equal_maps_save_equal_bytes_whatever_order_they_were_filled_in) {
  constexpr int kCount = 10000;
  KeyedMap<int> grown;  // filled upwards, growing as it goes
  for (int i = 0; i < kCount; ++i) grown[Key(i)] = i;
  KeyedMap<int> other;  // filled downwards, with more entries erased again
  for (int i = 2 * kCount - 1; i >= 0; --i) other[Key(i)] = i;
  for (int i = kCount; i < 2 * kCount; ++i) other.erase(Key(i));
  BOOST_REQUIRE(other.size() == grown.size());
  BOOST_TEST(Saved(grown) == Saved(other));

  other[Key(7)] = -7;  // one value differs: the bytes differ
  BOOST_TEST(Saved(grown) != Saved(other));
}

BOOST_AUTO_TEST_CASE(a_saved_map_loads_back_equal) {
  KeyedMap<int> map;
  for (int i = 0; i < 500; ++i) map[Key(i)] = i * 3;
  const std::string saved = Saved(map);
  KeyedMap<int> loaded;
  {
    ByteInputArchive ar(saved);
    ar(loaded);
  }
  BOOST_REQUIRE(loaded.size() == 500u);
  for (int i = 0; i < 500; ++i) BOOST_TEST(loaded.at(Key(i)) == i * 3);
  BOOST_TEST(Saved(loaded) == Saved(map));
}

BOOST_AUTO_TEST_CASE(a_damaged_count_is_refused_before_making_room) {
  // The mark, then a count of 2^40 entries, and nothing more.
  const std::string saved("\x01\x00\x00\x00\x00\x00\x01\x00\x00", 9);
  KeyedMap<int> loaded;
  ByteInputArchive ar(saved);
  BOOST_CHECK_THROW(ar(loaded), cereal::Exception);
  BOOST_TEST(loaded.size() == 0u);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::testing
