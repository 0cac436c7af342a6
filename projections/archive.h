#pragma once
// The archive card view (档案卡): each child's card as it stands after every
// update, its sign-off, consents, "3+1" team, and every contact in time order.

#include <boost/json/value.hpp>
#include <cereal/types/array.hpp>
#include <cereal/types/map.hpp>
#include <cereal/types/optional.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>
#include <map>
#include <string>

#include "engine/child_state.h"
#include "events/envelope.h"
#include "projections/keyed_map.h"

namespace homeward {

struct ArchiveState {
  static constexpr std::string_view kName = "archive";
  // 4: the child's state keeps the day their last move took effect
  static constexpr std::uint32_t kVersion = 4;

  KeyedMap<ChildState> children;  // by OrgKey; the domain's own fold

  void Apply(const Envelope& envelope, const Event& event);

  template <class Ar>
  void serialize(Ar& ar) {
    ar(children);
  }
};

// The card of one child. Errors: not_found.
Result<boost::json::value> ArchiveCardOf(const ArchiveState& state, std::string_view org,
                                         std::string_view child_id);

// Every child of `org` (optionally of one unit): id, name, unit, school,
// whether they left, and the number of contacts.
boost::json::value ArchiveList(const ArchiveState& state, std::string_view org,
                               std::string_view unit_id = {});

}  // namespace homeward
