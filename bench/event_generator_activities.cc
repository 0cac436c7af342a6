// The generated log's activities before their day: planning, sign-ups,
// waitlists and promotions, withdrawals, enrolments, groups, sponsors, new
// dates and cancellations, library builds. Their day: event_generator_days.cc.

#include <algorithm>

#include "bench/event_generator.h"
#include "engine/activity_rules.h"

namespace homeward {

Decision EventGenerator::NewActivity() {
  Activity a;
  a.id = "a" + std::to_string(serial_);
  a.unit = AnyOf(units_);
  const std::size_t roll = Pick(10);
  a.kind = roll < 5   ? ActivityKind::kTrip
           : roll < 7 ? ActivityKind::kLibraryBuild
           : roll < 9 ? ActivityKind::kCounseling
                      : ActivityKind::kForum;
  a.starts_us = now_us_ + kDayUs * static_cast<std::int64_t>(3 + Pick(30));
  const std::string s = Stream("activity", a.id);
  ActivityPlanned plan;
  plan.activity_id = a.id;
  plan.unit_id = a.unit;
  plan.kind = a.kind;
  plan.title = "活动" + a.id;
  plan.place = "十堰市";
  plan.starts_at_us = a.starts_us;
  plan.ends_at_us = a.ends_us();
  plan.coordinator = AnyOf(volunteers_);
  plan.children_capacity = kChildrenPlaces;
  SlotAdded slot{a.id, "volunteers", "义工", 3, true, false, true, {}};
  activities_.push_back(a);
  ++live_[a.unit];
  ScheduleDay(activities_.back());
  return {{s, plan}, {s, slot}, {s, RecruitmentOpened{a.id}}};
}

EventGenerator::Activity* EventGenerator::LiveActivity() {
  // Mostly the recent activities, as in real use.
  const std::size_t n = activities_.size();
  const std::size_t back = std::min<std::size_t>(n, 12);
  Activity& a = activities_[n - 1 - Pick(back)];
  // From a day before it begins, what is left is the day's own (DueDay).
  return a.completed || now_us_ >= a.starts_us - kDayUs ? nullptr : &a;
}

Decision EventGenerator::ActivityLife() {
  Activity* found = LiveActivity();
  if (found == nullptr) return NewActivity();
  Activity& a = *found;
  const std::string s = Stream("activity", a.id);
  if (a.cancelled) {
    // The weather cleared: a new date, while its unit is open. Else a
    // station's day.
    if (Chance(0.3) && std::find(units_.begin(), units_.end(), a.unit) != units_.end()) {
      a.cancelled = false;
      ++live_[a.unit];
      a.starts_us += 7 * kDayUs;
      ScheduleDay(a);
      // Its holders keep their places on the new date, but for those it
      // clashes with another place or the daily limit (withdrawn, as the
      // domain does); the waitlist, kept while it was off, fills what is free.
      const Event moved = ActivityRescheduled{a.id, a.starts_us, a.ends_us()};
      Decision d{{s, moved}};
      ActivityState on_new_date;  // what the domain's rules read of it
      on_new_date.plan.activity_id = a.id;
      on_new_date.plan.starts_at_us = a.starts_us;
      on_new_date.plan.ends_at_us = a.ends_us();
      const std::vector<std::string> holders = a.holders;
      for (const std::string& h : holders) {
        // The first step's decision: each holder's state is as folded.
        const VolunteerState& held = vstate_.at(h);
        const People them{{}, {{held.unit_id, ustate_.at(held.unit_id)}}};
        if (const std::optional<std::string> why = WhyLeaves(held, them, on_new_date)) {
          Withdraw(a, h, true, *why, d);
        } else {
          d.push_back({Stream("volunteer", h), moved});
        }
      }
      FillPlaces(a, d);
      return d;
    }
    return StationDay(AnyOf(volunteers_));
  }
  const std::string& v = AnyOf(volunteers_);
  const std::size_t roll = Pick(100);
  if (roll < 25) {
    // One already in, recruitment closed by hand, or a volunteer the domain
    // refuses (a check lapsed; a place elsewhere at the time, or as many as
    // the day allows): a child is enrolled instead. Another unit's work needs
    // that unit's waiver too, accepted first (Ready).
    const bool room = a.holders.size() < a.capacity;
    Decision d;
    if (std::find(a.holders.begin(), a.holders.end(), v) != a.holders.end() ||
        std::find(a.waiting.begin(), a.waiting.end(), v) != a.waiting.end() ||
        a.recruiting == Recruitment::kClosed || (room && Booked(v, a)) || !Ready(v, a.unit, d)) {
      return Enrol(a);
    }
    if (room) {
      a.holders.push_back(v);
      const Event e = SignedUp{a.id, "volunteers", v, a.starts_us, a.ends_us(), ""};
      d.push_back({s, e});
      d.push_back({Stream("volunteer", v), e});
      Settle(a, d);
      return d;
    }
    a.waiting.push_back(v);
    d.push_back({s, Waitlisted{a.id, "volunteers", v}});
    return d;
  }
  if ((roll < 31 || (!a.waiting.empty() && Chance(0.2))) && !a.holders.empty()) {
    Decision d;
    Withdraw(a, std::string(a.holders.front()), false, "临时有事", d);
    FillPlaces(a, d);
    return d;
  }
  if (roll < 41) return Enrol(a);
  if (roll < 43 && !a.children.empty()) {
    const std::string c = a.children.back();
    a.children.pop_back();
    std::erase(enrolled_[c], a.id);
    const Event off = ChildUnenrolled{a.id, c, "生病"};
    return {{s, off}, {Stream("child", c), off}};
  }
  if (roll < 47) {
    // A group, and a holder in no group yet assigned to it: an adult when
    // their check is valid (and not suspended), as the domain counts one.
    const std::string g = "g" + std::to_string(++a.groups);
    Decision d{{s, GroupFormed{a.id, g, "第" + std::to_string(a.groups) + "组"}}};
    for (const std::string& h : a.holders) {
      if (std::any_of(a.grouped.begin(), a.grouped.end(),
                      [&](const auto& in) { return in.first == h; })) {
        continue;
      }
      const VolunteerState& st = vstate_.at(h);
      const bool adult = !st.suspended && st.vetted_until && LocalToday(a.unit) <= *st.vetted_until;
      a.grouped.emplace_back(h, g);
      d.push_back({s, AssignedToGroup{a.id, g, h, false, adult}});
      break;
    }
    return d;
  }
  if (roll < 49 && !a.grouped.empty()) {
    const auto [h, g] = a.grouped.front();
    a.grouped.erase(a.grouped.begin());
    return {{s, RemovedFromGroup{a.id, g, h}}};
  }
  if (roll < 53) {
    const std::string p = "p" + std::to_string(++a.pledges);
    return {{s, SponsorPledged{a.id, p, "爱心企业", "书包", 20}}};
  }
  if (roll < 55 && a.pledges > 0 && a.delivered < 20) {
    a.delivered += 10;  // of the first pledge's 20
    return {{s, PledgeFulfilled{a.id, "p1", 10}}};
  }
  if (roll < 57) {
    // Never below the places held, which the domain refuses; a rise fills
    // places from the waitlist.
    a.capacity = std::max<std::size_t>(a.holders.size(), 4 + Pick(3));
    Decision d{{s, CapacityChanged{a.id, "volunteers", static_cast<std::uint32_t>(a.capacity)}}};
    FillPlaces(a, d);
    return d;
  }
  if (roll < 59) {
    a.cancelled = true;
    --live_[a.unit];
    Decision d;
    ToActivityAndHolders(a, ActivityCancelled{a.id, true, "暴雨"}, d);
    return d;
  }

  if (roll < 63)
    return {
        {s,
         ActivityDetailsChanged{
             a.id, "活动" + a.id, "十堰市博物馆", {"集合", "参观"}, "", AnyOf(volunteers_), ""}}};
  if (roll < 65) {
    // A coordinator closes recruitment by hand, and opens it again.
    if (a.recruiting == Recruitment::kClosed) {
      a.recruiting = Recruitment::kOpen;
      Decision d{{s, RecruitmentOpened{a.id}}};
      Settle(a, d);
      return d;
    }
    if (roll < 64) {
      a.recruiting = Recruitment::kClosed;
      return {{s, RecruitmentClosed{a.id, false}}};
    }
    return StationDay(v);  // the 65th of an activity recruiting: a station's day
  }
  if (roll < 67 && !a.children.empty()) {
    // To a child enrolled, on the activity's stream and the child's.
    const std::string& c = AnyOf(a.children);
    const Event aid = AidDistributed{a.id, c, "国税局", "爱心书包", 1};
    return {{s, aid}, {Stream("child", c), aid}};
  }
  if (roll < 72) {
    switch (a.kind) {
      case ActivityKind::kLibraryBuild:
        switch (Pick(3)) {
          case 0: {
            // A caring family the domain takes, once, while it recruits.
            Decision d;
            if (vstate_.at(v).details.Is(VolunteerKind::kCaringFamily) &&
                a.recruiting != Recruitment::kClosed &&
                std::find(a.families.begin(), a.families.end(), v) == a.families.end() &&
                Ready(v, a.unit, d)) {
              a.families.push_back(v);
              d.push_back({s, FamilyJoined{a.id, v}});
              return d;
            }
            return {{s, BooksDonated{a.id, "图书馆", "books", 50, Chance(0.3)}}};
          }
          case 1:
            return {{s, BooksDonated{a.id, "图书馆", "books", 50, Chance(0.3)}}};
          default:
            if (a.children.empty()) return {{s, BooksDonated{a.id, "图书馆", "books", 50, false}}};
            return {{s, FriendPaired{a.id, AnyOf(a.children), "城市小伙伴"}}};
        }
      default:  // a counseling session is recorded once held (Finish)
        break;
    }
  }
  // The activity closes on its day (DueDay).
  return StationDay(v);
}

void EventGenerator::Withdraw(Activity& a, const std::string& v, bool by_coordinator,
                              const std::string& why, Decision& d) {
  Remove(a.holders, v);
  std::erase_if(a.grouped, [&](const auto& in) { return in.first == v; });  // as the domain does
  const Event out = Withdrawn{a.id, "volunteers", v, by_coordinator, why};
  d.push_back({Stream("activity", a.id), out});
  d.push_back({Stream("volunteer", v), out});
}

Decision EventGenerator::Enrol(Activity& a) {
  const std::string& c = AnyOf(children_);
  const bool in = std::find(a.children.begin(), a.children.end(), c) != a.children.end();
  if (in || a.children.size() >= kChildrenPlaces ||
      (a.kind == ActivityKind::kTrip && no_trips_.contains(c))) {
    return StationDay(AnyOf(volunteers_));
  }
  a.children.push_back(c);
  enrolled_[c].push_back(a.id);
  const Event e = ChildEnrolled{a.id, c};
  return {{Stream("activity", a.id), e}, {Stream("child", c), e}};
}

void EventGenerator::FillPlaces(Activity& a, Decision& d) {
  while (a.holders.size() < a.capacity) {
    // The first waiting whom the domain would take now (StillEligible).
    const auto first = std::find_if(a.waiting.begin(), a.waiting.end(), [&](const std::string& w) {
      return Eligible(w, a.unit).ok() && !Booked(w, a);
    });
    if (first == a.waiting.end()) break;
    const std::string next = *first;
    a.waiting.erase(first);
    a.holders.push_back(next);
    const Event up = PromotedFromWaitlist{a.id, "volunteers", next, a.starts_us, a.ends_us()};
    d.push_back({Stream("activity", a.id), up});
    d.push_back({Stream("volunteer", next), up});
  }
  Settle(a, d);
}

void EventGenerator::Settle(Activity& a, Decision& d) {
  using enum Recruitment;
  const bool full = a.holders.size() >= a.capacity;
  if (a.recruiting == kOpen && full) {
    a.recruiting = kClosedFull;
    d.push_back({Stream("activity", a.id), RecruitmentClosed{a.id, true}});
  } else if (a.recruiting == kClosedFull && !full) {
    a.recruiting = kOpen;
    d.push_back({Stream("activity", a.id), RecruitmentReopened{a.id}});
  }
}

void EventGenerator::ToActivityAndHolders(const Activity& a, const Event& e, Decision& d) {
  d.push_back({Stream("activity", a.id), e});
  for (const std::string& v : a.holders) d.push_back({Stream("volunteer", v), e});
}

}  // namespace homeward
