#include "events/event.h"

#include <unordered_map>
#include <utility>

namespace homeward {
namespace {

// Decodes alternative I of Event into `*out`.
template <std::size_t I>
Status DecodeAlternative(std::uint32_t version, std::string_view payload, Event* out) {
  if (out->index() != I) out->emplace<I>();
  return DecodePayloadInto(version, payload, &std::get<I>(*out));
}

using Decoder = Status (*)(std::uint32_t, std::string_view, Event*);

// The decoder of each type name, found in one hash lookup.
const std::unordered_map<std::string_view, Decoder>& Decoders() {
  static const auto* decoders = [] {
    auto* map = new std::unordered_map<std::string_view, Decoder>();
    [&]<std::size_t... I>(std::index_sequence<I...>) {
      (map->emplace(std::variant_alternative_t<I, Event>::kType, &DecodeAlternative<I>), ...);
    }
    (std::make_index_sequence<std::variant_size_v<Event>>());
    return map;
  }();
  return *decoders;
}

}  // namespace

std::string_view EventTypeName(const Event& event) {
  return std::visit(
      [](const auto& e) { return std::string_view(std::decay_t<decltype(e)>::kType); }, event);
}

EncodedEvent EncodeEvent(const Event& event) {
  return std::visit([](const auto& e) { return EncodePayload(e); }, event);
}

Status DecodeEventInto(std::string_view type, std::uint32_t version, std::string_view payload,
                       Event* out) {
  const auto& decoders = Decoders();
  auto it = decoders.find(type);
  if (it == decoders.end()) return NotFound("unknown event type '" + std::string(type) + "'");
  return it->second(version, payload, out);
}

Result<Event> DecodeEvent(std::string_view type, std::uint32_t version, std::string_view payload) {
  Event event;
  if (Status s = DecodeEventInto(type, version, payload, &event); !s.ok()) return s;
  return event;
}

}  // namespace homeward

namespace homeward {
namespace {

// unit.settings_changed as version 1 wrote it.
struct UnitSettingsChangedV1 {
  static constexpr std::string_view kType = UnitSettingsChanged::kType;
  static constexpr std::uint32_t kVersion = 1;
  std::string unit_id;
  std::uint32_t role_limit = 0;
  std::uint32_t help_pair_limit = 0;
  bool hours_include_travel = false;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(unit_id, role_limit, help_pair_limit, hours_include_travel);
  }
};

// volunteer.waiver_accepted as version 1 wrote it.
struct WaiverAcceptedV1 {
  static constexpr std::string_view kType = WaiverAccepted::kType;
  static constexpr std::uint32_t kVersion = 1;
  std::string volunteer_id;
  std::string waiver_version;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(volunteer_id, waiver_version);
  }
};

// child.transferred as version 1 wrote it.
struct ChildTransferredV1 {
  static constexpr std::string_view kType = ChildTransferred::kType;
  static constexpr std::uint32_t kVersion = 1;
  std::string child_id;
  std::string from_unit_id;
  std::string unit_id;
  std::string reason;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(child_id, from_unit_id, unit_id, reason);
  }
};

// station.registered as version 1 wrote it.
struct StationRegisteredV1 {
  static constexpr std::string_view kType = StationRegistered::kType;
  static constexpr std::uint32_t kVersion = 1;
  std::string station_id;
  std::string unit_id;
  std::string name;
  std::vector<std::string> rooms;
  std::uint32_t area_m2 = 0;
  std::uint32_t min_daily_minutes = 120;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(station_id, unit_id, name, rooms, area_m2, min_daily_minutes);
  }
};

}  // namespace

Result<ChildTransferred> ChildTransferred::Upcast(std::uint32_t from_version,
                                                  std::string_view payload) {
  Result<ChildTransferredV1> old = DecodePayload<ChildTransferredV1>(from_version, payload);
  if (!old.ok()) return old.status();
  return ChildTransferred{std::move(old->child_id), std::move(old->from_unit_id),
                          std::move(old->unit_id), std::move(old->reason), Date{}};
}

Result<WaiverAccepted> WaiverAccepted::Upcast(std::uint32_t from_version,
                                              std::string_view payload) {
  Result<WaiverAcceptedV1> old = DecodePayload<WaiverAcceptedV1>(from_version, payload);
  if (!old.ok()) return old.status();
  return WaiverAccepted{std::move(old->volunteer_id), std::move(old->waiver_version), ""};
}

Result<UnitSettingsChanged> UnitSettingsChanged::Upcast(std::uint32_t from_version,
                                                        std::string_view payload) {
  Result<UnitSettingsChangedV1> old = DecodePayload<UnitSettingsChangedV1>(from_version, payload);
  if (!old.ok()) return old.status();
  return UnitSettingsChanged{std::move(old->unit_id), old->role_limit, old->help_pair_limit,
                             old->hours_include_travel, kDefaultDailySlotLimit};
}

Result<StationRegistered> StationRegistered::Upcast(std::uint32_t from_version,
                                                    std::string_view payload) {
  Result<StationRegisteredV1> old = DecodePayload<StationRegisteredV1>(from_version, payload);
  if (!old.ok()) return old.status();
  std::vector<StationRoom> rooms;
  rooms.reserve(old->rooms.size());
  for (std::string& name : old->rooms) rooms.push_back({RoomKind::kUnspecified, std::move(name)});
  return StationRegistered{std::move(old->station_id),
                           std::move(old->unit_id),
                           std::move(old->name),
                           std::move(rooms),
                           old->area_m2,
                           old->min_daily_minutes};
}

}  // namespace homeward
