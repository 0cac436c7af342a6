#pragma once
// The archive card view (档案卡): each child's card as it stands after every
// update, its sign-off, consents, "3+1" team, every contact in time order,
// every half-yearly survey, the counseling sessions and the aid received.

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
#include "events/event.h"
#include "projections/keyed_map.h"

namespace homeward {

// A half-yearly survey (摸底调查) as recorded: the notes are personal.
struct CardSurvey {
  Date surveyed_on;
  std::string surveyed_by;
  GuardianshipRating rating = GuardianshipRating::kUnrated;
  std::string notes;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(surveyed_on, surveyed_by, rating, notes);
  }
};

// A counseling session the child took part in: never the counselor's notes.
struct CardSession {
  std::string activity_id;
  std::string counselor_id;
  SessionOutcome outcome = SessionOutcome::kHeld;
  bool group = false;
  std::int64_t at_us = 0;  // when it was recorded
  template <class Ar>
  void serialize(Ar& ar) {
    ar(activity_id, counselor_id, outcome, group, at_us);
  }
};

// Aid the child received at an activity (迎春花助学, gifts).
struct CardAid {
  std::string activity_id;
  std::string donor;
  std::string what;
  std::uint32_t quantity = 0;
  std::int64_t at_us = 0;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(activity_id, donor, what, quantity, at_us);
  }
};

// What goes on a card besides the child's own state: every survey, the
// counseling sessions and the aid, each in the order recorded.
struct CardRecord {
  std::vector<CardSurvey> surveys;
  std::vector<CardSession> counseling;
  std::vector<CardAid> aid;
  std::uint64_t version = 0;  // the child's stream's, for an update to send as If-Match
  // The guardian withdrew the consent to processing and has not given it again.
  bool processing_withdrawn = false;
  template <class Ar>
  void serialize(Ar& ar) {
    ar(surveys, counseling, aid, version, processing_withdrawn);
  }
};

struct ArchiveState {
  static constexpr std::string_view kName = "archive";
  // 4: the child's state keeps the day their last move took effect
  // 5: every survey, counseling session and aid on the card
  // 6: the last survey is the latest done, not the last recorded
  // 7: the child's stream version
  // 8: whether the consent to processing was withdrawn
  static constexpr std::uint32_t kVersion = 8;

  KeyedMap<ChildState> children;  // by OrgKey; the domain's own fold
  KeyedMap<CardRecord> records;   // by OrgKey, for the children registered

  void Apply(const Envelope& envelope, const Event& event);

  template <class Ar>
  void serialize(Ar& ar) {
    ar(children, records);
  }
};

// The card of one child: "surveys" in the order they were done, "counseling"
// and "aid" in the order recorded; "erased" once its personal data was,
// "consent_withdrawn" while the guardian's consent to processing stands
// withdrawn (not given again), and "version", the child's stream version.
// Errors: not_found.
Result<boost::json::value> ArchiveCardOf(const ArchiveState& state, std::string_view org,
                                         std::string_view child_id);

// Every child of `org` (optionally of one unit): id, name, unit, school,
// whether they left, and the number of contacts.
boost::json::value ArchiveList(const ArchiveState& state, std::string_view org,
                               std::string_view unit_id = {});

}  // namespace homeward
