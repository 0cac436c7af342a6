#pragma once
// Which fields of an event are someone's personal data, and whose: the
// fields engine/seal.h encrypts with each subject's key before the event is
// stored, and that read "[erased]" once the key is destroyed. Facts stay in
// the clear (that a contact happened, when, by whom, how long), so reminders
// and reports keep working after an erasure.
//
// Children: name, identity number, registered and home address, health and
// disability, parents' and guardian's names, workplaces, phones and address,
// support received, the teacher's notes; contact summaries; survey notes; the guardian's
// name on a consent; a city friend's name; counseling notes (sealed with the
// key of every child in the session). Volunteers: name, identity number,
// residence area and contact; why they moved unit; their reflections on
// activities.

#include <string>
#include <string_view>
#include <vector>

#include "events/event.h"

namespace homeward {

// What a personal field reads once its subject's key is gone.
inline constexpr std::string_view kErased = "[erased]";

// The personal fields of one event, pointing into it.
struct PersonalFields {
  // Whose data it is: subject stream ids ("org/child/ID", "org/volunteer/ID").
  // Several for counseling notes, which are sealed with each child's key in turn.
  std::vector<std::string> subjects;
  std::vector<std::string*> fields;

  bool empty() const { return fields.empty(); }
};

// The personal fields of `event`, recorded in organization `org`. Empty for
// events that carry none. The pointers are valid while `event` is.
PersonalFields PersonalOf(std::string_view org, Event& event);

// The subject stream id of child `child_id` in `org`.
std::string ChildSubject(std::string_view org, std::string_view child_id);

// The subject stream id of volunteer `volunteer_id` in `org`.
std::string VolunteerSubject(std::string_view org, std::string_view volunteer_id);

// Sets every personal field of the archive card `card` to "[erased]".
void EraseCard(ArchiveCard& card);

// Sets every personal field of a volunteer's `details` to "[erased]".
void EraseVolunteerDetails(VolunteerDetails& details);

}  // namespace homeward
