#pragma once
// A child's or a volunteer's state with their personal fields opened, as a
// reader holding the keys sees them. The engine's own loads leave those
// fields sealed (CommandService::LoadChild), so tests that check what a card
// or a correction recorded read it through these.

#include <boost/test/unit_test.hpp>
#include <string>
#include <string_view>

#include "engine/child_state.h"
#include "engine/event_log.h"
#include "engine/seal.h"
#include "engine/volunteer_state.h"

namespace homeward::testing {

namespace opened_detail {

inline void ApplyAt(ChildState& s, const Event& e, std::int64_t at_us) { Apply(s, e, at_us); }
inline void ApplyAt(VolunteerState& s, const Event& e, std::int64_t) { Apply(s, e); }

template <typename State>
State Opened(const EventLog& log, const std::string& stream) {
  State state;
  auto envelopes = log.ReadStream(stream, 1, 100000);
  BOOST_TEST_REQUIRE(envelopes.ok(), envelopes.status().message());
  for (const Envelope& envelope : *envelopes) {
    auto event = OpenEvent(envelope, log.keys());
    BOOST_TEST_REQUIRE(event.ok(), event.status().message());
    ApplyAt(state, *event, envelope.recorded_at_us);
  }
  return state;
}

}  // namespace opened_detail

// Child `child_id` of `org`, every sealed field opened with `log`'s keys.
inline ChildState OpenedChild(const EventLog& log, std::string_view org,
                              std::string_view child_id) {
  return opened_detail::Opened<ChildState>(log,
                                           std::string(org) + "/child/" + std::string(child_id));
}

// Volunteer `volunteer_id` of `org`, every sealed field opened.
inline VolunteerState OpenedVolunteer(const EventLog& log, std::string_view org,
                                      std::string_view volunteer_id) {
  return opened_detail::Opened<VolunteerState>(
      log, std::string(org) + "/volunteer/" + std::string(volunteer_id));
}

}  // namespace homeward::testing
