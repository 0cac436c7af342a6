#pragma once
// An activity (a trip, a library build, a counseling session, ...): its state
// folded from its stream — slots with their holders and waitlists in arrival
// order, the recruitment state, cancellation and completion.

#include <optional>
#include <string>
#include <vector>

#include "engine/decision.h"
#include "events/activity_events.h"

namespace homeward {

struct ActivitySlot {
  std::string slot_id;
  std::string role;
  std::uint32_t capacity = 0;
  bool waitlist = true;
  bool adults_only = false;
  bool vetted_only = true;
  std::vector<std::string> holders;  // in the order they took their places
  std::vector<std::string> waiting;  // in arrival order

  bool HasRoom() const { return holders.size() < capacity; }
};

enum class Recruitment { kNotOpen, kOpen, kClosedFull, kClosed };

struct ActivityState {
  bool exists = false;
  bool cancelled = false;
  bool completed = false;
  ActivityPlanned plan;  // as planned, with the times of the latest reschedule
  std::vector<ActivitySlot> slots;
  Recruitment recruitment = Recruitment::kNotOpen;

  ActivitySlot* Slot(std::string_view slot_id);
  const ActivitySlot* Slot(std::string_view slot_id) const;
  // The slot `volunteer_id` holds a place in, or waits for; nullptr when neither.
  const ActivitySlot* SlotOf(std::string_view volunteer_id, bool* waiting = nullptr) const;
  // True when every place of every slot is taken (and there is at least one).
  bool Full() const;
  // True when someone waits for any slot.
  bool AnyoneWaiting() const;
};

// Folds one event of the activity's stream into `state`.
void Apply(ActivityState& state, const Event& event);

}  // namespace homeward
