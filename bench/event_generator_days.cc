// The generated log's activities on their day: check-in opened as each
// begins, and once it ended attendance, hours, a counseling session, a
// reflection and its completion; and stations' days.

#include <algorithm>

#include "bench/event_generator.h"

namespace homeward {

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
  Decision d{{s, CheckInOpened{a.id, LocalToday(a.unit), "1234", "协调员"}}};
  for (const std::string& v : a.holders) d.push_back({s, CheckedIn{a.id, v, now_us_}});
  a.day_begun = true;
  ScheduleDay(a);
  return d;
}

Decision EventGenerator::StationDay(const std::string& staff) {
  const std::string& station = AnyOf(stations_);
  last_open_[station] = Today().days;
  return {
      {Stream("station", station),
       StationOpened{station, Today(), static_cast<std::uint32_t>(60 + Pick(120)), {staff}, 12}}};
}

Decision EventGenerator::Finish(Activity& a) {
  const std::string s = Stream("activity", a.id);
  Decision d;
  for (const std::string& v : a.holders) {
    d.push_back({s, CheckedOut{a.id, v, now_us_}});
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
  // by a holder registered as a counselor whose check is valid today; now and
  // then a follow-up is asked for one of them.
  const auto counsels = [&](const std::string& h) {
    const VolunteerState& c = vstate_.at(h);
    return c.details.Is(VolunteerKind::kCounselor) && !c.suspended && !c.left && c.vetted_until &&
           *c.vetted_until >= LocalToday(a.unit);
  };
  const auto by = std::find_if(a.holders.begin(), a.holders.end(), counsels);
  if (a.kind == ActivityKind::kCounseling && by != a.holders.end()) {
    const std::string& counselor = *by;
    d.push_back({s, SessionRecorded{a.id, counselor, SessionOutcome::kHeld, a.children.size() > 1,
                                    a.children, "保密"}});
    if (!a.children.empty() && Chance(0.5)) {
      d.push_back(
          {s, FollowUpRequested{a.id, a.children.front(), Date{Today().days + 14}, counselor}});
    }
  }
  // By the serial: the random sequence stays as it was.
  if (!a.holders.empty() && serial_ % 3 == 0 && !vstate_.at(a.holders.back()).left) {
    d.push_back({s, ReflectionPosted{a.id, a.holders.back(), "孩子们很开心，下次还想参加"}});
  }
  d.push_back({s, ActivityCompleted{a.id}});
  a.completed = true;
  --live_[a.unit];
  return d;
}

}  // namespace homeward
