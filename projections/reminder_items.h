#pragma once
// The reminders of one organization as they stand at one moment, built from
// the facts of reminder_facts.cc in each unit's time zone: the builder the
// reminders query uses, its people-side items in reminder_people_items.cc
// and its activity-side ones in reminder_activity_items.cc.

#include <algorithm>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "engine/time_zone.h"
#include "events/unit_events.h"
#include "projections/json_support.h"
#include "projections/reminders.h"
#include "projections/view_support.h"

namespace homeward::reminder_items {

constexpr int kLeadDays = 7;          // a dated reminder is "due" this many days ahead
constexpr int kVettingLeadDays = 30;  // the yearly check is renewed ahead of time
constexpr int kVisitMonths = 12;      // monthly school visits after a trip (后期走访)
constexpr int kRestockMonths = 3;
constexpr int kSurveyMonths = 6;
constexpr int kHoursWorkingDays = 10;
constexpr std::int64_t kDayUs = 86'400'000'000;

// One reminder as it stands: what it is, for whom, when it opens and falls
// due (local days of its unit), what started it and what answered it.
struct Item {
  std::string id;
  std::string_view kind;
  std::string subject;
  std::string for_person;
  std::string unit_id;
  Date due;
  std::int64_t opens_us = 0;  // from then on it is due
  std::int64_t due_us = 0;    // past this it is overdue
  std::uint64_t source = 0;
  std::uint64_t done = 0;
};

// The last gap over `moments` from position `from` on: when it opened
// (position 0: never) and the position that closed it (0 while it is open).
// `gap_at(position)` says whether there is a gap as of that position.
struct Gap {
  Mark opened;
  std::uint64_t closed = 0;
};
template <typename GapAt>
Gap LastGap(std::vector<Mark> moments, std::uint64_t from, GapAt gap_at) {
  std::erase_if(moments, [&](const Mark& m) { return m.position < from; });
  std::sort(moments.begin(), moments.end(),
            [](const Mark& x, const Mark& y) { return x.position < y.position; });
  Gap last;
  for (const Mark& m : moments) {
    const bool gap = gap_at(m.position);
    if (gap && (last.opened.position == 0 || last.closed != 0)) last = Gap{m, 0};
    if (!gap && last.opened.position != 0 && last.closed == 0) last.closed = m.position;
  }
  return last;
}

// One period of a series that starts again at each answer (half-yearly
// surveys, restocks): due on `due`, started by the event at `source`,
// answered by the one at `done` (0: still open).
struct Period {
  Date due;
  std::uint64_t source = 0;
  std::uint64_t done = 0;
};

// The periods of such a series from local day `from` (started by the event
// at `source`), each due `months` after the day the one before it was
// answered. `answers` are (local day, position) in the order they were done;
// one on or before the day the current period started answers nothing new:
// the period keeps its day, and that answer becomes the event that started
// it. The last period is left open when `open_last`.
inline std::vector<Period> Periods(Date from, std::uint64_t source,
                                   const std::vector<std::pair<Date, std::uint64_t>>& answers,
                                   int months, bool open_last) {
  std::vector<Period> out;
  for (const auto& [day, position] : answers) {
    if (day > from) {
      out.push_back(Period{AddMonths(from, months), source, position});
      from = day;
    }
    source = position;
  }
  if (open_last) out.push_back(Period{AddMonths(from, months), source, 0});
  return out;
}

// Builds every reminder of an organization at one moment.
class Builder {
 public:
  // Reads `s` (which must outlive the builder) for `org` at `now_us`; with a
  // `person`, it may leave out reminders for anyone else (the work of
  // building them is skipped where it is dear), so the caller still filters.
  Builder(const RemindersState& s, std::string_view org, std::int64_t now_us,
          std::string_view person = {})
      : s_(s), org_(org), now_us_(now_us), person_(person) {}

  // Every reminder, in no particular order.
  std::vector<Item> Build() {
    Units();
    Children();
    CareWaivers();
    Volunteers();
    Activities();
    FollowUps();
    return std::move(items_);
  }

 private:
  std::string_view Zone(const std::string& unit_id) const {
    auto it = s_.units.find(OrgKey(org_, unit_id));
    return it == s_.units.end() || it->second.time_zone.empty() ? kDefaultTimeZone
                                                                : it->second.time_zone;
  }
  // Whether reminders for `who` are asked for.
  bool Wanted(std::string_view who) const { return person_.empty() || who == person_; }
  Date Day(std::int64_t us, const std::string& unit_id) const { return DayIn(us, Zone(unit_id)); }
  std::int64_t DayStart(Date day, const std::string& unit_id) const {
    Result<std::int64_t> at = LocalDayStart(day, Zone(unit_id));
    return at.ok() ? *at : std::int64_t{day.days} * kDayUs;
  }

