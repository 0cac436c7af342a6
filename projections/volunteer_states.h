#pragma once
// The volunteers view: each volunteer's state as the command service folds it
// from their stream (engine/volunteer_state.h), with the stream version it
// reflects. The service decides on it (a sign-up, a role, hours) instead of
// reading the stream, so the first command about a volunteer since the
// server started reads nothing from the log; every append still expects the
// version the decision read, so a view behind the log costs a retry, never a
// wrong decision. Personal fields are left as the service sees them: blank,
// since they are sealed in the log.

#include <boost/json/value.hpp>
#include <cereal/types/optional.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/utility.hpp>
#include <cereal/types/vector.hpp>
#include <cstdint>
#include <memory>
#include <string>

#include "engine/state_cache.h"
#include "engine/volunteer_state.h"
#include "events/envelope.h"
#include "events/event.h"
#include "projections/keyed_map.h"

namespace homeward {

class ProjectionHost;

// One volunteer's state and the version of their stream it reflects. The
// state is shared with the commands deciding on it, and never changed while
// one holds it: the fold changes a copy then.
struct KeptVolunteer {
  std::uint64_t version = 0;
  std::shared_ptr<VolunteerState> state = std::make_shared<VolunteerState>();

  template <class Ar>
  void save(Ar& ar) const {
    ar(version, *state);
  }
  template <class Ar>
  void load(Ar& ar) {
    auto loaded = std::make_shared<VolunteerState>();
    ar(version, *loaded);
    state = std::move(loaded);
  }
};

struct VolunteerStatesState {
  static constexpr std::string_view kName = "volunteers";
  // Bump it when Apply(VolunteerState&, ...) or VolunteerState's fields
  // change (engine/volunteer_state.cc): a saved state folded by older rules
  // would carry the right version and the wrong content.
  static constexpr std::uint32_t kVersion = 1;

  KeyedMap<KeptVolunteer> by_stream;  // volunteer stream id -> state

  // Folds an event of a volunteer's stream as the command service would, its
  // personal fields as stored (sealed, so blank).
  void Apply(const Envelope& envelope, const Event& event);

  template <class Ar>
  void serialize(Ar& ar) {
    ar(by_stream);
  }
};

// The volunteers of `org` (or the one called `volunteer_id`), as rules see
// them: stream version, unit, whether suspended, left or erased, check valid
// until, waivers accepted, "3+1" roles, help pairs and places held. Errors:
// not_found for an unknown volunteer.
Result<boost::json::value> VolunteerStatesOf(const VolunteerStatesState& state,
                                             std::string_view org, std::string_view volunteer_id);

// The command service's source of volunteers' states (CommandService::
// UseVolunteerStates): the volunteers view of `host`, as far as it got.
// Thread-safe; `host` must outlive it.
class HostVolunteerStates : public StateSource<VolunteerState> {
 public:
  explicit HostVolunteerStates(const ProjectionHost& host) : host_(host) {}
  std::optional<SourcedState<VolunteerState>> Find(const std::string& stream) const override;

 private:
  const ProjectionHost& host_;
};

}  // namespace homeward
