#pragma once
// Where a unit stood in the organization's tree over time: its parent from
// its creation on, and from each move. The monthly report rolls a past month
// up under the tree as it stood then, and a unit owes the reports of the
// months it was a member unit (under another) when they fell due; the report
// view and the reminders both read it so.

#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace homeward {

// One parent of a unit, from an event on.
struct Placement {
  std::int64_t since_us = 0;   // when it was recorded
  std::uint64_t position = 0;  // the event's log position
  std::string parent_id;       // "" for the top of the tree
  template <class Ar>
  void serialize(Ar& ar) {
    ar(since_us, position, parent_id);
  }
};

struct Membership {
  // The unit's parents in the order recorded: its creation, then each move.
  std::vector<Placement> placements;

  // Records that from `at_us` (log position `position`) on, the unit's parent
  // is `parent_id`. A move is never before the one it follows: `at_us` is
  // held to the last one's, so of two at one moment the later counts.
  void Move(std::int64_t at_us, std::uint64_t position, std::string parent_id) {
    if (!placements.empty() && at_us < placements.back().since_us)
      at_us = placements.back().since_us;
    placements.push_back(Placement{at_us, position, std::move(parent_id)});
  }

  // The parent now: "" at the top of the tree (or for a unit never created).
  const std::string& parent() const {
    return placements.empty() ? None().parent_id : placements.back().parent_id;
  }

  // When the unit was created (0 for a unit never created).
  std::int64_t CreatedAt() const { return placements.empty() ? 0 : placements.front().since_us; }

  // Whether the unit had been created by `at_us`.
  bool ExistedAt(std::int64_t at_us) const { return !placements.empty() && CreatedAt() <= at_us; }

  // The placement in force at `at_us`: the last recorded at or before it;
  // before the unit was created, one with no parent and position 0.
  const Placement& At(std::int64_t at_us) const {
    const Placement* in_force = &None();
    for (const Placement& p : placements) {
      if (p.since_us > at_us) break;
      in_force = &p;
    }
    return *in_force;
  }

  // The parent at `at_us` ("" before the unit was created).
  const std::string& ParentAt(std::int64_t at_us) const { return At(at_us).parent_id; }

  template <class Ar>
  void serialize(Ar& ar) {
    ar(placements);
  }

 private:
  static const Placement& None() {
    static const Placement none;
    return none;
  }
};

}  // namespace homeward
