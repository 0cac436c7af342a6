#pragma once
// Events of an organization unit's stream ("org/unit/<unit_id>"). Units form a
// tree: the county office at the top, townships and member units below; a
// unit reports to its parent.

#include <cstdint>
#include <string>

#include "events/status.h"
#include "events/vocabulary.h"

namespace homeward {

// Defaults of a unit's settings.
inline constexpr std::uint32_t kDefaultRoleLimit = 3;      // children per volunteer per role
inline constexpr std::uint32_t kDefaultHelpPairLimit = 2;  // children per party member
// Places a volunteer may hold in activities starting on one day; 0: no limit.
inline constexpr std::uint32_t kDefaultDailySlotLimit = 4;
inline constexpr std::string_view kDefaultTimeZone = "Asia/Shanghai";

struct UnitCreated {
  static constexpr std::string_view kType = "unit.created";
  static constexpr std::uint32_t kVersion = 1;
  std::string unit_id;
  std::string name;
  UnitKind kind = UnitKind::kOther;
  std::string parent_id;  // empty at the top of the tree
  std::string time_zone;  // IANA name
  template <class Ar>
  void serialize(Ar& ar) {
    ar(unit_id, name, kind, parent_id, time_zone);
  }
};

struct UnitRenamed {
  static constexpr std::string_view kType = "unit.renamed";
  static constexpr std::uint32_t kVersion = 1;
  std::string unit_id;
  std::string name;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(unit_id, name);
  }
};

struct UnitMoved {
  static constexpr std::string_view kType = "unit.moved";
  static constexpr std::uint32_t kVersion = 1;
  std::string unit_id;
  std::string parent_id;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(unit_id, parent_id);
  }
};

struct UnitClosed {
  static constexpr std::string_view kType = "unit.closed";
  static constexpr std::uint32_t kVersion = 1;
  std::string unit_id;
  std::string reason;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(unit_id, reason);
  }
};

// The unit's limits for care assignments made in it, and for its volunteers'
// sign-ups.
struct UnitSettingsChanged {
  static constexpr std::string_view kType = "unit.settings_changed";
  static constexpr std::uint32_t kVersion = 2;
  std::string unit_id;
  std::uint32_t role_limit = kDefaultRoleLimit;
  std::uint32_t help_pair_limit = kDefaultHelpPairLimit;
  bool hours_include_travel = false;  // service hours exclude travel unless the unit says so
  std::uint32_t daily_slot_limit = kDefaultDailySlotLimit;  // since version 2
  template <class Ar>
  void serialize(Ar& ar) {
    ar(unit_id, role_limit, help_pair_limit, hours_include_travel, daily_slot_limit);
  }
  // Version 1 had no daily_slot_limit: it reads as the default. Errors:
  // corruption when the bytes do not decode.
  static Result<UnitSettingsChanged> Upcast(std::uint32_t from_version, std::string_view payload);
};

// A new version of the liability waiver (特别承诺) volunteers of the unit accept.
struct WaiverPublished {
  static constexpr std::string_view kType = "unit.waiver_published";
  static constexpr std::uint32_t kVersion = 1;
  std::string unit_id;
  std::string version;
  std::string text;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(unit_id, version, text);
  }
};

}  // namespace homeward
