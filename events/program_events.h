#pragma once
// The programmes around the activities: a library build's families, donated
// books and restocks (图书屋), counseling sessions (心理辅导, "向阳花"),
// activity stations (留守儿童快乐成长活动站) and the monthly reports member
// units owe the county office.

#include <cereal/types/vector.hpp>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "events/date.h"
#include "events/vocabulary.h"

namespace homeward {

// A caring family (爱心家庭) joined a library build.
struct FamilyJoined {
  static constexpr std::string_view kType = "library.family_joined";
  static constexpr std::uint32_t kVersion = 1;
  std::string activity_id;
  std::string volunteer_id;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(activity_id, volunteer_id);
  }
};

// Books or toys given to a library build, or a later restock (图书的增加).
struct BooksDonated {
  static constexpr std::string_view kType = "library.books_donated";
  static constexpr std::uint32_t kVersion = 1;
  std::string activity_id;
  std::string donor;
  std::string category;  // "books", "toys", ...
  std::uint32_t count = 0;
  bool restock = false;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(activity_id, donor, category, count, restock);
  }
};

// A child of the village school found a paired friend among the city children.
struct FriendPaired {
  static constexpr std::string_view kType = "library.friend_paired";
  static constexpr std::uint32_t kVersion = 1;
  std::string activity_id;
  std::string child_id;
  std::string friend_name;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(activity_id, child_id, friend_name);
  }
};

// How a counseling session went. Notes are for counselors only.
struct SessionRecorded {
  static constexpr std::string_view kType = "counseling.session_recorded";
  static constexpr std::uint32_t kVersion = 1;
  std::string activity_id;
  std::string counselor_id;
  SessionOutcome outcome = SessionOutcome::kHeld;
  bool group = false;
  std::vector<std::string> children;
  std::string confidential_notes;  // counselor-only
  template <class Ar>
  void serialize(Ar& ar) {
    ar(activity_id, counselor_id, outcome, group, children, confidential_notes);
  }
};

struct FollowUpRequested {
  static constexpr std::string_view kType = "counseling.follow_up_requested";
  static constexpr std::uint32_t kVersion = 1;
  std::string activity_id;
  std::string child_id;
  Date due;
  std::string counselor_id;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(activity_id, child_id, due, counselor_id);
  }
};

// A room of a station: which of the four it is, and what the station calls it.
struct StationRoom {
  RoomKind kind = RoomKind::kUnspecified;
  std::string name;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(kind, name);
  }
};

// A station ("org/station/<id>"): four rooms, at least 100 m², open at least
// 2 hours a day and all day on weekends and holidays.
struct StationRegistered {
  static constexpr std::string_view kType = "station.registered";
  static constexpr std::uint32_t kVersion = 2;
  std::string station_id;
  std::string unit_id;
  std::string name;
  std::vector<StationRoom> rooms;  // each of the four kinds at least once, since version 2
  std::uint32_t area_m2 = 0;
  std::uint32_t min_daily_minutes = 120;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(station_id, unit_id, name, rooms, area_m2, min_daily_minutes);
  }
  // Version 1 named the rooms without their kinds: they read as unspecified.
  // Errors: corruption when the bytes do not decode.
  static Result<StationRegistered> Upcast(std::uint32_t from_version, std::string_view payload);
};

struct StationOpened {
  static constexpr std::string_view kType = "station.opened";
  static constexpr std::uint32_t kVersion = 1;
  std::string station_id;
  Date day;
  std::uint32_t minutes = 0;
  std::vector<std::string> staff;
  std::uint32_t children = 0;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(station_id, day, minutes, staff, children);
  }
};

// A station closes for good (its school merged into another, 撤点并校, or its
// rooms given up), in its stream: from `closed_on` on it owes no daily
// opening and records none. Its past days stay as they were.
struct StationClosed {
  static constexpr std::string_view kType = "station.closed";
  static constexpr std::uint32_t kVersion = 1;
  std::string station_id;
  Date closed_on;  // the first day it no longer opens
  std::string reason;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(station_id, closed_on, reason);
  }
};

// A closed station opens again (its rooms back after a repair), or a closing
// recorded by mistake is withdrawn (`reopened_on` the day it closed), in its
// stream: from `reopened_on` on it owes its daily opening again, and the days
// from the closing to the day before stay closed.
struct StationReopened {
  static constexpr std::string_view kType = "station.reopened";
  static constexpr std::uint32_t kVersion = 1;
  std::string station_id;
  Date reopened_on;  // the first day it opens again
  std::string reason;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(station_id, reopened_on, reason);
  }
};

// A member unit's monthly report (每月30号之前上报), in its unit's stream.
struct MonthlyReportSubmitted {
  static constexpr std::string_view kType = "unit.monthly_report_submitted";
  static constexpr std::uint32_t kVersion = 1;
  std::string unit_id;
  std::string month;  // "YYYY-MM"
  std::string narrative;
  std::uint32_t activities = 0;
  std::uint32_t children_reached = 0;
  std::uint32_t volunteer_hours = 0;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(unit_id, month, narrative, activities, children_reached, volunteer_hours);
  }
};

}  // namespace homeward
