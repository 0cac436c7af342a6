#include "engine/departure_rules.h"

#include "engine/attendance_rules.h"

namespace homeward {
namespace {

// Appends to `out` the withdrawal of `v` from each place still to come,
// with reason `why`.
Status WithdrawFromBookings(std::string_view org, const VolunteerState& v, Now now,
                            const std::string& why, const ActivityReader& read, Decision& out) {
  // Whom one activity's waitlist promoted, with that place: the next
  // activity's waitlist sees it.
  VolunteerStates moved;
  for (const Booking& booking : v.bookings) {
    // A cancelled activity's place ends too: a new date would bring it back.
    if (booking.starts_at_us <= now.utc_us) continue;
    const auto withdraw = [&](const ActivityState& activity, const UnitState& home, People& people,
                              Now there) -> Status {
      for (auto& [id, state] : people.volunteers)
        if (auto m = moved.find(id); m != moved.end()) state = m->second;
      Result<Decision> withdrawn = Decide(org, activity, home, people, there,
                                          Withdraw{booking.activity_id, v.volunteer_id, true, why});
      if (!withdrawn.ok()) return withdrawn.status();
      for (const Emit& emit : *withdrawn) {
        for (const auto& [id, state] : people.volunteers) {
          if (emit.stream_id == VolunteerStream(org, id))
            Apply(moved.try_emplace(id, state).first->second, emit.event);
        }
      }
      out.insert(out.end(), withdrawn->begin(), withdrawn->end());
      return Status::Ok();
    };
    if (Status s = read(booking.activity_id, withdraw); !s.ok()) return s;
  }
  return Status::Ok();
}

// The volunteer's own decision, then their places withdrawn with reason `why`.
Result<Decision> VolunteerDeparts(std::string_view org, const VolunteerState& v, Now now,
                                  Result<Decision> own, const std::string& why,
                                  const ActivityReader& read) {
  if (!own.ok()) return own;
  Decision all = std::move(own).value();
  if (Status s = WithdrawFromBookings(org, v, now, why, read, all); !s.ok()) return s;
  return all;
}

// The child's own decision, then their unenrolments with reason `why` (from
// trips only when `trips_only`).
Result<Decision> ChildDeparts(std::string_view org, const ChildState& child, Now now,
                              Result<Decision> own, bool trips_only, const std::string& why,
                              const ActivityStateReader& read) {
  if (!own.ok()) return own;
  Decision all = std::move(own).value();
  for (const std::string& activity_id : child.enrolled) {
    const auto unenroll = [&](const ActivityState& a) -> Status {
      if (a.completed || a.plan.starts_at_us <= now.utc_us) return Status::Ok();
      if (trips_only && a.plan.kind != ActivityKind::kTrip) return Status::Ok();
      Result<Decision> off = Decide(org, a, UnenrollChild{activity_id, child.child_id, why});
      if (!off.ok()) return off.status();
      all.insert(all.end(), off->begin(), off->end());
      return Status::Ok();
    };
    if (Status s = read(activity_id, unenroll); !s.ok()) return s;
  }
  return all;
}

}  // namespace

Result<Decision> DecideDeparture(std::string_view org, const VolunteerState& volunteer, Now now,
                                 const SuspendVolunteer& c, const ActivityReader& read) {
  return VolunteerDeparts(org, volunteer, now, Decide(org, volunteer, c),
                          "volunteer suspended: " + c.reason, read);
}

Result<Decision> DecideDeparture(std::string_view org, const VolunteerState& volunteer, Now now,
                                 const VolunteerLeaves& c, const ActivityReader& read) {
  return VolunteerDeparts(org, volunteer, now, Decide(org, volunteer, c),
                          "volunteer left: " + c.reason, read);
}

Result<Decision> DecideDeparture(std::string_view org, const VolunteerState& volunteer, Now now,
                                 const EraseVolunteerData& c, const ActivityReader& read) {
  return VolunteerDeparts(org, volunteer, now, Decide(org, volunteer, c),
                          "volunteer's personal data erased", read);
}

Result<Decision> DecideDeparture(std::string_view org, const ChildState& child, Now now,
                                 const ChildLeaves& c, const ActivityStateReader& read) {
  return ChildDeparts(org, child, now, Decide(org, child, c), false, "child left the programme",
                      read);
}

Result<Decision> DecideDeparture(std::string_view org, const ChildState& child, Now now,
                                 const EraseChildData& c, const ActivityStateReader& read) {
  return ChildDeparts(org, child, now, Decide(org, child, c), false, "child's personal data erased",
                      read);
}

Result<Decision> DecideDeparture(std::string_view org, const ChildState& child, Now now,
                                 const WithdrawConsent& c, const ActivityStateReader& read) {
  Result<Decision> own = Decide(org, child, now, c);
  if (c.kind != ConsentKind::kTrips) return own;
  return ChildDeparts(org, child, now, std::move(own), true, "guardian withdrew consent to trips",
                      read);
}

}  // namespace homeward
