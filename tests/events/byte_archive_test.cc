// The archives payloads and view snapshots are written with write the bytes
// cereal's portable binary archives write, and read them back checked.

#include "events/byte_archive.h"

#include <boost/test/unit_test.hpp>
#include <cereal/archives/portable_binary.hpp>
#include <cereal/types/map.hpp>
#include <cereal/types/optional.hpp>
#include <map>
#include <optional>
#include <sstream>

namespace homeward {
namespace {

enum class Mood : std::uint8_t { kCalm = 1, kHappy = 7 };

// One field of each kind the events and views hold.
struct Sample {
  std::uint64_t position = 0;
  std::int32_t offset = 0;
  double hours = 0;
  bool boarding = false;
  Mood mood = Mood::kCalm;
  std::string name;
  std::vector<std::uint32_t> counts;
  std::vector<std::string> places;
  std::optional<std::string> note;
  std::map<std::string, std::int64_t> minutes;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(position, offset, hours, boarding, mood, name, counts, places, note, minutes);
  }
  friend bool operator==(const Sample&, const Sample&) = default;
};

Sample Filled() {
  return Sample{1'000'000'007,
                -480,
                2.5,
                true,
                Mood::kHappy,
                "走出大山看世界",
                {3, 1, 4, 1, 5},
                {"人民公园", "十堰市博物馆"},
                "晕车",
                {{"2026-11", 90}, {"2026-12", 45}}};
}

std::string WrittenByCereal(const Sample& sample) {
  std::ostringstream out(std::ios::binary);
  {
    cereal::PortableBinaryOutputArchive ar(out);
    ar(sample);
  }
  return std::move(out).str();
}

std::string Written(const Sample& sample) {
  std::string out;
  ByteOutputArchive ar(out);
  ar(sample);
  return out;
}

template <class T>
T Read(std::string_view bytes) {
  T value{};
  ByteInputArchive ar(bytes);
  ar(value);
  return value;
}

BOOST_AUTO_TEST_SUITE(byte_archive_test)

BOOST_AUTO_TEST_CASE(it_writes_the_bytes_cereals_portable_archive_writes) {
  BOOST_TEST(Written(Filled()) == WrittenByCereal(Filled()));
  BOOST_TEST(Written(Sample{}) == WrittenByCereal(Sample{}));
}

BOOST_AUTO_TEST_CASE(it_reads_back_what_either_archive_wrote) {
  BOOST_TEST((Read<Sample>(Written(Filled())) == Filled()));
  BOOST_TEST((Read<Sample>(WrittenByCereal(Filled())) == Filled()));
  const std::string bytes = Written(Filled());
  ByteInputArchive ar(bytes);
  Sample back;
  ar(back);
  BOOST_TEST(ar.left() == 0u);
}

BOOST_AUTO_TEST_CASE(numbers_written_big_endian_are_read_in_this_machines_order) {
  // A mark of 0, then 0x01020304 and a length-1 string "x", big-endian.
  const std::string bytes("\x00\x01\x02\x03\x04\x00\x00\x00\x00\x00\x00\x00\x01x", 14);
  ByteInputArchive ar(bytes);
  std::uint32_t number = 0;
  std::string text;
  ar(number, text);
  BOOST_TEST(number == 0x01020304u);
  BOOST_TEST(text == "x");
}

BOOST_AUTO_TEST_CASE(a_mark_other_than_0_or_1_is_refused) {
  BOOST_CHECK_THROW(ByteInputArchive(std::string_view("\x02", 1)), cereal::Exception);
  BOOST_CHECK_THROW(ByteInputArchive(std::string_view()), cereal::Exception);
}

BOOST_AUTO_TEST_CASE(reading_past_the_end_is_refused) {
  std::string bytes = Written(Filled());
  bytes.pop_back();
  BOOST_CHECK_THROW(Read<Sample>(bytes), cereal::Exception);
}

BOOST_AUTO_TEST_CASE(a_length_past_the_end_is_refused_before_making_room) {
  // A vector of strings claiming 2^40 items, with one byte left.
  const std::string bytes("\x01\x00\x00\x00\x00\x00\x01\x00\x00x", 10);
  try {
    Read<std::vector<std::string>>(bytes);
    BOOST_FAIL("a terabyte's length was read");
  } catch (const cereal::Exception& e) {
    BOOST_TEST(std::string(e.what()).find("runs past the 1 bytes left") != std::string::npos,
               e.what());
  }
  ByteInputArchive ar(bytes);
  cereal::size_type count = 0;
  ar(cereal::make_size_tag(count));
  BOOST_CHECK_THROW(CheckItemCount(ar, count), cereal::Exception);
  BOOST_CHECK_NO_THROW(CheckItemCount(ar, 1));
}

BOOST_AUTO_TEST_CASE(a_bool_is_0_or_1) {
  BOOST_TEST(Read<bool>(std::string_view("\x01\x01", 2)));
  BOOST_TEST(!Read<bool>(std::string_view("\x01\x00", 2)));
  BOOST_CHECK_THROW(Read<bool>(std::string_view("\x01\x02", 2)), cereal::Exception);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward
