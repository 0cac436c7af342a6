// The benchmarks' and tests' event generator writes what the domain's own
// rules decide of children and of the activities' days. Given the states the
// engine folds from the generated log so far, each enrolment and unenrolment
// of a child, aid given, city friend paired, group assignment and removal,
// check-in opened, check-in and check-out, attendance, hours confirmed,
// completion, cancellation (with its holders' copies), reflection, contact
// corrected, card signed off, consent withdrawn, erasure, leaving (each with
// the unenrolments it brings, in the order enrolled), transfer, volunteer's
// details corrected, calendar feed issued or revoked, station registered, and
// account created, granted personal data, its grant withdrawn or revoked is
// what the domain's decider makes of the command behind it. Volunteers' work:
// generator_domain_test.

#include <boost/test/unit_test.hpp>

#include "engine/activity_rules.h"
#include "engine/attendance_rules.h"
#include "engine/calendar_rules.h"
#include "engine/care_rules.h"
#include "engine/child_state.h"
#include "engine/departure_rules.h"
#include "engine/program_rules.h"
#include "engine/reflection_rules.h"
#include "engine/transfer_rules.h"
#include "tests/projections/generator_world.h"

namespace homeward {
namespace {

// The decider of a child's and an activity's day, for events on the stream
// the domain writes them to first (the activity's, or the child's).
Result<Decision> ChildrenAndDays(const World& w, const Emit& emit, std::int64_t now) {
  const std::string_view category = World::Category(emit.stream_id);
  const auto activity = [&](const std::string& id) -> const ActivityState& {
    return w.activities.at(id);
  };
  return std::visit(
      Overloaded{
          [&](const ChildEnrolled& e) -> Result<Decision> {
            if (category != "activity") return Decision{};
            const ActivityState& a = activity(e.activity_id);
            return Decide("org", a, w.Unit(a.plan.unit_id), w.children.at(e.child_id),
                          EnrollChild{e.activity_id, e.child_id});
          },
          [&](const ChildUnenrolled& e) -> Result<Decision> {
            if (category != "activity") return Decision{};
            return Decide("org", activity(e.activity_id),
                          UnenrollChild{e.activity_id, e.child_id, e.reason});
          },
          [&](const AidDistributed& e) -> Result<Decision> {
            if (category != "activity") return Decision{};
            return Decide("org", activity(e.activity_id),
                          DistributeAid{e.activity_id, e.child_id, e.donor, e.what, e.quantity});
          },
          [&](const FriendPaired& e) -> Result<Decision> {
            return Decide("org", activity(e.activity_id),
                          PairFriend{e.activity_id, e.child_id, e.friend_name});
          },
          [&](const AssignedToGroup& e) -> Result<Decision> {
            const ActivityState& a = activity(e.activity_id);
            Result<Decision> d =
                Decide("org", a, w.Volunteer(e.person_id), w.NowIn(a.plan.unit_id, now),
                       AssignToGroup{e.activity_id, e.group_id, e.person_id, e.child});
            // An adult only as the domain counts one.
            if (d.ok() &&
                std::get<AssignedToGroup>(d->front().event).counts_as_adult != e.counts_as_adult) {
              return Status(Code::kConflict, "counts " + e.person_id + " otherwise as an adult");
            }
            return d;
          },
          [&](const RemovedFromGroup& e) -> Result<Decision> {
            return Decide("org", activity(e.activity_id),
                          RemoveFromGroup{e.activity_id, e.group_id, e.person_id});
          },
          [&](const CheckedOut& e) -> Result<Decision> {
            const ActivityState& a = activity(e.activity_id);
            Result<Decision> d = Decide("org", a, w.NowIn(a.plan.unit_id, now),
                                        CheckOut{e.activity_id, e.volunteer_id, "1234"});
            if (d.ok() && std::get<CheckedOut>(d->front().event).at_us != e.at_us) {
              return Status(Code::kConflict, "stamps the check-out at another time");
            }
            return d;
          },
          [&](const CheckInOpened& e) -> Result<Decision> {
            const ActivityState& a = activity(e.activity_id);
            return Decide("org", a, w.NowIn(a.plan.unit_id, now),
                          OpenCheckIn{e.activity_id, e.opened_by, e.code});
          },
          [&](const CheckedIn& e) -> Result<Decision> {
            if (category != "activity") return Decision{};
            const ActivityState& a = activity(e.activity_id);
            Result<Decision> d = Decide("org", a, w.NowIn(a.plan.unit_id, now),
                                        CheckIn{e.activity_id, e.volunteer_id, "1234"});
            if (d.ok() && std::get<CheckedIn>(d->front().event).at_us != e.at_us) {
              return Status(Code::kConflict, "stamps the check-in at another time");
            }
            return d;
          },
          [&](const AttendanceRecorded& e) -> Result<Decision> {
            const ActivityState& a = activity(e.activity_id);
            return Decide("org", a, w.NowIn(a.plan.unit_id, now),
                          RecordAttendance{e.activity_id, e.volunteer_id, e.status, e.recorded_by});
          },
          [&](const HoursConfirmed& e) -> Result<Decision> {
            const ActivityState& a = activity(e.activity_id);
            return Decide("org", a, w.Unit(a.plan.unit_id), w.NowIn(a.plan.unit_id, now),
                          ConfirmHours{e.activity_id, e.volunteer_id, e.confirmed_by, e.minutes});
          },
          [&](const ActivityCompleted& e) -> Result<Decision> {
            const ActivityState& a = activity(e.activity_id);
            return Decide("org", a, w.NowIn(a.plan.unit_id, now), CompleteActivity{e.activity_id});
          },
          [&](const ActivityCancelled& e) -> Result<Decision> {
            if (category != "activity") return Decision{};
            return Decide("org", activity(e.activity_id),
                          CancelActivity{e.activity_id, e.weather, e.reason});
          },
          [&](const CalendarFeedIssued& e) -> Result<Decision> {
            return Decide("org", w.Volunteer(e.volunteer_id),
                          IssueCalendarFeed{e.volunteer_id, e.secret_hash});
          },
          [&](const ReflectionPosted& e) -> Result<Decision> {
            const ActivityState& a = activity(e.activity_id);
            return Decide("org", a, w.Volunteer(e.volunteer_id), w.NowIn(a.plan.unit_id, now),
                          PostReflection{e.activity_id, e.volunteer_id, e.text});
          },
          [&](const PledgeFulfilled& e) -> Result<Decision> {
            return Decide("org", activity(e.activity_id),
                          FulfilPledge{e.activity_id, e.pledge_id, e.quantity});
          },
          [&](const ContactCorrected& e) -> Result<Decision> {
            const ChildState& c = w.children.at(e.child_id);
            return Decide("org", c, w.NowIn(c.unit_id, now),
                          CorrectContact{e.child_id, e.contact_id, e.kind, e.by, e.at_us, e.minutes,
                                         e.summary, e.reason});
          },
          [&](const CardReviewed& e) -> Result<Decision> {
            return Decide("org", w.children.at(e.child_id), ReviewCard{e.child_id, e.reviewed_by});
          },
          [&](const CardApproved& e) -> Result<Decision> {
            return Decide("org", w.children.at(e.child_id), ApproveCard{e.child_id, e.approved_by});
          },
          [&](const ConsentWithdrawn& e) -> Result<Decision> {
            const ChildState& c = w.children.at(e.child_id);
            return DecideDeparture("org", c, w.NowIn(c.unit_id, now),
                                   WithdrawConsent{e.child_id, e.kind, e.withdrawn_on, e.reason},
                                   w.StateReader());
          },
          [&](const ChildDataErased& e) -> Result<Decision> {
            const ChildState& c = w.children.at(e.child_id);
            return DecideDeparture("org", c, w.NowIn(c.unit_id, now),
                                   EraseChildData{e.child_id, e.reason}, w.StateReader());
          },
          [&](const ChildLeft& e) -> Result<Decision> {
            const ChildState& c = w.children.at(e.child_id);
            return DecideDeparture("org", c, w.NowIn(c.unit_id, now),
                                   ChildLeaves{e.child_id, e.reason}, w.StateReader());
          },
          [&](const ChildTransferred& e) -> Result<Decision> {
            const ChildState& c = w.children.at(e.child_id);
            return Decide("org", c, w.Unit(e.unit_id), w.NowIn(c.unit_id, now),
                          TransferChild{e.child_id, e.unit_id, e.reason, e.effective_on});
          },
          [&](const VolunteerDetailsCorrected& e) -> Result<Decision> {
            const VolunteerState& v = w.Volunteer(e.volunteer_id);
            return Decide("org", v, w.NowIn(v.unit_id, now),
                          CorrectVolunteerDetails{e.volunteer_id, e.details, e.reason});
          },
          [&](const CalendarFeedRevoked& e) -> Result<Decision> {
            return Decide("org", w.Volunteer(e.volunteer_id),
                          RevokeCalendarFeed{e.volunteer_id, e.reason});
          },
          [&](const AccountCreated& e) -> Result<Decision> {
            return Decide("org", World::Of(w.accounts, e.account_id),
                          e.unit_id.empty() ? UnitState{} : w.Unit(e.unit_id), VolunteerState{},
                          CreateAccount{e.account_id, e.name, e.role, e.unit_id, e.volunteer_id,
                                        e.token_hash});
          },
          [&](const PersonalDataGranted& e) -> Result<Decision> {
            return Decide("org", w.accounts.at(e.account_id),
                          GrantPersonalData{e.account_id, e.reason});
          },
          [&](const PersonalDataGrantWithdrawn& e) -> Result<Decision> {
            return Decide("org", w.accounts.at(e.account_id),
                          WithdrawPersonalData{e.account_id, e.reason});
          },
          [&](const AccountRevoked& e) -> Result<Decision> {
            return Decide("org", w.accounts.at(e.account_id),
                          RevokeAccount{e.account_id, e.reason});
          },
          [&](const StationRegistered& e) -> Result<Decision> {
            return Decide("org", World::Of(w.stations, e.station_id), w.Unit(e.unit_id),
                          RegisterStation{e.station_id, e.unit_id, e.name, e.rooms, e.area_m2});
          },
          [](const auto&) -> Result<Decision> { return Decision{}; }},
      emit.event);
}

BOOST_AUTO_TEST_SUITE(generator_day_test)

BOOST_AUTO_TEST_CASE(children_and_the_days_of_activities_are_what_the_domain_decides) {
  for (const std::uint64_t seed : {5u, 13u}) {
    // Given a generated log of 60,000 appends
    World world;
    // Then the domain decides each of its events so, at the moment it is recorded
    const std::string refused = Generate(seed, 60'000, ChildrenAndDays, world);
    BOOST_TEST_REQUIRE(refused.empty(), refused);
    // and the log holds enough of each to speak of
    for (const char* type : {"activity.child_enrolled",
                             "activity.child_unenrolled",
                             "activity.aid_distributed",
                             "library.friend_paired",
                             "activity.assigned_to_group",
                             "activity.removed_from_group",
                             "activity.checked_out",
                             "activity.reflection_posted",
                             "activity.pledge_fulfilled",
                             "child.contact_corrected",
                             "child.card_reviewed",
                             "child.card_approved",
                             "child.consent_withdrawn",
                             "child.data_erased",
                             "child.left",
                             "child.transferred",
                             "volunteer.details_corrected",
                             "volunteer.calendar_feed_revoked",
                             "volunteer.calendar_feed_issued",
                             "activity.cancelled",
                             "activity.check_in_opened",
                             "activity.checked_in",
                             "activity.attendance_recorded",
                             "activity.hours_confirmed",
                             "activity.completed",
                             "station.registered",
                             "account.created",
                             "account.personal_data_granted",
                             "account.personal_data_grant_withdrawn",
                             "account.revoked"}) {
      BOOST_TEST(world.decided[type] > 5,
                 "seed " << seed << ": " << type << " " << world.decided[type]);
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward
