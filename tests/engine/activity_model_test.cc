// The activity rules against a tiny, obviously-correct model: for seeded
// random command sequences (100,000 commands), the deciders' outcomes and the
// resulting holders, waitlists (in arrival order), recruitment states and
// schedules equal the model's, and nobody ever holds two overlapping places.

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <map>
#include <random>

#include "engine/activity_rules.h"
#include "tests/engine/people_fixture.h"

namespace homeward::testing {
namespace {

constexpr int kActivities = 5;
constexpr int kSlots = 2;
constexpr int kVolunteers = 40;
constexpr std::int64_t kHour = 3600LL * 1000000;
constexpr std::int64_t kDay0 = 1811808000LL * 1000000;  // 2027-06-01 08:00 in Shiyan

// ---- the model ------------------------------------------------------------
enum class Rec { kNotOpen, kOpen, kFull, kClosed };
struct MSlot {
  std::uint32_t capacity = 0;
  bool waitlist = true;
  std::vector<int> holders, waiting;
};
struct MActivity {
  std::int64_t starts = 0, ends = 0;
  bool cancelled = false;
  Rec rec = Rec::kNotOpen;
  MSlot slots[kSlots];
};
struct Model {
  MActivity a[kActivities];

  bool In(const MSlot& s, int v, bool holders) const {
    const auto& list = holders ? s.holders : s.waiting;
    return std::find(list.begin(), list.end(), v) != list.end();
  }
  bool Full(int x) const {
    for (const MSlot& s : a[x].slots)
      if (s.holders.size() < s.capacity) return false;
    return a[x].slots[0].capacity + a[x].slots[1].capacity > 0;
  }
  // Does volunteer v hold a place in a live activity other than x overlapping [s, e)?
  bool Clash(int v, int x, std::int64_t s, std::int64_t e) const {
    for (int y = 0; y < kActivities; ++y) {
      if (y == x || a[y].cancelled) continue;
      for (const MSlot& slot : a[y].slots)
        if (In(slot, v, true) && a[y].starts < e && s < a[y].ends) return true;
    }
    return false;
  }
  void Promote(int x, int k) {
    MSlot& s = a[x].slots[k];
    for (bool moved = true; moved && s.holders.size() < s.capacity;) {
      moved = false;
      for (std::size_t i = 0; i < s.waiting.size(); ++i) {
        const int w = s.waiting[i];
        if (Clash(w, x, a[x].starts, a[x].ends)) continue;
        s.waiting.erase(s.waiting.begin() + i);
        s.holders.push_back(w);
        moved = true;
        break;
      }
    }
  }
  void Settle(int x) {
    if (a[x].rec == Rec::kOpen && Full(x))
      a[x].rec = Rec::kFull;
    else if (a[x].rec == Rec::kFull && !Full(x))
      a[x].rec = Rec::kOpen;
  }
  bool SignUp(int x, int k, int v) {
    MActivity& act = a[x];
    if (act.cancelled || act.rec == Rec::kNotOpen || act.rec == Rec::kClosed) return false;
    for (const MSlot& s : act.slots)
      if (In(s, v, true) || In(s, v, false)) return false;
    MSlot& s = act.slots[k];
    if (s.holders.size() < s.capacity && act.rec == Rec::kOpen) {
      if (Clash(v, x, act.starts, act.ends)) return false;
      s.holders.push_back(v);
      Settle(x);
      return true;
    }
    if (!s.waitlist) return false;
    s.waiting.push_back(v);
    return true;
  }
  bool Withdraw(int x, int v) {
    MActivity& act = a[x];
    for (int k = 0; k < kSlots; ++k) {
      MSlot& s = act.slots[k];
      if (In(s, v, false)) {
        std::erase(s.waiting, v);
      } else if (In(s, v, true)) {
        std::erase(s.holders, v);
      } else {
        continue;
      }
      if (!act.cancelled) {
        Promote(x, k);
        Settle(x);
      }
      return true;
    }
    return false;
  }
  bool Capacity(int x, int k, std::uint32_t c) {
    if (a[x].cancelled || c < a[x].slots[k].holders.size()) return false;
    a[x].slots[k].capacity = c;
    Promote(x, k);
    Settle(x);
    return true;
  }
  bool Open(int x) {
    if (a[x].cancelled || (a[x].rec != Rec::kNotOpen && a[x].rec != Rec::kClosed)) return false;
    a[x].rec = Rec::kOpen;
    Settle(x);
    return true;
  }
  bool Close(int x) {
    if (a[x].cancelled || (a[x].rec != Rec::kOpen && a[x].rec != Rec::kFull)) return false;
    a[x].rec = Rec::kClosed;
    return true;
  }
  bool Cancel(int x) {
    if (a[x].cancelled) return false;
    a[x].cancelled = true;
    return true;
  }
  bool Reschedule(int x, std::int64_t s, std::int64_t e) {
    MActivity& act = a[x];
    act.cancelled = false;
    act.starts = s;
    act.ends = e;
    for (MSlot& slot : act.slots) {
      std::vector<int> keep;
      for (int h : slot.holders)
        if (!Clash(h, x, s, e)) keep.push_back(h);
      slot.holders = keep;
    }
    for (int k = 0; k < kSlots; ++k) Promote(x, k);
    Settle(x);
    return true;
  }
};

// ---- the real rules, on in-memory states ----------------------------------
std::string A(int x) { return "a" + std::to_string(x); }
std::string Vid(int v) { return "v" + std::to_string(v); }
std::string S(int k) { return "s" + std::to_string(k); }

struct Real {
  std::map<std::string, ActivityState> activities;
  VolunteerStates volunteers;
  UnitState unit;
  Now now{1803866400LL * 1000000, ParseDate("2027-03-01").value()};

  void Absorb(const Decision& d) {
    for (const Emit& e : d) {
      const std::string kind = e.stream_id.substr(e.stream_id.find('/') + 1);
      const std::string id = kind.substr(kind.find('/') + 1);
      if (kind.starts_with("activity/")) Apply(activities[id], e.event);
      if (kind.starts_with("volunteer/")) Apply(volunteers[id], e.event);
    }
  }
  People PeopleOf(const ActivityState& act) {
    People out;
    for (const ActivitySlot& s : act.slots) {
      for (const auto& id : s.holders) out.volunteers[id] = volunteers[id];
      for (const auto& id : s.waiting) out.volunteers[id] = volunteers[id];
    }
    out.units[unit.unit_id] = unit;
    return out;
  }
  bool Run(const Result<Decision>& d) {
    if (d.ok()) Absorb(*d);
    return d.ok();
  }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(activity_model_test)

BOOST_AUTO_TEST_CASE(the_rules_agree_with_the_model_over_100000_random_commands) {
  for (std::uint32_t seed : {1u, 2u, 3u, 4u}) {
    std::mt19937 random(seed);
    auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(random); };
    Model model;
    Real real;
    real.unit.exists = true;
    real.unit.unit_id = "u";
    for (int v = 0; v < kVolunteers; ++v) {
      VolunteerState& s = real.volunteers[Vid(v)];
      s.exists = true;
      s.volunteer_id = Vid(v);
      s.details.name = Vid(v);
      s.details.date_of_birth = ParseDate("1990-01-01").value();
      s.vetted_until = ParseDate("2028-01-01").value();
      s.waivers = {{"u", "w"}};
    }
    for (int x = 0; x < kActivities; ++x) {
      const std::int64_t starts = kDay0 + pick(10) * kHour;
      PlanActivity plan;
      plan.activity_id = A(x);
      plan.unit_id = "u";
      plan.title = A(x);
      plan.starts_at_us = starts;
      plan.ends_at_us = starts + (1 + pick(4)) * kHour;
      BOOST_REQUIRE(real.Run(Decide("o", real.activities[A(x)], real.unit, real.now, plan)));
      model.a[x].starts = plan.starts_at_us;
      model.a[x].ends = plan.ends_at_us;
      for (int k = 0; k < kSlots; ++k) {
        const auto capacity = static_cast<std::uint32_t>(pick(4));
        const bool waitlist = k == 0;
        BOOST_REQUIRE(real.Run(Decide("o", real.activities[A(x)],
                                      AddSlot{A(x), S(k), "r", capacity, waitlist, false, true})));
        model.a[x].slots[k].capacity = capacity;
        model.a[x].slots[k].waitlist = waitlist;
      }
    }

    for (int step = 0; step < 25000; ++step) {
      const int x = pick(kActivities), k = pick(kSlots), v = pick(kVolunteers), what = pick(100);
      ActivityState& act = real.activities[A(x)];
      bool expected = false, got = false;
      if (what < 45) {
        expected = model.SignUp(x, k, v);
        got = real.Run(Decide("o", act, real.unit, real.volunteers[Vid(v)], real.unit, real.now,
                              SignUp{A(x), S(k), Vid(v), ""}));
      } else if (what < 75) {
        expected = model.Withdraw(x, v);
        got = real.Run(Decide("o", act, real.unit, real.PeopleOf(act), real.now,
                              Withdraw{A(x), Vid(v), false, ""}));
      } else if (what < 83) {
        const auto capacity = static_cast<std::uint32_t>(pick(5));
        expected = model.Capacity(x, k, capacity);
        got = real.Run(Decide("o", act, real.unit, real.PeopleOf(act), real.now,
                              ChangeCapacity{A(x), S(k), capacity}));
      } else if (what < 90) {
        expected = model.Open(x);
        got = real.Run(Decide("o", act, real.unit, OpenRecruitment{A(x)}));
      } else if (what < 94) {
        expected = model.Close(x);
        got = real.Run(Decide("o", act, CloseRecruitment{A(x)}));
      } else if (what < 97) {
        expected = model.Cancel(x);
        got = real.Run(Decide("o", act, CancelActivity{A(x), true, "暴雨"}));
      } else {
        const std::int64_t starts = kDay0 + pick(10) * kHour;
        const std::int64_t ends = starts + (1 + pick(4)) * kHour;
        expected = model.Reschedule(x, starts, ends);
        got = real.Run(Decide("o", act, real.unit, real.PeopleOf(act), real.now,
                              RescheduleActivity{A(x), starts, ends}));
      }
      BOOST_TEST_REQUIRE(got == expected,
                         "seed " << seed << " step " << step << " command " << what);

      // The activity the command touched, slot by slot, as the model has it.
      const MActivity& m = model.a[x];
      BOOST_TEST_REQUIRE(act.cancelled == m.cancelled, "seed " << seed << " step " << step);
      const Rec rec = act.recruitment == Recruitment::kNotOpen      ? Rec::kNotOpen
                      : act.recruitment == Recruitment::kOpen       ? Rec::kOpen
                      : act.recruitment == Recruitment::kClosedFull ? Rec::kFull
                                                                    : Rec::kClosed;
      BOOST_TEST_REQUIRE((rec == m.rec), "seed " << seed << " step " << step);
      for (int j = 0; j < kSlots; ++j) {
        std::vector<std::string> holders, waiting;
        for (int h : m.slots[j].holders) holders.push_back(Vid(h));
        for (int w : m.slots[j].waiting) waiting.push_back(Vid(w));
        BOOST_TEST_REQUIRE(act.slots[j].holders == holders, "seed " << seed << " step " << step);
        BOOST_TEST_REQUIRE(act.slots[j].waiting == waiting, "seed " << seed << " step " << step);
      }
    }

    // Nobody holds two places at overlapping times in live activities.
    for (const auto& [id, v] : real.volunteers) {
      for (const Booking& b : v.bookings) {
        if (!b.cancelled)
          BOOST_TEST(!v.Overlapping(b.starts_at_us, b.ends_at_us, b.activity_id), id);
      }
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace homeward::testing
