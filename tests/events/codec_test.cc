#include "events/codec.h"

#include <boost/test/unit_test.hpp>

#include "events/event.h"

namespace homeward {
namespace {

// A test-only event as it was at schema version 1.
struct RenamedV1 {
  static constexpr std::string_view kType = "test.renamed";
  static constexpr std::uint32_t kVersion = 1;
  std::string name;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(name);
  }
};

// The same event at schema version 2 whose version 1 lacked `note`.
struct RenamedV2 {
  static constexpr std::string_view kType = "test.renamed";
  static constexpr std::uint32_t kVersion = 2;
  std::string name;
  std::string note;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(name, note);
  }
  static Result<RenamedV2> Upcast(std::uint32_t from, std::string_view payload) {
    if (from != 1) return Corruption("unknown version");
    Result<RenamedV1> old = DecodePayload<RenamedV1>(1, payload);
    if (!old.ok()) return old.status();
    return RenamedV2{old->name, "(recorded before notes existed)"};
  }
};

struct OnlyV1Kept {
  static constexpr std::string_view kType = "test.no_upcaster";
  static constexpr std::uint32_t kVersion = 2;
  std::string name;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(name);
  }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(codec_test)

BOOST_AUTO_TEST_CASE(an_event_decodes_to_what_was_encoded) {
  ActivityPlanned trip;
  trip.activity_id = "trip-1";
  trip.title = "走出大山看世界";
  trip.itinerary = {"人民公园", "十堰市博物馆"};
  trip.starts_at_us = 1811811600000000;
  trip.children_capacity = 30;
  const EncodedEvent encoded = EncodeEvent(trip);
  BOOST_TEST(encoded.type == "activity.planned");
  BOOST_TEST(encoded.schema_version == 1u);
  Result<Event> decoded = DecodeEvent(encoded.type, encoded.schema_version, encoded.payload);
  BOOST_REQUIRE(decoded.ok());
  const auto& back = std::get<ActivityPlanned>(*decoded);
  BOOST_TEST(back.title == trip.title);
  BOOST_TEST(back.itinerary == trip.itinerary, boost::test_tools::per_element());
  BOOST_TEST(back.children_capacity == 30u);
  BOOST_TEST(EventTypeName(*decoded) == "activity.planned");
}

BOOST_AUTO_TEST_CASE(an_unknown_type_is_not_found) {
  Result<Event> decoded = DecodeEvent("no.such_event", 1, "");
  BOOST_TEST(decoded.status().code() == Code::kNotFound);
  BOOST_TEST(decoded.status().message().find("no.such_event") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_newer_schema_version_is_refused) {
  const EncodedEvent encoded = EncodeEvent(SignedUp{"a", "s", "v", 0, 0, ""});
  Result<Event> decoded = DecodeEvent(encoded.type, 9, encoded.payload);
  BOOST_TEST(decoded.status().code() == Code::kCorruption);
  BOOST_TEST(decoded.status().message().find("schema version 9") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(garbage_bytes_are_corruption) {
  Result<Event> decoded = DecodeEvent("activity.signed_up", 1, "\x01\x05");
  BOOST_TEST(decoded.status().code() == Code::kCorruption);
}

BOOST_AUTO_TEST_CASE(an_old_version_is_upcast_when_read) {
  const EncodedEvent old = EncodePayload(RenamedV1{"王芳"});
  Result<RenamedV2> upcast = DecodePayload<RenamedV2>(old.schema_version, old.payload);
  BOOST_REQUIRE(upcast.ok());
  BOOST_TEST(upcast->name == "王芳");
  BOOST_TEST(upcast->note == "(recorded before notes existed)");
}

BOOST_AUTO_TEST_CASE(an_old_version_without_an_upcaster_is_refused) {
  Result<OnlyV1Kept> decoded = DecodePayload<OnlyV1Kept>(1, "");
  BOOST_TEST(decoded.status().code() == Code::kCorruption);
  BOOST_TEST(decoded.status().message().find("no upcaster") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace homeward