  // A reminder due by the end of local day `due`, due from `lead` days before.
  void Dated(std::string id, std::string_view kind, std::string subject, std::string for_person,
             const std::string& unit_id, Date due, std::uint64_t source, std::uint64_t done,
             int lead = kLeadDays) {
    if (!Wanted(for_person)) return;
    Item item{std::move(id), kind, std::move(subject), std::move(for_person), unit_id, due, 0, 0,
              source,        done};
    item.opens_us = DayStart(Date{due.days - lead}, unit_id);
    item.due_us = DayStart(Date{due.days + 1}, unit_id);
    items_.push_back(std::move(item));
  }

  // Each member unit's monthly report, due by the 30th (February: its last
  // day), for each month it was a member unit when the report fell due.
  void Units();

  // A child's erasure to confirm, half-yearly surveys, and a contact each
  // month by each "3+1" role holder and each help pair's volunteer.
  void Children();

  // A contact in each month `h` is held for child `c`, made by its volunteer
  // since it began; reminder ids are `prefix`/volunteer/month, each made
  // once: `made` holds the ids the child's earlier holdings made.
  void MonthlyContacts(const std::string& child, const ReminderChild& c, const Holding& h,
                       const std::string& prefix, std::set<std::string>& made);

  // Each "3+1" role holder and help pair's volunteer who lacks the waiver
  // their care needs now: the current one of the child's unit, or of the
  // volunteer's own where the child's has published none. A gap opens when
  // a transfer (of the child or the volunteer) or a new version leaves one
  // behind; it is done when they accept it.
  void CareWaivers();

  // As CareWaivers, for one holding `h` of child `c`, judged at each moment
  // by the units the child and the volunteer were with then; ids
  // `prefix`/volunteer.
  void CareWaiver(const ReminderChild& c, const Holding& h, const std::string& child,
                  const std::string& prefix, std::set<std::string>& made);

  // The yearly criminal-record check, renewed before it expires.
  void Volunteers();

  // Whether the volunteer lacks, as of `position`, what the place needs: a
  // check valid on the activity's day (in a slot that needs vetting) and the
  // current waiver (in every slot) of the activity's unit, or of their own
  // unit where the activity's has published none.
  // `start` is the activity's local day.
  bool ReadinessGap(const ReminderActivity& a, Date start, const ReminderVolunteer& v,
                    bool vetting_needed, std::uint64_t position) const;

  // Whether the volunteer lacks, as of `position`, the waiver that work of
  // `organizer` needs (the engine's WaiverUnit): the organizer's current
  // one, or that of the unit they were with then where the organizer has
  // published none, or, where neither has, any waiver at all.
  bool WaiverGap(const std::string& organizer, const ReminderVolunteer& v,
                 std::uint64_t position) const;

  // The positions at which the version of `unit_id`'s waiver in force
  // changed (the only publications that can open or close a gap), added to
  // `moments`.
  void Publications(const std::string& unit_id, std::vector<Mark>& moments) const;

  // The version of `unit_id`'s waiver in force at `position`, or "" (a view
  // into the state).
  std::string_view CurrentWaiver(const std::string& unit_id, std::uint64_t position) const;

  // The moments readiness may have changed for a holder: the sign-up and
  // every later vetting, waiver acceptance or waiver publication.
  void Readiness(const std::string& activity, const ReminderActivity& a,
                 const std::string& volunteer_id, const ReminderHolder& h);

  // For each activity still to come, the notice before, each holder's
  // readiness and each group left short of adults; after it, hours to confirm, school visits and
  // restocks.
  void Activities();

  // A school visit each month for 12 months after a trip: answered by a
  // school or follow-up visit to any child who went.
  void SchoolVisits(const std::string& activity, const ReminderActivity& a,
                    const std::string& coordinator, Date completed);

  // A restock three months after a library build, and after each restock.
  void Restocks(const std::string& activity, const ReminderActivity& a,
                const std::string& coordinator, Date completed);

  // Each counseling follow-up a counselor asked for.
  void FollowUps();

  const RemindersState& s_;
  std::string_view org_;
  std::int64_t now_us_;
  std::string_view person_;
  std::vector<Item> items_;
};

}  // namespace homeward::reminder_items
