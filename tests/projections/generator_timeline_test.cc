// The benchmarks' and tests' event generator keeps activities' days and
// units' closures as the domain does: sign-ups and changes before the day,
// check-in opened on it, attendance, hours and completion once it ended,
// nothing on an activity cancelled or completed but a new date for one
// cancelled; a station closes from a day after its last opening; a unit
// closes with no activity left to hold, and no event names it, or a station
// of it, as its unit after, nor starts the care of a child or by a volunteer
// of it. A cancellation or a new date is on each holder's stream too (but for
// a holder the new date withdraws); recruitment closes as full and reopens as
// places fill and free, taking no sign-up while closed. Whom a promotion
// takes: generator_domain_test.

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <initializer_list>
#include <map>
#include <set>
#include <string>
#include <variant>

#include "bench/event_generator.h"
#include "engine/activity_state.h"
#include "projections/view_support.h"

namespace homeward {
namespace {

constexpr std::int64_t kStart = 1'780'000'000'000'000;
constexpr std::int64_t kHourUs = 3'600'000'000;
constexpr std::int64_t kDayUs = 24 * kHourUs;

// One activity as the generated log says.
struct Day {
  std::string unit;
  std::int64_t starts = 0, ends = 0;
  bool cancelled = false, completed = false, check_in = false;
  std::set<std::string> waiting, holders;
  std::size_t capacity = 0;
  Recruitment recruitment = Recruitment::kNotOpen;
  bool Full() const { return holders.size() >= capacity; }
};

// Activities, units and stations as the generated log says, and what the
// domain would refuse of the next event.
struct Timeline {
  std::map<std::string, Day> days;
  std::set<std::string> closed_units, closed_stations;
  std::map<std::string, std::string> station_unit;
  std::map<std::string, std::int32_t> last_open;  // each station's last day open
  std::map<std::string, std::string> home;        // each child's and volunteer's unit
  int completions = 0, cancellations = 0, reschedules = 0, closures = 0;

  // Why the domain would refuse `e`, recorded at `now`: a message, or "".
  std::string Refused(const Event& e, std::int64_t now) const {
    std::string why;
    std::visit(
        [&](const auto& x) {
          using T = std::decay_t<decltype(x)>;
          if constexpr (requires { x.unit_id; }) {
            if (closed_units.contains(x.unit_id)) why = "names closed unit " + x.unit_id;
          }
          if constexpr (requires { x.station_id; } && !std::is_same_v<T, StationRegistered>) {
            const std::string& unit = station_unit.at(x.station_id);
            if (closed_units.contains(unit)) why = "names a station of closed unit " + unit;
            const bool closed = closed_stations.contains(x.station_id);
            if (closed != std::is_same_v<T, StationReopened>) {
              why = "finds station " + x.station_id + (closed ? " closed" : " open");
            }
          }
          if constexpr (std::is_same_v<T, StationClosed>) {
            const auto opened = last_open.find(x.station_id);
            if (opened != last_open.end() && x.closed_on.days <= opened->second)
              why = "closes station " + x.station_id + " on or before a day it opened";
            if (x.closed_on.days > now / kDayUs) why = "closes station " + x.station_id + " ahead";
          }
          if constexpr (std::is_same_v<T, CareRoleAssigned> || std::is_same_v<T, HelpPairFormed>) {
            for (const std::string* who : {&x.child_id, &x.volunteer_id}) {
              if (closed_units.contains(home.at(*who))) why = *who + "'s unit is closed";
            }
          }
          if constexpr (std::is_same_v<T, UnitClosed>) {
            for (const auto& [id, day] : days) {
              if (day.unit == x.unit_id && !day.cancelled && !day.completed) {
                why = "closes " + x.unit_id + " with activity " + id + " to hold";
              }
            }
          }
          if constexpr (requires { x.activity_id; } && !std::is_same_v<T, ActivityPlanned>) {
            why += ActivityRefused(x, days.at(x.activity_id), now);
          }
        },
        e);
    return why;
  }

  // Why an event naming activity `d` would be refused at `now`.
  template <class T>
  std::string ActivityRefused(const T& x, const Day& d, std::int64_t now) const {
    if (d.completed) return "names completed activity " + x.activity_id;
    if constexpr (std::is_same_v<T, ActivityRescheduled>) {
      if (closed_units.contains(d.unit)) return "moves an activity of closed unit " + d.unit;
      return "";
    } else if constexpr (std::is_same_v<T, Withdrawn>) {
      const bool waiting = d.waiting.contains(x.volunteer_id);
      if (!x.by_coordinator && !waiting && !d.cancelled && now >= d.starts - 24 * kHourUs)
        return "withdraws from " + x.activity_id + " after the cutoff";
      return "";
    } else if constexpr (std::is_same_v<T, ChildUnenrolled>) {
      return "";
    } else {
      if (d.cancelled) return "names cancelled activity " + x.activity_id;
      if constexpr (std::is_same_v<T, SignedUp> || std::is_same_v<T, Waitlisted> ||
                    std::is_same_v<T, PromotedFromWaitlist> || std::is_same_v<T, ChildEnrolled> ||
                    std::is_same_v<T, ActivityCancelled> || std::is_same_v<T, RecruitmentClosed> ||
                    std::is_same_v<T, RecruitmentReopened>) {
        if (d.check_in || now >= d.starts)
          return "books or changes " + x.activity_id + " on its day";
      }
      if (std::string why = RecruitmentRefused(x, d); !why.empty()) return why;
      if constexpr (std::is_same_v<T, CheckInOpened>) {
        if (now < d.starts - 12 * kHourUs || now > d.ends)
          return "opens check-in of " + x.activity_id + " off its day";
      }
      if constexpr (std::is_same_v<T, CheckedIn>) {
        if (!d.check_in) return "checks in to " + x.activity_id + " with check-in closed";
      }
      if constexpr (std::is_same_v<T, CheckedOut> || std::is_same_v<T, AttendanceRecorded> ||
                    std::is_same_v<T, HoursConfirmed> || std::is_same_v<T, ActivityCompleted>) {
        if (now < d.ends) return "closes the day of " + x.activity_id + " before it ended";
      }
      return "";
    }
  }

  // Why a sign-up, a wait or a change of recruitment of `d` would be refused.
  template <class T>
  static std::string RecruitmentRefused(const T& x, const Day& d) {
    using enum Recruitment;
    const auto is = [&](std::initializer_list<Recruitment> states) {
      return std::find(states.begin(), states.end(), d.recruitment) != states.end();
    };
    if constexpr (std::is_same_v<T, SignedUp>) {
      if (!is({kOpen}) || d.Full()) return "signs up for " + x.activity_id + " not recruiting";
    } else if constexpr (std::is_same_v<T, Waitlisted>) {
      if (!is({kClosedFull})) return "waitlists for " + x.activity_id + " not closed as full";
    } else if constexpr (std::is_same_v<T, RecruitmentOpened>) {
      if (is({kOpen, kClosedFull})) return "opens " + x.activity_id + " recruiting";
    } else if constexpr (std::is_same_v<T, RecruitmentClosed>) {
      if (!is({kOpen, kClosedFull})) return "closes " + x.activity_id + " not recruiting";
      if (x.full && !(is({kOpen}) && d.Full())) return "closes " + x.activity_id + " as full";
    } else if constexpr (std::is_same_v<T, RecruitmentReopened>) {
      if (!is({kClosedFull}) || d.Full()) return "reopens " + x.activity_id + " with no place";
    }
    return "";
  }

  // Folds `e` in.
  void Apply(const Event& e) {
    std::visit(
        Overloaded{[&](const ActivityPlanned& a) {
                     Day& d = days[a.activity_id];
                     d.unit = a.unit_id, d.starts = a.starts_at_us, d.ends = a.ends_at_us;
                   },
                   [&](const ActivityRescheduled& a) {
                     Day& d = days[a.activity_id];
                     d.starts = a.starts_at_us, d.ends = a.ends_at_us, d.cancelled = false;
                     ++reschedules;
                   },
                   [&](const ActivityCancelled& a) {
                     days[a.activity_id].cancelled = true;
                     ++cancellations;
                   },
                   [&](const ActivityCompleted& a) {
                     days[a.activity_id].completed = true;
                     ++completions;
                   },
                   [&](const CheckInOpened& a) { days[a.activity_id].check_in = true; },
                   [&](const RecruitmentOpened& a) {
                     days[a.activity_id].recruitment = Recruitment::kOpen;
                   },
                   [&](const RecruitmentClosed& a) {
                     days[a.activity_id].recruitment =
                         a.full ? Recruitment::kClosedFull : Recruitment::kClosed;
                   },
                   [&](const RecruitmentReopened& a) {
                     days[a.activity_id].recruitment = Recruitment::kOpen;
                   },
                   [&](const SlotAdded& a) { days[a.activity_id].capacity = a.capacity; },
                   [&](const CapacityChanged& a) { days[a.activity_id].capacity = a.capacity; },
                   [&](const SignedUp& a) { days[a.activity_id].holders.insert(a.volunteer_id); },
                   [&](const Waitlisted& a) { days[a.activity_id].waiting.insert(a.volunteer_id); },
                   [&](const PromotedFromWaitlist& a) {
                     days[a.activity_id].waiting.erase(a.volunteer_id);
                     days[a.activity_id].holders.insert(a.volunteer_id);
                   },
                   [&](const Withdrawn& a) {
                     days[a.activity_id].waiting.erase(a.volunteer_id);
                     days[a.activity_id].holders.erase(a.volunteer_id);
                   },
                   [&](const UnitClosed& a) {
                     closed_units.insert(a.unit_id);
                     ++closures;
                   },
                   [&](const StationRegistered& a) { station_unit[a.station_id] = a.unit_id; },
                   [&](const StationOpened& a) { last_open[a.station_id] = a.day.days; },
                   [&](const ChildRegistered& a) { home[a.child_id] = a.unit_id; },
                   [&](const VolunteerRegistered& a) { home[a.volunteer_id] = a.unit_id; },
                   [&](const ChildTransferred& a) { home[a.child_id] = a.unit_id; },
                   [&](const VolunteerTransferred& a) { home[a.volunteer_id] = a.unit_id; },
                   [&](const StationClosed& a) { closed_stations.insert(a.station_id); },
                   [&](const StationReopened& a) { closed_stations.erase(a.station_id); },
                   [](const auto&) {}},
        e);
  }

