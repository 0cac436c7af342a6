// The benchmarks' and tests' event generator follows the domain's rules on
// people: a child or volunteer who left, or whose data was erased, is drawn
// for nothing later; a suspended volunteer only once reinstated; and a
// departure or suspension ends the person's "3+1" roles, help pairs and
// places in the activities still to come in its own append. Activities' days and units' closures:
// generator_timeline_test.

#include <boost/test/unit_test.hpp>
#include <map>
#include <set>
#include <string>
#include <variant>

#include "bench/event_generator.h"
#include "projections/view_support.h"

namespace homeward {
namespace {

constexpr std::int64_t kStart = 1'780'000'000'000'000;

// Who is gone or suspended, who holds what, and who is booked where, as the
// generated log says.
struct People {
  std::set<std::string> gone_children, gone_volunteers, suspended;
  std::set<std::string> left_now;                                 // those the last append took away
  std::map<std::pair<std::string, CareRole>, std::string> roles;  // (child, role) -> volunteer
  std::set<std::pair<std::string, std::string>> pairs;            // (child, volunteer)
  // Places and enrolments, (activity, volunteer or child); each activity's start.
  std::set<std::pair<std::string, std::string>> places, enrolled;
  std::map<std::string, std::int64_t> starts;
  std::set<std::string> completed;
  int departures = 0, suspensions = 0, reinstatements = 0, withdrawals = 0;

  // The people `e` draws on who may not take part: a failure message, or "".
  std::string Refused(const Event& e) const {
    const auto child = [&](const std::string& id) {
      return gone_children.contains(id) ? "child " + id + " has gone" : std::string();
    };
    const auto volunteer = [&](const std::string& id) {
      if (gone_volunteers.contains(id)) return "volunteer " + id + " has gone";
      if (suspended.contains(id)) return "volunteer " + id + " is suspended";
      return std::string();
    };
    return std::visit(
        Overloaded{
            [&](const CareRoleAssigned& a) {
              return child(a.child_id) + volunteer(a.volunteer_id);
            },
            [&](const HelpPairFormed& a) { return child(a.child_id) + volunteer(a.volunteer_id); },
            [&](const ContactRecorded& a) { return child(a.child_id) + volunteer(a.by); },
            [&](const ChildEnrolled& a) { return child(a.child_id); },
            [&](const SignedUp& a) { return volunteer(a.volunteer_id); },
            [&](const Waitlisted& a) { return volunteer(a.volunteer_id); },
            [&](const PromotedFromWaitlist& a) { return volunteer(a.volunteer_id); },
            [&](const VolunteerReinstated& a) {
              return suspended.contains(a.volunteer_id)
                         ? std::string()
                         : "volunteer " + a.volunteer_id + " was not suspended";
            },
            [](const auto&) { return std::string(); }},
        e);
  }

  // Folds `e` in (each care event arrives twice: on the child's stream and
  // the volunteer's).
  void Apply(const Event& e) {
    const auto away = [&](std::set<std::string>& set, const std::string& id, int& count) {
      if (set.insert(id).second) ++count, left_now.insert(id);
    };
    std::visit(
        Overloaded{
            [&](const CareRoleAssigned& a) {
              roles[{a.child_id, a.role}] = a.volunteer_id;
            },
            [&](const CareRoleEnded& a) {
              roles.erase({a.child_id, a.role});
            },
            [&](const HelpPairFormed& a) { pairs.emplace(a.child_id, a.volunteer_id); },
            [&](const HelpPairEnded& a) {
              pairs.erase({a.child_id, a.volunteer_id});
            },
            [&](const ChildLeft& a) { away(gone_children, a.child_id, departures); },
            [&](const ChildDataErased& a) { away(gone_children, a.child_id, departures); },
            [&](const VolunteerLeft& a) { away(gone_volunteers, a.volunteer_id, departures); },
            [&](const VolunteerSuspended& a) { away(suspended, a.volunteer_id, suspensions); },
            [&](const VolunteerReinstated& a) {
              reinstatements += suspended.erase(a.volunteer_id) > 0;
            },
            [&](const ActivityPlanned& a) { starts[a.activity_id] = a.starts_at_us; },
            [&](const ActivityRescheduled& a) { starts[a.activity_id] = a.starts_at_us; },
            [&](const ActivityCompleted& a) { completed.insert(a.activity_id); },
            [&](const SignedUp& a) { places.emplace(a.activity_id, a.volunteer_id); },
            // A wait is no place: it stays, passed over, when its volunteer goes.
            [&](const PromotedFromWaitlist& a) { places.emplace(a.activity_id, a.volunteer_id); },
            [&](const Withdrawn& a) {
              withdrawals += a.by_coordinator;
              places.erase({a.activity_id, a.volunteer_id});
            },
            [&](const ChildEnrolled& a) { enrolled.emplace(a.activity_id, a.child_id); },
            [&](const ChildUnenrolled& a) {
              enrolled.erase({a.activity_id, a.child_id});
            },
            [](const auto&) {}},
        e);
  }

  // Someone gone or suspended who still holds a role or a pair: a message, or "".
  std::string StillCaring() const {
    const auto away = [&](const std::string& c, const std::string& v) {
      return gone_children.contains(c) || gone_volunteers.contains(v) || suspended.contains(v);
    };
    for (const auto& [held, v] : roles) {
      if (away(held.first, v)) return v + " still holds a role of child " + held.first;
    }
    for (const auto& [c, v] : pairs) {
      if (away(c, v)) return "child " + c + " and volunteer " + v + " are still a help pair";
    }
    return "";
  }

  // Someone the last append took away who still has a place or an
  // enrolment in an activity to come after `now_us`: a message, or "".
  std::string StillBooked(std::int64_t now_us) const {
    for (const auto& booked : {places, enrolled}) {
      for (const auto& [activity, who] : booked) {
        if (left_now.contains(who) && !completed.contains(activity) &&
            starts.at(activity) > now_us) {
          return who + " is still booked for " + activity;
        }
      }
    }
    return "";
  }
};

BOOST_AUTO_TEST_SUITE(generator_test)

BOOST_AUTO_TEST_CASE(who_left_or_is_suspended_is_drawn_for_nothing_and_their_care_ends_with_it) {
  for (const std::uint64_t seed : {1u, 5u, 11u}) {
    // Given a generated log of 60,000 appends
    EventGenerator generator(seed, "org", kStart);
    People people;
    for (int step = 0; step < 60'000; ++step) {
      const Decision decision = generator.Next();
      // Then no append draws on someone gone or suspended before it
      for (const Emit& emit : decision) {
        const std::string refused = people.Refused(emit.event);
        BOOST_TEST_REQUIRE(refused.empty(), "seed " << seed << ", step " << step << ": "
                                                    << EventTypeName(emit.event) << ": "
                                                    << refused);
      }
      // and after each that takes someone away, no one gone or suspended holds
      // a role or a pair, nor a place or an enrolment in an activity still to
      // come (an append that takes no one away gives none of these to anyone
      // gone: that is a draw, refused above)
      people.left_now.clear();
      for (const Emit& emit : decision) people.Apply(emit.event);
      if (people.left_now.empty()) continue;
      const std::string caring = people.StillCaring();
      BOOST_TEST_REQUIRE(caring.empty(), "seed " << seed << ", step " << step << ": " << caring);
      const std::string booked = people.StillBooked(generator.now_us());
      BOOST_TEST_REQUIRE(booked.empty(), "seed " << seed << ", step " << step << ": " << booked);
    }
    // and the log has departures, suspensions, reinstatements and the
    // withdrawals they bring to speak of
    BOOST_TEST(people.departures > 100, "seed " << seed << ": " << people.departures);
    BOOST_TEST(people.suspensions > 10, "seed " << seed << ": " << people.suspensions);
    BOOST_TEST(people.reinstatements > 10, "seed " << seed << ": " << people.reinstatements);
    BOOST_TEST(people.withdrawals > 10, "seed " << seed << ": " << people.withdrawals);
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward
