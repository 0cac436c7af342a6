#pragma once
// A generator of realistic event sequences for benchmarks and tests: an
// organization with a county office and member units, volunteers and
// children, "3+1" teams and contacts, trips, library builds and counseling
// with their sign-ups, waitlists, attendance and hours. Every event type
// occurs, in proportions like a year of real use (contacts and sign-ups
// common, closures rare). Seeded, so a sequence can be made again.
// Who is drawn follows the domain's rules on people: a child or volunteer who
// left, or whose data was erased, is drawn for nothing more; a suspended
// volunteer only to be reinstated; and leaving, an erasure or a suspension
// ends the person's "3+1" roles and help pairs and their places in the
// activities still to come (a volunteer's waitlist place moving up) in the
// same append, as the domain writes it.
// Activities keep their day as the domain does: sign-ups, waitlists and
// changes before it, check-in opened as it begins, attendance, hours, a
// counseling session and completion once it ended; nothing on one cancelled
// but a new date. Now and then (ever more rarely) a unit winds down (another member unit joining in
// its place): its activities not yet begun are called off, it and its stations are drawn for
// nothing new, its people move to the unit joining, and it closes once those under way are held,
// its stations closed and its people moved. A station closes from a day after its last opening.
// Each event is one the domain's decider would write at that moment
// (generator_domain_test, generator_day_test): volunteers work with children
// only while their yearly criminal-record check is valid (renewed a month
// before it expires, now and then after a lapse) and with the waiver of the
// unit whose work it is (its current version, accepted first where needed);
// no one holds two places at once or more in a day than their unit allows; a
// promotion takes the first waiting who may serve; "3+1" roles, help pairs,
// library families and counseling sessions go to volunteers of the kind and
// within the limits the domain asks; cards are signed off in turn; an erasure
// follows the withdrawal of consent.

#include <cstdint>
#include <functional>
#include <queue>
#include <random>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "engine/activity_state.h"
#include "engine/decision.h"
#include "engine/unit_state.h"
#include "engine/volunteer_state.h"

namespace homeward {

class EventGenerator {
 public:
  // Events for organization `org`, starting at UTC `start_us`.
  EventGenerator(std::uint64_t seed, std::string org, std::int64_t start_us);

  // The events of the next step, for one atomic append (one or a few events).
  Decision Next();

  // The simulated time of the latest step: steps are minutes apart.
  std::int64_t now_us() const { return now_us_; }

 private:
  static constexpr std::int64_t kMinuteUs = 60'000'000;
  static constexpr std::int64_t kDayUs = 1440 * kMinuteUs;

  static constexpr std::int64_t kActivityUs = 8 * 60 * kMinuteUs;  // each lasts 8 hours
  static constexpr std::uint32_t kChildrenPlaces = 30;             // of each activity

  struct Activity {
    std::string id, unit;
    ActivityKind kind;
    std::int64_t starts_us = 0;
    std::vector<std::string> holders, waiting, children, families;
    std::vector<std::pair<std::string, std::string>> grouped;  // (volunteer, group)
    std::uint32_t delivered = 0;                               // of the first pledge's 20
    std::size_t capacity = 3;                                  // of its one slot, "volunteers"
    Recruitment recruiting = Recruitment::kOpen;               // as the engine names it
    bool cancelled = false, completed = false, day_begun = false;
    int pledges = 0, groups = 0;
    std::int64_t ends_us() const { return starts_us + kActivityUs; }
  };

  // A step of an activity's day due at `at_us`: its check-in opening, or
  // (once begun) its close. Stale when the activity moved to `starts_us`'
  // other date since, or was cancelled.
  struct Milestone {
    std::int64_t at_us;
    std::size_t activity;  // index into activities_
    std::int64_t starts_us;
    bool operator>(const Milestone& o) const { return at_us > o.at_us; }
  };

  // The events of the next step, before they are folded (Fold).
  Decision Step();
  Decision Bootstrap();
  Decision NewVolunteer();
  Decision NewChild();
  Decision ChildLife();
  Decision Care();
  // A contact with child `child` recorded now, by a volunteer drawn.
  Decision Contact(const std::string& child);
  Decision NewActivity();
  Decision ActivityLife();
  // The day of the activity whose step is due first, if one is due now;
  // else an empty decision.
  Decision DueDay();
  // Schedules the next step of `a`, one of activities_: check-in as it
  // begins, or (once begun) its close, 30 minutes after it ends.
  void ScheduleDay(const Activity& a);
  Decision BeginDay(Activity& a);
  // A station opened today, with `staff` on duty.
  Decision StationDay(const std::string& staff);
  Decision Finish(Activity& a);
  // A child drawn enrolled in `a`, on its stream and the child's; a
  // station's day instead when the domain would refuse it (enrolled already,
  // no place left, a trip without the guardian's consent).
  Decision Enrol(Activity& a);
  // Appends to `d` volunteer `v`'s withdrawal from `a`, for `why`: their
  // place and their group left, on the activity's stream and theirs.
  void Withdraw(Activity& a, const std::string& v, bool by_coordinator, const std::string& why,
                Decision& d);
  // Station `id` of unit `unit` registered with the four rooms and the area
  // the domain asks of one (一站四室, at least 100 m²).
  static StationRegistered NewStation(const std::string& id, const std::string& unit);
  // Appends to `d` the waiting of `a` promoted in arrival order until every
  // place is held or no one waits, then recruitment settled (Settle).
  void FillPlaces(Activity& a, Decision& d);
  // Appends to `d` recruitment of `a` closed as full once every place is
  // held, or reopened once a place of a full one is free, as the domain does.
  void Settle(Activity& a, Decision& d);
  // Appends to `d` event `e` on activity `a`'s stream and on each of its
  // holders' (a cancellation, a new date: as the domain records them).
  void ToActivityAndHolders(const Activity& a, const Event& e, Decision& d);
  Decision UnitLife();
  // Unit `unit` winding down: its activities not yet begun cancelled, drawn
  // no more, and a new member unit in its place.
  Decision WindDown(const std::string& unit);
  // Transfers of up to 40 people of units wound down to the unit that joined
  // in their place, who are then drawn again; else an empty decision.
  Decision MoveSome();
  // The closure of the first station retired and not opened today; else an
  // empty decision.
  Decision CloseRetired();
  // The closure of the first unit wound down with no activity left to hold,
  // every station of it closed and every person of it moved; else an empty
  // decision.
  Decision CloseWoundDown();
  // A new member unit, its waiver and its station, appended to `d`.
  void NewUnit(const std::string& id, const char* zone, Decision& d);
  Decision Holidays();  // a year's working calendar

  // Volunteers' and units' states, as the engine folds them: the domain's
  // rules on who may work with children are checked on them (eligibility.cc).
  // Folds `d`'s events on volunteers' and units' streams into them.
  void Fold(const Decision& d);
  // Today in unit `unit`'s zone, as the domain dates a command of its work.
  Date LocalToday(const std::string& unit) const;
  // Whether volunteer `v` may work with children in work unit `organiser`
  // runs now, as the domain's CheckEligible decides (and not if suspended in
  // the step being made).
  Status Eligible(const std::string& v, const std::string& organiser) const;
  // Eligible, or only short of the waiver `organiser`'s work needs: then its
  // acceptance is appended to `d`, as the volunteer accepts it first.
  bool Ready(const std::string& v, const std::string& organiser, Decision& d);
  // Whether `v` holds a place in another activity whose times overlap `a`'s,
  // or as many places on `a`'s day as their unit allows (double booking, the
  // daily limit: what a sign-up and a promotion are refused for).
  bool Booked(const std::string& v, const Activity& a);
  // The criminal-record check of the volunteer whose renewal is due first,
  // if one is due now; else an empty decision. Most renew a month before the
  // check expires; every eighth lets it lapse for three weeks first.
  Decision RenewDue();
  // Schedules the renewal of `v`'s check, valid until `until`.
  void ScheduleRenewal(const std::string& v, Date until);

  std::string Stream(std::string_view category, std::string_view id) const;
  std::size_t Pick(std::size_t n) {
    return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_);
  }
  bool Chance(double p) { return std::bernoulli_distribution(p)(rng_); }
  const std::string& AnyOf(const std::vector<std::string>& v) { return v[Pick(v.size())]; }
  Activity* LiveActivity();
  Date Today() const;
  // Moves volunteer or child `id` to another unit (chosen by the serial, so
  // the random sequence stays as it was); returns the units moved from and to.
  std::pair<std::string, std::string> Transfer(const std::string& id);
  // Appends to `d` the end of every "3+1" role (by role) and help pair (in
  // the order formed) of child `child`, for `why`, as the domain ends them.
  void EndCare(const std::string& child, const std::string& why, Decision& d);
  // Volunteer `v`'s departure: `own`, the domain's decision of it (their
  // care ended), then their withdrawal, for `why`, from each place still to
  // come, in the order they booked them (the first who may be promoted
  // taking it). Their waits stay, with nothing recorded, as the domain keeps
  // a wait and passes over it; one who left `for_good` is taken off every
  // waitlist, since none of their waits will come up. Throws
  // std::logic_error when the domain refuses `own`: the generator's error.
  Decision Depart(const std::string& v, Result<Decision> own, const std::string& why,
                  bool for_good);
  // Appends to `d` child `child`'s unenrolment, for `why`, from every
  // activity still to come (every trip, when `trips_only`), in the order
  // enrolled; forgets their enrolments when they leave for good.
  void LeaveEnrolments(const std::string& child, const std::string& why, bool trips_only,
                       Decision& d);
  // The activity with id `id` (activities_ are in the order of their ids'
  // serials). Throws std::logic_error when there is none.
  Activity& ActivityNamed(const std::string& id);
  // Takes `id` out of the people drawn from `pool` (children_, volunteers_).
  static bool Remove(std::vector<std::string>& pool, const std::string& id);

  std::mt19937_64 rng_;
  std::string org_;
  std::int64_t now_us_;
  std::uint64_t serial_ = 0;
  // The people drawn: children and volunteers in the programme (not
  // suspended), and volunteers suspended.
  std::vector<std::string> units_, volunteers_, children_, stations_, accounts_, suspended_;
  std::vector<std::string> closed_stations_;                     // in the order they closed
  std::unordered_map<std::string, std::string> station_unit_;    // each station's unit
  std::unordered_map<std::string, std::int32_t> last_open_;      // each station's last day open
  std::vector<std::string> winding_stations_;                    // retired: drawn no more, to close
  std::unordered_map<std::string, std::string> closing_reason_;  // why each retired closes
  std::vector<std::string> closing_;                             // units wound down, not yet closed
  std::unordered_map<std::string, std::string> merged_into_;  // each wound down: the unit joining
  // People of units wound down, to move (and to draw again as before: a
  // child, a volunteer, a suspended volunteer).
  enum class Pool { kChildren, kVolunteers, kSuspended };
  std::vector<std::pair<std::string, Pool>> moving_;
  std::unordered_map<std::string, int> live_;          // activities to hold, by unit
  std::unordered_map<std::string, std::string> home_;  // each volunteer's and child's unit
  // Who holds each child's "3+1" roles ("child/role" -> volunteer), and the
  // help pairs (child, volunteer) formed and not ended, also as
  // "child/volunteer": so care events are ones the domain takes.
  std::unordered_map<std::string, std::string> roles_;
  std::vector<std::pair<std::string, std::string>> pairs_;
  std::unordered_map<std::string, std::string> last_contact_;  // each child's, to correct
  std::vector<std::string> feeds_;  // volunteers with a calendar feed, in the order issued
  std::unordered_map<std::string, std::uint64_t> paired_;  // "child/volunteer" -> serial formed
  // Each child's activities, in the order enrolled (the domain's order).
  std::unordered_map<std::string, std::vector<std::string>> enrolled_;
  std::uint64_t station_turns_ = 0;    // every other retirement reopens a station
  std::uint64_t unit_turns_ = 0;       // a unit winds down at the 4th, 8th, 16th...
  std::uint64_t account_turns_ = 0;    // what an account step does, in turn
  std::string granted_;                // the auditor granted personal data, while it lasts
  std::vector<std::string> auditors_;  // auditors' accounts (accounts_: coordinators')
  std::unordered_map<std::string, std::string> account_unit_;  // each account's unit
  std::unordered_set<std::string> no_trips_;  // children whose consent to trips was withdrawn
  // How far each child's card is signed off since it was last filled in:
  // 0 not yet reviewed, 1 reviewed, 2 approved.
  std::unordered_map<std::string, int> signed_off_;
  std::uint64_t account_actions_ = 0;  // grants, withdrawals and revocations, in turn
  std::uint64_t departures_ = 0;       // of volunteers and children: every other a transfer
  std::vector<Activity> activities_;
  std::size_t open_from_ = 0;  // activities before it are over or called off: none clashes
  std::unordered_map<std::string, VolunteerState> vstate_;
  std::unordered_map<std::string, UnitState> ustate_;
  // Renewals of criminal-record checks: (day due, volunteer), soonest first.
  std::priority_queue<std::pair<std::int32_t, std::string>,
                      std::vector<std::pair<std::int32_t, std::string>>, std::greater<>>
      renewals_;
  std::uint64_t renewal_turns_ = 0;  // every eighth renewal comes after a lapse
  std::uint64_t waiver_turns_ = 0;   // every sixteenth a new version of a unit's waiver
  std::priority_queue<Milestone, std::vector<Milestone>, std::greater<>> days_;
};

}  // namespace homeward
