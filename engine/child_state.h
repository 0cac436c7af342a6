#pragma once
// A child: state folded from their stream (the archive card and its sign-off,
// consents, the "3+1" team, help pairs, contacts), and the pure rules for the
// commands that concern the child alone.

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/decision.h"
#include "engine/unit_state.h"
#include "events/care_events.h"
#include "events/people_commands.h"

namespace homeward {

// Who holds a "3+1" role for the child, and since when (UTC microseconds).
struct RoleHolder {
  std::string volunteer_id;
  std::int64_t since_us = 0;

  template <class Ar>
  void serialize(Ar& ar) {
    ar(volunteer_id, since_us);
  }
};

// A contact as it stands after any corrections.
struct Contact {
  std::string contact_id;
  ContactKind kind = ContactKind::kTalk;
  std::string by;
  std::int64_t at_us = 0;
  std::uint32_t minutes = 0;
  std::string summary;
  int corrections = 0;

  template <class Ar>
  void serialize(Ar& ar) {
    ar(contact_id, kind, by, at_us, minutes, summary, corrections);
  }
};

struct ChildState {
  bool exists = false;
  bool left = false;
  bool erased = false;  // personal data erased: the child is out of the programme too
  std::string child_id;
  std::string unit_id;
  ArchiveCard card;
  std::string filled_by;
  std::string reviewed_by;                       // empty until reviewed (again, after an update)
  std::string approved_by;                       // empty until approved (again, after an update)
  std::map<ConsentKind, ConsentGiven> consents;  // the consents in force
  std::optional<Date> last_survey;
  std::array<std::optional<RoleHolder>, 3> roles;  // indexed by CareRole
  std::vector<std::string> help_pairs;             // volunteer ids
  std::vector<Contact> contacts;                   // in time order
  std::vector<std::string> enrolled;               // activity ids, enrolled and not unenrolled
  Date moved_on{};  // the day the last transfer took effect; unknown before one that names it

  const std::optional<RoleHolder>& Holder(CareRole role) const {
    return roles[static_cast<std::size_t>(role)];
  }
  bool HasConsent(ConsentKind kind) const { return consents.count(kind) != 0; }

  template <class Ar>
  void serialize(Ar& ar) {
    ar(exists, left, erased, child_id, unit_id, card, filled_by, reviewed_by, approved_by, consents,
       last_survey, roles, help_pairs, contacts, enrolled, moved_on);
  }
};

// Folds one event of the child's stream, recorded at `at_us`, into `state`.
void Apply(ChildState& state, const Event& event, std::int64_t at_us);

// Refuses unless the child exists (not_found) and is in the programme, with
// their personal data (inactive).
Status RequireChild(const ChildState& child, std::string_view child_id);

// The deciders of the child's own stream.
Result<Decision> Decide(std::string_view org, const ChildState& child, const UnitState& unit,
                        Now now, const RegisterChild& command);
Result<Decision> Decide(std::string_view org, const ChildState& child, Now now,
                        const UpdateCard& command);
Result<Decision> Decide(std::string_view org, const ChildState& child, const ReviewCard& command);
Result<Decision> Decide(std::string_view org, const ChildState& child, const ApproveCard& command);
Result<Decision> Decide(std::string_view org, const ChildState& child, Now now,
                        const RecordSurvey& command);
Result<Decision> Decide(std::string_view org, const ChildState& child, Now now,
                        const GiveConsent& command);
Result<Decision> Decide(std::string_view org, const ChildState& child, Now now,
                        const RecordContact& command);
Result<Decision> Decide(std::string_view org, const ChildState& child, Now now,
                        const CorrectContact& command);

}  // namespace homeward
