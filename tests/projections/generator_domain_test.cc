// The benchmarks' and tests' event generator writes what the domain's own
// rules decide of volunteers' work. Given the states the engine folds from
// the generated log so far, each sign-up, wait, "3+1" role, help pair, family
// joining a library build, counseling session, criminal-record check and
// waiver (published or accepted) is what the domain's decider makes of the
// command behind it, with every event that decision holds (each field), in
// its order; so are withdrawals, capacity changes and new dates, with the
// promotions and the changes of recruitment they bring, and no promotion
// comes without one; so are a volunteer's suspension, leaving and erasure
// (their care ended, then each place still to come given up in the order
// booked, with its promotions), reinstatement and transfer, and a role or
// pair ended. Children and the activities' days: generator_day_test.

#include <boost/test/unit_test.hpp>

#include "engine/care_rules.h"
#include "engine/departure_rules.h"
#include "engine/program_rules.h"
#include "engine/transfer_rules.h"
#include "tests/projections/generator_world.h"

namespace homeward {
namespace {

// The sign-up of `volunteer_id` for `activity_id`, for its event on the
// activity's stream (the volunteer's copy comes with it).
Result<Decision> SignUpFor(const World& w, const Emit& emit, const std::string& activity_id,
                           const std::string& volunteer_id, std::int64_t now) {
  if (World::Category(emit.stream_id) != "activity") return Decision{};
  const ActivityState& a = w.activities.at(activity_id);
  const VolunteerState& v = w.Volunteer(volunteer_id);
  return Decide("org", a, w.Unit(a.plan.unit_id), v, w.UnitOf(v), w.NowIn(a.plan.unit_id, now),
                SignUp{activity_id, "volunteers", volunteer_id, ""});
}

// The decider of a volunteer's work: sign-ups, promotions, care, checks and waivers.
Result<Decision> VolunteersWork(const World& w, const Emit& emit, std::int64_t now) {
  const std::string_view category = World::Category(emit.stream_id);
  return std::visit(
      Overloaded{
          [&](const SignedUp& e) { return SignUpFor(w, emit, e.activity_id, e.volunteer_id, now); },
          [&](const Waitlisted& e) {
            return SignUpFor(w, emit, e.activity_id, e.volunteer_id, now);
          },
          [&](const Withdrawn& e) -> Result<Decision> {
            if (category != "activity") return Decision{};
            const ActivityState& a = w.activities.at(e.activity_id);
            return Decide("org", a, w.Unit(a.plan.unit_id), w.PeopleOf(a, e.volunteer_id),
                          w.NowIn(a.plan.unit_id, now),
                          Withdraw{e.activity_id, e.volunteer_id, e.by_coordinator, e.reason});
          },
          [&](const CapacityChanged& e) -> Result<Decision> {
            const ActivityState& a = w.activities.at(e.activity_id);
            return Decide("org", a, w.Unit(a.plan.unit_id), w.PeopleOf(a),
                          w.NowIn(a.plan.unit_id, now),
                          ChangeCapacity{e.activity_id, e.slot_id, e.capacity});
          },
          [&](const ActivityRescheduled& e) -> Result<Decision> {
            if (category != "activity") return Decision{};
            const ActivityState& a = w.activities.at(e.activity_id);
            return Decide("org", a, w.Unit(a.plan.unit_id), w.PeopleOf(a),
                          w.NowIn(a.plan.unit_id, now),
                          RescheduleActivity{e.activity_id, e.starts_at_us, e.ends_at_us});
          },
          [&](const PromotedFromWaitlist& e) -> Result<Decision> {
            // Promotions come with what freed the place, decided with it.
            if (category != "activity") return Decision{};
            return Status(Code::kConflict, "promotes " + e.volunteer_id +
                                               " with no place freed before it in the append");
          },
          [&](const FamilyJoined& e) -> Result<Decision> {
            const ActivityState& a = w.activities.at(e.activity_id);
            const VolunteerState& v = w.Volunteer(e.volunteer_id);
            return Decide("org", a, w.Unit(a.plan.unit_id), v, w.UnitOf(v),
                          w.NowIn(a.plan.unit_id, now),
                          JoinLibraryBuild{e.activity_id, e.volunteer_id});
          },
          [&](const SessionRecorded& e) -> Result<Decision> {
            const ActivityState& a = w.activities.at(e.activity_id);
            return Decide("org", a, w.Volunteer(e.counselor_id), w.NowIn(a.plan.unit_id, now),
                          RecordSession{e.activity_id, e.counselor_id, e.outcome, e.group,
                                        e.children, e.confidential_notes});
          },
          [&](const CareRoleAssigned& e) -> Result<Decision> {
            if (category != "child") return Decision{};
            const ChildState& c = w.children.at(e.child_id);
            const VolunteerState& v = w.Volunteer(e.volunteer_id);
            return Decide("org", c, w.Unit(c.unit_id), v, w.UnitOf(v), w.NowIn(c.unit_id, now),
                          AssignCareRole{e.child_id, e.role, e.volunteer_id});
          },
          [&](const HelpPairFormed& e) -> Result<Decision> {
            if (category != "child") return Decision{};
            const ChildState& c = w.children.at(e.child_id);
            const VolunteerState& v = w.Volunteer(e.volunteer_id);
            return Decide("org", c, w.Unit(c.unit_id), v, w.UnitOf(v), w.NowIn(c.unit_id, now),
                          FormHelpPair{e.child_id, e.volunteer_id});
          },
          [&](const VolunteerVetted& e) -> Result<Decision> {
            const VolunteerState& v = w.Volunteer(e.volunteer_id);
            return Decide("org", v, w.NowIn(v.unit_id, now),
                          VetVolunteer{e.volunteer_id, e.checked_by, e.checked_on, e.valid_until});
          },
          [&](const WaiverAccepted& e) -> Result<Decision> {
            return Decide("org", w.Volunteer(e.volunteer_id), w.Unit(e.unit_id),
                          AcceptWaiver{e.volunteer_id, e.waiver_version, e.unit_id});
          },
          [&](const VolunteerSuspended& e) -> Result<Decision> {
            const VolunteerState& v = w.Volunteer(e.volunteer_id);
            return DecideDeparture("org", v, w.NowIn(v.unit_id, now),
                                   SuspendVolunteer{e.volunteer_id, e.reason}, w.Reader(now));
          },
          [&](const VolunteerLeft& e) -> Result<Decision> {
            const VolunteerState& v = w.Volunteer(e.volunteer_id);
            return DecideDeparture("org", v, w.NowIn(v.unit_id, now),
                                   VolunteerLeaves{e.volunteer_id, e.reason}, w.Reader(now));
          },
          [&](const VolunteerDataErased& e) -> Result<Decision> {
            const VolunteerState& v = w.Volunteer(e.volunteer_id);
            return DecideDeparture("org", v, w.NowIn(v.unit_id, now),
                                   EraseVolunteerData{e.volunteer_id, e.reason}, w.Reader(now));
          },
          [&](const VolunteerReinstated& e) -> Result<Decision> {
            return Decide("org", w.Volunteer(e.volunteer_id),
                          ReinstateVolunteer{e.volunteer_id, e.reason});
          },
          [&](const VolunteerTransferred& e) -> Result<Decision> {
            return Decide("org", w.Volunteer(e.volunteer_id), w.Unit(e.unit_id),
                          TransferVolunteer{e.volunteer_id, e.unit_id, e.reason});
          },
          [&](const CareRoleEnded& e) -> Result<Decision> {
            // One a departure ends comes with it, decided there.
            if (category != "child") return Decision{};
            return Decide("org", w.children.at(e.child_id),
                          EndCareRole{e.child_id, e.role, e.reason});
          },
          [&](const HelpPairEnded& e) -> Result<Decision> {
            if (category != "child") return Decision{};
            return Decide("org", w.children.at(e.child_id),
                          EndHelpPair{e.child_id, e.volunteer_id, e.reason});
          },
          [&](const WaiverPublished& e) -> Result<Decision> {
            return Decide("org", w.Unit(e.unit_id), PublishWaiver{e.unit_id, e.version, e.text});
          },
          [](const auto&) -> Result<Decision> { return Decision{}; }},
      emit.event);
}

BOOST_AUTO_TEST_SUITE(generator_domain_test)

BOOST_AUTO_TEST_CASE(sign_ups_promotions_care_and_checks_are_what_the_domain_decides) {
  for (const std::uint64_t seed : {3u, 11u}) {
    // Given a generated log of 90,000 appends, over more than a year and a half
    World world;
    // Then the domain decides each of its events so, at the moment it is recorded
    const std::string refused = Generate(seed, 90'000, VolunteersWork, world);
    BOOST_TEST_REQUIRE(refused.empty(), refused);
    BOOST_TEST(world.until_us - kGeneratedFrom > 540 * 86'400'000'000LL);
    // and the log holds enough of each to speak of
    for (const char* type : {"activity.signed_up",        "activity.waitlisted",
                             "activity.promoted",         "activity.withdrawn",
                             "activity.capacity_changed", "activity.rescheduled",
                             "care.role_assigned",        "care.help_pair_formed",
                             "volunteer.vetted",          "volunteer.waiver_accepted",
                             "unit.waiver_published",     "counseling.session_recorded",
                             "library.family_joined",     "volunteer.suspended",
                             "volunteer.reinstated",      "volunteer.left",
                             "volunteer.data_erased",     "volunteer.transferred",
                             "care.role_ended",           "care.help_pair_ended"}) {
      BOOST_TEST(world.decided[type] > 10,
                 "seed " << seed << ": " << type << " " << world.decided[type]);
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward
