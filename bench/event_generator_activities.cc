// The generated log's activities: planning, sign-ups and waitlists, the day
// itself (groups, check-in, attendance, hours), library builds, counseling,
// and their completion.

#include <algorithm>

#include "bench/event_generator.h"

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
  plan.children_capacity = 30;
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

void EventGenerator::ScheduleDay(const Activity& a) {
  const std::int64_t at = a.day_begun ? a.ends_us() + 30 * kMinuteUs : a.starts_us;
  days_.push(Milestone{at, static_cast<std::size_t>(&a - activities_.data()), a.starts_us});
}

Decision EventGenerator::DueDay() {
  while (!days_.empty() && days_.top().at_us <= now_us_) {
    const Milestone due = days_.top();
    days_.pop();
    Activity& a = activities_[due.activity];
    if (a.cancelled || a.completed || a.starts_us != due.starts_us) continue;
    if (a.day_begun) return Finish(a);
    return BeginDay(a);
  }
  return {};
}

Decision EventGenerator::BeginDay(Activity& a) {
  const std::string s = Stream("activity", a.id);
  Decision d{{s, CheckInOpened{a.id, Today(), "1234", "协调员"}}};
  for (const std::string& v : a.holders) d.push_back({s, CheckedIn{a.id, v, now_us_}});
  a.day_begun = true;
  ScheduleDay(a);
  return d;
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
      // Its holders keep their places on the new date; the waitlist, kept
      // while it was off, fills what is free.
      Decision d;
      ToActivityAndHolders(a, ActivityRescheduled{a.id, a.starts_us, a.ends_us()}, d);
      FillPlaces(a, d);
      return d;
    }
    return StationDay(AnyOf(volunteers_));
  }
  const std::string& v = AnyOf(volunteers_);
  const std::size_t roll = Pick(100);
  if (roll < 25) {
    // One already in, or recruitment closed by hand: a child is enrolled instead.
    if (std::find(a.holders.begin(), a.holders.end(), v) != a.holders.end() ||
        std::find(a.waiting.begin(), a.waiting.end(), v) != a.waiting.end() ||
        a.recruiting == Activity::Recruiting::kClosed) {
      a.children.push_back(AnyOf(children_));
      return {{s, ChildEnrolled{a.id, a.children.back()}}};
    }
    if (a.holders.size() < a.capacity) {
      a.holders.push_back(v);
      const Event e = SignedUp{a.id, "volunteers", v, a.starts_us, a.ends_us(), ""};
      Decision d{{s, e}, {Stream("volunteer", v), e}};
      // Another unit's trip needs that unit's waiver too, accepted first.
      if (accepted_.insert(v + "/" + a.unit).second) {
        d.insert(d.begin(), {Stream("volunteer", v), WaiverAccepted{v, "v1", a.unit}});
      }
      Settle(a, d);
      return d;
    }
    a.waiting.push_back(v);
    return {{s, Waitlisted{a.id, "volunteers", v}}};
  }
  if ((roll < 31 || (!a.waiting.empty() && Chance(0.2))) && !a.holders.empty()) {
    const std::string gone = a.holders.front();
    a.holders.erase(a.holders.begin());
    const Event out = Withdrawn{a.id, "volunteers", gone, false, "临时有事"};
    Decision d{{s, out}, {Stream("volunteer", gone), out}};
    FillPlaces(a, d);
    return d;
  }
  if (roll < 41) {
    a.children.push_back(AnyOf(children_));
    return {{s, ChildEnrolled{a.id, a.children.back()}}};
  }
  if (roll < 43 && !a.children.empty()) {
    const std::string c = a.children.back();
    a.children.pop_back();
    return {{s, ChildUnenrolled{a.id, c, "生病"}}};
  }
  if (roll < 47) {
    const std::string g = "g" + std::to_string(++a.groups);
    return {{s, GroupFormed{a.id, g, "第" + std::to_string(a.groups) + "组"}},
            {s, AssignedToGroup{a.id, g, v, false, true}}};
  }
  if (roll < 49 && a.groups > 0) return {{s, RemovedFromGroup{a.id, "g1", v}}};
  if (roll < 53) {
    const std::string p = "p" + std::to_string(++a.pledges);
    return {{s, SponsorPledged{a.id, p, "爱心企业", "书包", 20}}};
  }
  if (roll < 55 && a.pledges > 0) return {{s, PledgeFulfilled{a.id, "p1", 10}}};
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
    if (a.recruiting == Activity::Recruiting::kClosed) {
      a.recruiting = Activity::Recruiting::kOpen;
      Decision d{{s, RecruitmentOpened{a.id}}};
      Settle(a, d);
      return d;
    }
    if (roll < 64) {
      a.recruiting = Activity::Recruiting::kClosed;
      return {{s, RecruitmentClosed{a.id, false}}};
    }
    return StationDay(v);  // the 65th of an activity recruiting: a station's day
  }
  if (roll < 67) return {{s, AidDistributed{a.id, AnyOf(children_), "国税局", "爱心书包", 1}}};
  if (roll < 72) {
    switch (a.kind) {
      case ActivityKind::kLibraryBuild:
        switch (Pick(3)) {
          case 0:
            return {{s, FamilyJoined{a.id, v}}};
          case 1:
            return {{s, BooksDonated{a.id, "图书馆", "books", 50, Chance(0.3)}}};
          default:
            return {{s, FriendPaired{a.id, AnyOf(children_), "城市小伙伴"}}};
        }
      default:  // a counseling session is recorded once held (Finish)
        break;
    }
  }
  // The activity closes on its day (DueDay).
  return StationDay(v);
}

Decision EventGenerator::StationDay(const std::string& staff) {
  const std::string& station = AnyOf(stations_);
  last_open_[station] = Today().days;
  return {
      {Stream("station", station),
       StationOpened{station, Today(), static_cast<std::uint32_t>(60 + Pick(120)), {staff}, 12}}};
}

void EventGenerator::FillPlaces(Activity& a, Decision& d) {
  while (!a.waiting.empty() && a.holders.size() < a.capacity) {
    const std::string next = a.waiting.front();
    a.waiting.erase(a.waiting.begin());
    a.holders.push_back(next);
    const Event up = PromotedFromWaitlist{a.id, "volunteers", next, a.starts_us, a.ends_us()};
    d.push_back({Stream("activity", a.id), up});
    d.push_back({Stream("volunteer", next), up});
  }
  Settle(a, d);
}

void EventGenerator::Settle(Activity& a, Decision& d) {
  using enum Activity::Recruiting;
  const bool full = a.holders.size() >= a.capacity;
  if (a.recruiting == kOpen && full) {
    a.recruiting = kFull;
    d.push_back({Stream("activity", a.id), RecruitmentClosed{a.id, true}});
  } else if (a.recruiting == kFull && !full) {
    a.recruiting = kOpen;
    d.push_back({Stream("activity", a.id), RecruitmentReopened{a.id}});
  }
}

void EventGenerator::ToActivityAndHolders(const Activity& a, const Event& e, Decision& d) {
  d.push_back({Stream("activity", a.id), e});
  for (const std::string& v : a.holders) d.push_back({Stream("volunteer", v), e});
}

Decision EventGenerator::Finish(Activity& a) {
  const std::string s = Stream("activity", a.id);
  Decision d;
  for (const std::string& v : a.holders) {
    d.push_back({s, CheckedOut{a.id, v, a.starts_us + 6 * 60 * kMinuteUs}});
    d.push_back({s, AttendanceRecorded{a.id, v, Attendance::kPresent, "协调员"}});
    // As the domain records them: on the activity and the volunteer.
    const Event hours = HoursConfirmed{a.id, v, 360, "协调员"};
    d.push_back({s, hours});
    d.push_back({Stream("volunteer", v), hours});
  }
  if (!a.holders.empty() && Chance(0.3)) {
    d.push_back({s, HoursCorrectionRequested{a.id, a.holders.front(), 420, "路上耽误"}});
    const Event decided =
        HoursCorrectionDecided{a.id, a.holders.front(), true, 420, "协调员", "同意"};
    d.push_back({s, decided});
    d.push_back({Stream("volunteer", a.holders.front()), decided});
  }
  // A counseling session is recorded once held, with the children enrolled,
  // and now and then a follow-up asked for one of them.
  if (a.kind == ActivityKind::kCounseling && !a.holders.empty()) {
    const std::string& counselor = a.holders.front();
    d.push_back({s, SessionRecorded{a.id, counselor, SessionOutcome::kHeld, a.children.size() > 1,
                                    a.children, "保密"}});
    if (!a.children.empty() && Chance(0.5)) {
      d.push_back(
          {s, FollowUpRequested{a.id, a.children.front(), Date{Today().days + 14}, counselor}});
    }
  }
  // By the serial: the random sequence stays as it was.
  if (!a.holders.empty() && serial_ % 3 == 0) {
    d.push_back({s, ReflectionPosted{a.id, a.holders.back(), "孩子们很开心，下次还想参加"}});
  }
  d.push_back({s, ActivityCompleted{a.id}});
  a.completed = true;
  --live_[a.unit];
  return d;
}

}  // namespace homeward
