#pragma once
// An activity (a trip, a library build, a counseling session, ...): its state
// folded from its stream — slots with their holders and waitlists in arrival
// order, the recruitment state, cancellation and completion.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/decision.h"
#include "events/activity_events.h"
#include "events/attendance_events.h"
#include "events/program_events.h"

namespace homeward {

struct ActivitySlot {
  std::string slot_id;
  std::string role;
  std::uint32_t capacity = 0;
  bool waitlist = true;
  bool adults_only = false;
  bool vetted_only = true;
  std::vector<VolunteerKind> kinds;
  std::vector<std::string> holders;  // in the order they took their places
  std::vector<std::string> waiting;  // in arrival order

  bool HasRoom() const { return holders.size() < capacity; }

  template <class Ar>
  void serialize(Ar& ar) {
    ar(slot_id, role, capacity, waitlist, adults_only, vetted_only, kinds, holders, waiting);
  }
};

enum class Recruitment { kNotOpen, kOpen, kClosedFull, kClosed };

// A group of the activity: its adults (vetted volunteers of 18 or more, as
// counted when assigned), its other volunteers, and its children.
struct ActivityGroup {
  std::string group_id;
  std::string name;
  std::vector<std::string> adults;
  std::vector<std::string> others;
  std::vector<std::string> children;

  template <class Ar>
  void serialize(Ar& ar) {
    ar(group_id, name, adults, others, children);
  }
};

// One volunteer's day: check-in and out, attendance, hours.
struct DayRecord {
  std::optional<std::int64_t> in_us;
  std::optional<std::int64_t> out_us;
  std::optional<Attendance> attendance;
  std::optional<std::uint32_t> confirmed_minutes;
  std::optional<std::uint32_t> requested_minutes;  // a pending correction

  template <class Ar>
  void serialize(Ar& ar) {
    ar(in_us, out_us, attendance, confirmed_minutes, requested_minutes);
  }
};

struct ActivityState {
  bool exists = false;
  bool cancelled = false;
  bool completed = false;
  ActivityPlanned plan;  // as planned, with the times of the latest reschedule
  std::vector<ActivitySlot> slots;
  Recruitment recruitment = Recruitment::kNotOpen;
  std::vector<std::string> children;  // enrolled
  std::vector<ActivityGroup> groups;
  std::optional<CheckInOpened> check_in;  // the latest opened since the last reschedule
  std::map<std::string, DayRecord, std::less<>> days;  // by volunteer
  // Sponsors' pledges in order, with what was delivered against each.
  struct Pledge {
    SponsorPledged pledged;
    std::uint32_t fulfilled = 0;
    template <class Ar>
    void serialize(Ar& ar) {
      ar(pledged, fulfilled);
    }
  };
  std::vector<Pledge> pledges;
  std::vector<AidDistributed> aid;
  // A library build: its families, what is on the shelf, the paired friends.
  std::vector<std::string> families;
  std::uint32_t books_on_shelf = 0;
  std::map<std::string, std::string, std::less<>> paired_friends;  // child -> friend
  // A counseling session: how it went, and follow-ups asked for.
  std::vector<SessionRecorded> sessions;
  std::vector<FollowUpRequested> follow_ups;
  // What each volunteer who took part wrote afterwards, the latest of each.
  std::map<std::string, std::string, std::less<>> reflections;

  ActivityGroup* Group(std::string_view group_id);
  // The group `person_id` is in, or nullptr.
  const ActivityGroup* GroupOf(std::string_view person_id) const;

  ActivitySlot* Slot(std::string_view slot_id);
  const ActivitySlot* Slot(std::string_view slot_id) const;
  // The slot `volunteer_id` holds a place in, or waits for; nullptr when neither.
  const ActivitySlot* SlotOf(std::string_view volunteer_id, bool* waiting = nullptr) const;
  // Whether `volunteer_id` joined this library build as a family.
  bool IsFamily(std::string_view volunteer_id) const;
  // Whether `volunteer_id` took part: recorded present, or (with no
  // attendance record) checked in, held a place or joined as a family. The
  // latest attendance record counts over a check-in (one who checked in and
  // left may be recorded a no-show).
  bool TookPart(std::string_view volunteer_id) const;
  // True when every place of every slot is taken (and there is at least one).
  bool Full() const;
  // True when someone waits for any slot.
  bool AnyoneWaiting() const;

  template <class Ar>
  void serialize(Ar& ar) {
    ar(exists, cancelled, completed, plan, slots, recruitment, children, groups, check_in, days,
       pledges, aid, families, books_on_shelf, paired_friends, sessions, follow_ups, reflections);
  }
};

// "org/activity/<id>".
std::string ActivityStream(std::string_view org, std::string_view activity_id);

// One event for the activity's stream.
Decision ToActivity(std::string_view org, const std::string& activity_id, Event event);

// Refuses unless the activity exists (not_found).
Status RequireActivity(const ActivityState& activity, std::string_view activity_id);

// Refuses unless it exists, is not completed (inactive) and not cancelled
// (activity_cancelled).
Status RequireLive(const ActivityState& activity, std::string_view activity_id);

// Folds one event of the activity's stream into `state`.
void Apply(ActivityState& state, const Event& event);

}  // namespace homeward