  // Why the domain would refuse `decision`, recorded at `now`: an event it
  // would refuse (Refused, each after those before it), a cancellation or a
  // new date not on exactly its holders' streams, or recruitment not settled
  // after it. Folds the decision in.
  std::string ApplyDecision(const Decision& decision, std::int64_t now) {
    std::map<std::string, std::set<std::string>> told, heard;  // "type activity" -> volunteers
    std::set<std::string> recorded, touched;                   // "type activity"; activities
    for (const Emit& emit : decision) {
      // A volunteer's copy of an activity's event: the activity's own is
      // checked and folded in.
      const bool copy = std::visit(
          [&](const auto& x) {
            using T = std::decay_t<decltype(x)>;
            if constexpr (requires { x.activity_id; }) {
              const std::string what = std::string(T::kType) + " " + x.activity_id;
              if (emit.stream_id != StreamOf("org", "activity", x.activity_id)) {
                heard[what].insert(emit.stream_id.substr(emit.stream_id.rfind('/') + 1));
                return true;
              }
              recorded.insert(what);
              touched.insert(x.activity_id);
              if constexpr (std::is_same_v<T, ActivityCancelled> ||
                            std::is_same_v<T, ActivityRescheduled>) {
                told[what] = days.at(x.activity_id).holders;
              }
              if constexpr (std::is_same_v<T, Withdrawn>) {
                // A holder the new date no longer suits is withdrawn, not told.
                const auto moved = told.find("activity.rescheduled " + x.activity_id);
                if (moved != told.end()) moved->second.erase(x.volunteer_id);
              }
            }
            return false;
          },
          emit.event);
      if (copy) continue;
      if (std::string why = Refused(emit.event, now); !why.empty()) {
        return std::string(EventTypeName(emit.event)) + ": " + why;
      }
      Apply(emit.event);
    }
    for (const auto& [what, holders] : told) {
      if (heard[what] != holders) return what + " is not recorded on exactly its holders' streams";
    }
    for (const auto& [what, volunteers] : heard) {
      if (!recorded.contains(what)) return what + " is recorded on a volunteer's stream alone";
    }
    for (const std::string& id : touched) {
      const Day& d = days.at(id);
      if (d.cancelled || d.completed || d.check_in) continue;
      if (d.recruitment == Recruitment::kOpen && d.Full()) return id + " recruits while full";
      if (d.recruitment == Recruitment::kClosedFull && !d.Full())
        return id + " stays closed as full with a place free";
    }
    return "";
  }
};

BOOST_AUTO_TEST_SUITE(generator_timeline_test)

BOOST_AUTO_TEST_CASE(activities_keep_their_day_and_units_close_with_nothing_left_to_hold) {
  for (const std::uint64_t seed : {2u, 7u}) {
    // Given a generated log of 60,000 appends
    EventGenerator generator(seed, "org", kStart);
    Timeline timeline;
    for (int step = 0; step < 60'000; ++step) {
      const Decision decision = generator.Next();
      // Then the domain would take it at the moment it is recorded
      const std::string refused = timeline.ApplyDecision(decision, generator.now_us());
      BOOST_TEST_REQUIRE(refused.empty(), "seed " << seed << ", step " << step << ": " << refused);
    }
    // and the log holds completions, cancellations, new dates and closures
    // to speak of
    BOOST_TEST(timeline.completions > 1000, "seed " << seed << ": " << timeline.completions);
    BOOST_TEST(timeline.cancellations > 100, "seed " << seed << ": " << timeline.cancellations);
    BOOST_TEST(timeline.reschedules > 10, "seed " << seed << ": " << timeline.reschedules);
    BOOST_TEST(timeline.closures >= 5, "seed " << seed << ": " << timeline.closures);
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward
