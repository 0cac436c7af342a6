// The benchmarks' and tests' event generator follows the domain's rules on
// people: a child or volunteer who left, or whose data was erased, appears in
// no later event; a suspended volunteer only once reinstated; and a departure
// or suspension ends the person's "3+1" roles and help pairs in its own append.

#include <boost/test/unit_test.hpp>
#include <set>
#include <string>
#include <variant>

#include "bench/event_generator.h"
#include "projections/view_support.h"

namespace homeward {
namespace {

constexpr std::int64_t kStart = 1'780'000'000'000'000;

// Who is gone or suspended, and who holds what, as the generated log says.
struct People {
  std::set<std::string> gone_children, gone_volunteers, suspended;
  std::set<std::pair<std::string, std::string>> roles, pairs;  // (child, volunteer)
  int departures = 0, suspensions = 0, reinstatements = 0;

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
    std::visit(
        Overloaded{
            [&](const CareRoleAssigned& a) { roles.emplace(a.child_id, a.volunteer_id); },
            [&](const CareRoleEnded& a) {
              roles.erase({a.child_id, a.volunteer_id});
            },
            [&](const HelpPairFormed& a) { pairs.emplace(a.child_id, a.volunteer_id); },
            [&](const HelpPairEnded& a) {
              pairs.erase({a.child_id, a.volunteer_id});
            },
            [&](const ChildLeft& a) { departures += gone_children.insert(a.child_id).second; },
            [&](const ChildDataErased& a) {
              departures += gone_children.insert(a.child_id).second;
            },
            [&](const VolunteerLeft& a) {
              departures += gone_volunteers.insert(a.volunteer_id).second;
            },
            [&](const VolunteerSuspended& a) {
              suspensions += suspended.insert(a.volunteer_id).second;
            },
            [&](const VolunteerReinstated& a) {
              reinstatements += suspended.erase(a.volunteer_id) > 0;
            },
            [](const auto&) {}},
        e);
  }

  // Someone gone or suspended who still holds a role or a pair: a message, or "".
  std::string StillCaring() const {
    for (const auto& set : {roles, pairs}) {
      for (const auto& [c, v] : set) {
        if (gone_children.contains(c) || gone_volunteers.contains(v) || suspended.contains(v)) {
          return "child " + c + " and volunteer " + v + " are still in each other's care";
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
      // and after each, no one gone or suspended holds a role or a pair
      for (const Emit& emit : decision) people.Apply(emit.event);
      const std::string caring = people.StillCaring();
      BOOST_TEST_REQUIRE(caring.empty(), "seed " << seed << ", step " << step << ": " << caring);
    }
    // and the log has departures, suspensions and reinstatements to speak of
    BOOST_TEST(people.departures > 100, "seed " << seed << ": " << people.departures);
    BOOST_TEST(people.suspensions > 10, "seed " << seed << ": " << people.suspensions);
    BOOST_TEST(people.reinstatements > 10, "seed " << seed << ": " << people.reinstatements);
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward
