#pragma once
// Where a unit stood in the organization's tree over time: its parent from
// its creation on, and from each move. The monthly report rolls a past month
// up under the tree as it stood then, and a unit owes the reports of the
// months it was a member unit (under another) when they fell due; the report
// view and the reminders both read it so.

#include <cereal/types/string.hpp>
#include <cereal/types/utility.hpp>
#include <cereal/types/vector.hpp>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace homeward {

struct Membership {
  // From when (µs since the epoch) the unit had each parent ("" for the top
  // of the tree), in the order recorded: its creation, then each move.
  std::vector<std::pair<std::int64_t, std::string>> parents;

  // Records that from `at_us` on the unit's parent is `parent_id`. A move is
  // never before the one it follows: `at_us` is held to the last one's.
  void Move(std::int64_t at_us, std::string parent_id) {
    if (!parents.empty() && at_us < parents.back().first) at_us = parents.back().first;
    parents.emplace_back(at_us, std::move(parent_id));
  }

  // The parent now: "" at the top of the tree (or for a unit never created).
  const std::string& parent() const { return parents.empty() ? None() : parents.back().second; }

  // The parent at `at_us`: the last recorded at or before it; "" before the
  // unit was created.
  const std::string& ParentAt(std::int64_t at_us) const {
    const std::string* parent = &None();
    for (const auto& [since, id] : parents) {
      if (since > at_us) break;
      parent = &id;
    }
    return *parent;
  }

  template <class Ar>
  void serialize(Ar& ar) {
    ar(parents);
  }

 private:
  static const std::string& None() {
    static const std::string none;
    return none;
  }
};

}  // namespace homeward
