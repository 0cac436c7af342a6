// Every event type round-trips through the codec, and a stored sample of each
// type's schema version 1 still decodes: a layout change that forgot to bump
// kVersion (and add an upcaster) fails here.

#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <iostream>
#include <map>

#include "events/event.h"
#include "tests/events/event_samples.h"

namespace homeward {
namespace {

std::string Hex(std::string_view bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  for (unsigned char c : bytes) {
    out.push_back(kDigits[c >> 4]);
    out.push_back(kDigits[c & 0xf]);
  }
  return out;
}

std::string Unhex(std::string_view hex) {
  std::string out;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2) {
    out.push_back(static_cast<char>(std::stoi(std::string(hex.substr(i, 2)), nullptr, 16)));
  }
  return out;
}

// The default-constructed event of each alternative, encoded.
template <std::size_t... I>
std::vector<EncodedEvent> EncodeDefaults(std::index_sequence<I...>) {
  return {EncodeEvent(Event(std::in_place_index<I>))...};
}

std::vector<EncodedEvent> AllDefaults() {
  return EncodeDefaults(std::make_index_sequence<std::variant_size_v<Event>>());
}

}  // namespace

BOOST_AUTO_TEST_SUITE(event_codec_test)

BOOST_AUTO_TEST_CASE(every_event_type_has_a_unique_name_and_round_trips) {
  std::map<std::string, int> names;
  for (const EncodedEvent& encoded : AllDefaults()) {
    BOOST_TEST(++names[encoded.type] == 1, encoded.type);
    Result<Event> decoded = DecodeEvent(encoded.type, encoded.schema_version, encoded.payload);
    BOOST_REQUIRE_MESSAGE(decoded.ok(), encoded.type << ": " << decoded.status().ToString());
    BOOST_TEST(EventTypeName(*decoded) == encoded.type);
    BOOST_TEST(EncodeEvent(*decoded).payload == encoded.payload, encoded.type);
  }
}

BOOST_AUTO_TEST_CASE(a_full_archive_card_round_trips) {
  ChildRegistered e;
  e.child_id = "c1";
  e.card.name = "小明";
  e.card.ethnicity = "汉族";
  e.card.date_of_birth = ParseDate("2016-09-01").value();
  e.card.boarding = true;
  e.card.father = Parent{"父", "深圳", "138"};
  e.card.guardian = Guardian{"祖母", "祖孙", "139", "马岭村"};
  e.card.guardianship_rating = GuardianshipRating::kFair;
  e.filled_by = "王老师";
  const EncodedEvent encoded = EncodeEvent(e);
  const auto back =
      std::get<ChildRegistered>(DecodeEvent(encoded.type, 1, encoded.payload).value());
  BOOST_TEST(back.card.guardian.address == "马岭村");
  BOOST_TEST(back.card.boarding);
  BOOST_TEST(back.card.guardianship_rating == GuardianshipRating::kFair);
  BOOST_TEST(FormatDate(back.card.date_of_birth) == "2016-09-01");
}

BOOST_AUTO_TEST_CASE(every_stored_schema_version_1_sample_still_decodes) {
  if (std::getenv("HOMEWARD_PRINT_SAMPLES")) {  // how the samples were made
    for (const EncodedEvent& e : AllDefaults()) {
      std::cout << "    {\"" << e.type << "@" << e.schema_version << "\", \"" << Hex(e.payload)
                << "\"},\n";
    }
  }
  std::map<std::string, std::string> stored(std::begin(testing::kStoredSamples),
                                            std::end(testing::kStoredSamples));
  // Every version of every type ever stored decodes (upcast to the current one).
  for (const auto& [key, hex] : stored) {
    const std::string type = key.substr(0, key.find('@'));
    const auto version = static_cast<std::uint32_t>(std::stoul(key.substr(key.find('@') + 1)));
    Result<Event> decoded = DecodeEvent(type, version, Unhex(hex));
    BOOST_TEST(decoded.ok(), key << ": " << decoded.status().ToString());
  }
  // The current version of every type has a sample, and still writes it.
  for (const EncodedEvent& current : AllDefaults()) {
    const std::string key = current.type + "@" + std::to_string(current.schema_version);
    auto sample = stored.find(key);
    BOOST_REQUIRE_MESSAGE(sample != stored.end(), key << " has no stored sample");
    BOOST_TEST(Unhex(sample->second) == current.payload,
               key << " changed its layout without a new schema version");
  }
}

BOOST_AUTO_TEST_CASE(a_length_past_the_end_of_the_payload_is_refused_before_allocating) {
  // unit.renamed: unit_id claims 2^40 bytes (a terabyte), then name.
  const std::string payload = Unhex(
      "01"
      "0000000000010000"
      "75");
  Result<Event> decoded = DecodeEvent("unit.renamed", 1, payload);
  BOOST_TEST(decoded.status().code() == Code::kCorruption);
  BOOST_TEST(decoded.status().message().find("runs past the") != std::string::npos,
             decoded.status().message());
  // The same bytes with honest lengths decode.
  Result<Event> whole = DecodeEvent("unit.renamed", 1,
                                    Unhex("01"
                                          "0100000000000000"
                                          "75"
                                          "0000000000000000"));
  BOOST_TEST(whole.ok());
}

BOOST_AUTO_TEST_CASE(unit_settings_of_version_1_read_with_the_default_daily_limit) {
  // unit_id "u", role_limit 5, help_pair_limit 1, hours_include_travel, as version 1 wrote them.
  const std::string v1 = Unhex(
      "01"
      "0100000000000000"
      "75"
      "05000000"
      "01000000"
      "01");
  Result<Event> decoded = DecodeEvent("unit.settings_changed", 1, v1);
  BOOST_REQUIRE(decoded.ok());
  const auto& settings = std::get<UnitSettingsChanged>(*decoded);
  BOOST_TEST(settings.unit_id == "u");
  BOOST_TEST(settings.role_limit == 5u);
  BOOST_TEST(settings.help_pair_limit == 1u);
  BOOST_TEST(settings.hours_include_travel);
  BOOST_TEST(settings.daily_slot_limit == kDefaultDailySlotLimit);
  BOOST_TEST(!DecodeEvent("unit.settings_changed", 1, v1 + "x").ok());  // trailing bytes
  std::string not_a_bool = v1;
  not_a_bool.back() = 's';  // hours_include_travel
  Result<Event> damaged = DecodeEvent("unit.settings_changed", 1, not_a_bool);
  BOOST_TEST(damaged.status().code() == Code::kCorruption);
  BOOST_TEST(damaged.status().message().find("bool") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_station_of_version_1_keeps_its_room_names_without_kinds) {
  // station_id "s", unit_id "u", name "n", rooms "r1" and "r2", 120 m², 120
  // minutes a day, as version 1 wrote them.
  const std::string v1 = Unhex(
      "01"
      "0100000000000000"
      "73"
      "0100000000000000"
      "75"
      "0100000000000000"
      "6e"
      "0200000000000000"
      "0200000000000000"
      "7231"
      "0200000000000000"
      "7232"
      "78000000"
      "78000000");
  Result<Event> decoded = DecodeEvent("station.registered", 1, v1);
  BOOST_REQUIRE(decoded.ok());
  const auto& station = std::get<StationRegistered>(*decoded);
  BOOST_TEST(station.station_id == "s");
  BOOST_TEST(station.name == "n");
  BOOST_TEST_REQUIRE(station.rooms.size() == 2u);
  BOOST_TEST(station.rooms[0].name == "r1");
  BOOST_TEST(station.rooms[1].name == "r2");
  BOOST_TEST(station.rooms[1].kind == RoomKind::kUnspecified);
  BOOST_TEST(station.area_m2 == 120u);
  BOOST_TEST(!DecodeEvent("station.registered", 1, v1 + "x").ok());  // trailing bytes
}

BOOST_AUTO_TEST_CASE(a_waiver_accepted_under_version_1_names_no_unit) {
  // volunteer_id "v", waiver_version "w1", as version 1 wrote them.
  const std::string v1 = Unhex(
      "01"
      "0100000000000000"
      "76"
      "0200000000000000"
      "7731");
  Result<Event> decoded = DecodeEvent("volunteer.waiver_accepted", 1, v1);
  BOOST_REQUIRE(decoded.ok());
  const auto& accepted = std::get<WaiverAccepted>(*decoded);
  BOOST_TEST(accepted.volunteer_id == "v");
  BOOST_TEST(accepted.waiver_version == "w1");
  BOOST_TEST(accepted.unit_id.empty());
  BOOST_TEST(!DecodeEvent("volunteer.waiver_accepted", 1, v1 + "x").ok());  // trailing bytes
  BOOST_TEST(!DecodeEvent("volunteer.waiver_accepted", 2, v1).ok());  // version 2 names a unit
}

BOOST_AUTO_TEST_CASE(a_transfer_under_version_1_names_no_effective_day) {
  // child_id "c", from_unit_id "a", unit_id "b", reason "r", as version 1 wrote them.
  const std::string v1 = Unhex(
      "01"
      "010000000000000063"
      "010000000000000061"
      "010000000000000062"
      "010000000000000072");
  Result<Event> decoded = DecodeEvent("child.transferred", 1, v1);
  BOOST_REQUIRE(decoded.ok());
  const auto& moved = std::get<ChildTransferred>(*decoded);
  BOOST_TEST(moved.child_id == "c");
  BOOST_TEST(moved.from_unit_id == "a");
  BOOST_TEST(moved.unit_id == "b");
  BOOST_TEST(moved.reason == "r");
  BOOST_TEST(!moved.effective_on.known());
  BOOST_TEST(!DecodeEvent("child.transferred", 2, v1).ok());  // version 2 names a day
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace homeward
