// The reminders query: turns the facts of reminder_facts.cc into reminders
// as they stand at one moment, in each unit's time zone.

#include "projections/reminders.h"

#include <algorithm>
#include <boost/json/object.hpp>

#include "engine/time_zone.h"
#include "events/unit_events.h"
#include "projections/json_support.h"
#include "projections/monthly_report.h"
#include "projections/view_support.h"

namespace homeward {
namespace {

namespace json = boost::json;

constexpr int kLeadDays = 7;          // a dated reminder is "due" this many days ahead
constexpr int kVettingLeadDays = 30;  // the yearly check is renewed ahead of time
constexpr int kVisitMonths = 12;      // monthly school visits after a trip (后期走访)
constexpr int kRestockMonths = 3;
constexpr int kSurveyMonths = 6;
constexpr int kHoursWorkingDays = 10;
constexpr std::int64_t kDayUs = 86'400'000'000;

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

class Builder {
 public:
  Builder(const RemindersState& s, std::string_view org, std::int64_t now_us)
      : s_(s), org_(org), now_us_(now_us) {}

  std::vector<Item> Build() {
    Units();
    Children();
    Volunteers();
    Activities();
    FollowUps();
    return std::move(items_);
  }

 private:
  std::string Zone(const std::string& unit_id) const {
    auto it = s_.units.find(OrgKey(org_, unit_id));
    return it == s_.units.end() || it->second.time_zone.empty() ? std::string(kDefaultTimeZone)
                                                                : it->second.time_zone;
  }
  Date Day(std::int64_t us, const std::string& unit_id) const { return DayIn(us, Zone(unit_id)); }
  std::int64_t DayStart(Date day, const std::string& unit_id) const {
    Result<std::int64_t> at = LocalDayStart(day, Zone(unit_id));
    return at.ok() ? *at : std::int64_t{day.days} * kDayUs;
  }

  // A reminder due by the end of local day `due`, due from `lead` days before.
  void Dated(std::string id, std::string_view kind, std::string subject, std::string for_person,
             const std::string& unit_id, Date due, std::uint64_t source, std::uint64_t done,
             int lead = kLeadDays) {
    Item item{std::move(id), kind, std::move(subject), std::move(for_person), unit_id, due, 0, 0,
              source,        done};
    item.opens_us = DayStart(Date{due.days - lead}, unit_id);
    item.due_us = DayStart(Date{due.days + 1}, unit_id);
    items_.push_back(std::move(item));
  }

  // Each member unit's monthly report, due by the 30th (February: its last day).
  void Units() {
    ForOrg(s_.units, org_, [&](std::string_view id, const ReminderUnit& u) {
      if (u.parent_id.empty() || u.closed) return;
      const std::string unit(id);
      const YearMonth first = MonthOf(Day(u.created.at_us, unit));
      const YearMonth last = MonthOf(Day(now_us_, unit));
      for (YearMonth m = first; m <= last; m = AddMonths(m, 1)) {
        const std::string month = FormatMonth(m);
        const Date due = MonthlyReportDue(m);
        auto report = u.reports.find(month);
        Dated("monthly_report/" + unit + "/" + month, "monthly_report", month, unit, unit, due,
              u.created.position, report == u.reports.end() ? 0 : report->second.position);
      }
    });
  }

  void Children() {
    ForOrg(s_.children, org_, [&](std::string_view id, const ReminderChild& c) {
      const std::string child(id);
      // Consent to processing withdrawn: the unit confirms the erasure at once.
      if (c.consent_withdrawn.position != 0) {
        Dated("erasure/" + child, "erasure", child, c.unit_id, c.unit_id,
              Day(c.consent_withdrawn.at_us, c.unit_id), c.consent_withdrawn.position, c.erased, 0);
      }
      // Half-yearly surveys: each due six months after the last (or the registration).
      Date from = Day(c.registered.at_us, c.unit_id);
      std::uint64_t source = c.registered.position;
      for (std::size_t i = 0; i <= c.surveys.size(); ++i) {
        const bool answered = i < c.surveys.size();
        if (!answered && c.left) break;
        const Date due = AddMonths(from, kSurveyMonths);
        Dated("survey/" + child + "/" + FormatDate(due), "survey", child, c.unit_id, c.unit_id, due,
              source, answered ? c.surveys[i].second.position : 0);
        if (answered) {
          from = c.surveys[i].first.known() ? c.surveys[i].first
                                            : Day(c.surveys[i].second.at_us, c.unit_id);
          source = c.surveys[i].second.position;
        }
      }
      // A contact each month by each "3+1" role holder.
      const YearMonth now_month = MonthOf(Day(now_us_, c.unit_id));
      for (const Holding& h : c.holdings) {
        YearMonth m = MonthOf(Day(h.from.at_us, c.unit_id));
        YearMonth end = now_month;
        if (h.to_us != 0) end = std::min(end, MonthOf(Day(h.to_us - 1, c.unit_id)));
        if (c.left && h.to_us == 0) continue;
        for (; m <= end; m = AddMonths(m, 1)) {
          std::uint64_t done = 0;
          for (const auto& [contact_id, contact] : c.contacts) {
            if (contact.by != h.volunteer_id || contact.at_us < h.from.at_us) continue;
            if (MonthOf(Day(contact.at_us, c.unit_id)) != m) continue;
            if (done == 0 || contact.position < done) done = contact.position;
          }
          Dated("contact/" + child + "/" + std::string(NameOf(h.role)) + "/" + h.volunteer_id +
                    "/" + FormatMonth(m),
                "monthly_contact", child, h.volunteer_id, c.unit_id, LastDay(m), h.from.position,
                done);
        }
      }
    });
  }

  // The yearly criminal-record check, renewed before it expires.
  void Volunteers() {
    ForOrg(s_.volunteers, org_, [&](std::string_view id, const ReminderVolunteer& v) {
      const std::string volunteer(id);
      for (std::size_t i = 0; i < v.vettings.size(); ++i) {
        const bool renewed = i + 1 < v.vettings.size();
        if (!renewed && v.left) break;
        const Date until = v.vettings[i].first;
        if (!until.known()) continue;
        Dated("vetting/" + volunteer + "/" + FormatDate(until), "vetting", volunteer, volunteer,
              v.unit_id, until, v.vettings[i].second.position,
              renewed ? v.vettings[i + 1].second.position : 0, kVettingLeadDays);
      }
    });
  }

  // Whether a holder of a place in `a` lacked a valid check or the current
  // waiver as the log stood at `position`.
  // Whether the volunteer lacks, as of `position`, what the place needs: a
  // check valid on the activity's day (in a slot that needs vetting) and the
  // unit's current waiver (in every slot).
  bool ReadinessGap(const ReminderActivity& a, const ReminderVolunteer& v, bool vetting_needed,
                    std::uint64_t position) const {
    const Date start = Day(a.starts_at_us, a.unit_id);
    Date until;
    for (const auto& [valid_until, mark] : v.vettings)
      if (mark.position <= position) until = valid_until;
    if (vetting_needed && (!until.known() || until < start)) return true;
    std::string accepted, current;
    for (const auto& [version, mark] : v.waivers)
      if (mark.position <= position) accepted = version;
    if (accepted.empty()) return true;
    if (auto u = s_.units.find(OrgKey(org_, v.unit_id)); u != s_.units.end()) {
      for (const auto& [version, mark] : u->second.waivers)
        if (mark.position <= position) current = version;
    }
    return !current.empty() && accepted != current;
  }

  // The moments readiness may have changed for a holder: the sign-up and
  // every later vetting, waiver acceptance or waiver publication.
  void Readiness(const std::string& activity, const ReminderActivity& a,
                 const std::string& volunteer_id, const ReminderHolder& h) {
    auto v = s_.volunteers.find(OrgKey(org_, volunteer_id));
    if (v == s_.volunteers.end()) return;
    std::vector<std::uint64_t> moments{h.signed_up.position};
    for (const auto& [_, mark] : v->second.vettings) moments.push_back(mark.position);
    for (const auto& [_, mark] : v->second.waivers) moments.push_back(mark.position);
    if (auto u = s_.units.find(OrgKey(org_, v->second.unit_id)); u != s_.units.end())
      for (const auto& [_, mark] : u->second.waivers) moments.push_back(mark.position);
    std::sort(moments.begin(), moments.end());
    std::uint64_t opened = 0, done = 0;
    for (std::uint64_t p : moments) {
      if (p < h.signed_up.position) continue;
      const bool gap = ReadinessGap(a, v->second, h.vetted_only, p);
      if (gap && (opened == 0 || done != 0)) opened = p, done = 0;
      if (!gap && opened != 0 && done == 0) done = p;
    }
    if (opened == 0) return;
    Item item{"readiness/" + activity + "/" + volunteer_id,
              "readiness",
              volunteer_id,
              a.coordinator.empty() ? a.unit_id : a.coordinator,
              a.unit_id,
              Day(a.starts_at_us, a.unit_id),
              0,
              a.starts_at_us,
              opened,
              done};
    items_.push_back(std::move(item));
  }

  void Activities() {
    ForOrg(s_.activities, org_, [&](std::string_view id, const ReminderActivity& a) {
      const std::string activity(id);
      const std::string coordinator = a.coordinator.empty() ? a.unit_id : a.coordinator;
      if (!a.cancelled && a.completed.position == 0) {
        for (const auto& [volunteer, h] : a.holders) {
          // 24 hours before the activity, to each volunteer holding a place.
          items_.push_back(Item{"notice/" + activity + "/" + volunteer, "activity_notice", activity,
                                volunteer, a.unit_id, Day(a.starts_at_us, a.unit_id),
                                a.starts_at_us - kDayUs, a.starts_at_us, h.signed_up.position,
                                h.attended_position});
          Readiness(activity, a, volunteer, h);
        }
      }
      if (a.completed.position == 0) return;
      // What follows an activity counts from its end (or its completion, when
      // that came first), not from when the completion was recorded.
      const std::int64_t ended_us =
          a.ends_at_us > 0 ? std::min(a.ends_at_us, a.completed.at_us) : a.completed.at_us;
      const Date completed = Day(ended_us, a.unit_id);
      // Hours to confirm within 10 working days.
      for (const auto& [volunteer, h] : a.holders) {
        if (!h.attended) continue;
        Dated("hours/" + activity + "/" + volunteer, "hours_confirmation", volunteer, coordinator,
              a.unit_id, AddWorkingDays(completed, kHoursWorkingDays), a.completed.position,
              h.hours_position);
      }
      if (a.kind == ActivityKind::kTrip) SchoolVisits(activity, a, coordinator, completed);
      if (a.kind == ActivityKind::kLibraryBuild) Restocks(activity, a, coordinator, completed);
    });
  }

  // A school visit each month for 12 months after a trip: answered by a
  // school or follow-up visit to any child who went.
  void SchoolVisits(const std::string& activity, const ReminderActivity& a,
                    const std::string& coordinator, Date completed) {
    const YearMonth first = MonthOf(completed);
    for (int k = 1; k <= kVisitMonths; ++k) {
      const YearMonth m = AddMonths(first, k);
      std::uint64_t done = 0;
      for (const std::string& child_id : a.children) {
        auto c = s_.children.find(OrgKey(org_, child_id));
        if (c == s_.children.end()) continue;
        for (const auto& [_, contact] : c->second.contacts) {
          if (contact.kind != ContactKind::kSchoolVisit &&
              contact.kind != ContactKind::kFollowUpVisit)
            continue;
          if (MonthOf(Day(contact.at_us, a.unit_id)) != m) continue;
          if (done == 0 || contact.position < done) done = contact.position;
        }
      }
      Dated("school_visit/" + activity + "/" + FormatMonth(m), "school_visit", activity,
            coordinator, a.unit_id, LastDay(m), a.completed.position, done);
    }
  }

  // A restock three months after a library build, and after each restock.
  void Restocks(const std::string& activity, const ReminderActivity& a,
                const std::string& coordinator, Date completed) {
    Date from = completed;
    std::uint64_t source = a.completed.position;
    std::vector<Mark> after;
    for (const Mark& r : a.restocks)
      if (r.position > a.completed.position) after.push_back(r);
    for (std::size_t i = 0; i <= after.size(); ++i) {
      const Date due = AddMonths(from, kRestockMonths);
      const bool answered = i < after.size();
      Dated("restock/" + activity + "/" + FormatDate(due), "library_restock", activity, coordinator,
            a.unit_id, due, source, answered ? after[i].position : 0);
      if (answered) {
        from = Day(after[i].at_us, a.unit_id);
        source = after[i].position;
      }
    }
  }

  void FollowUps() {
    ForOrg(s_.follow_ups, org_, [&](std::string_view child, const std::vector<FollowUp>& list) {
      auto c = s_.children.find(OrgKey(org_, child));
      const std::string unit = c == s_.children.end() ? std::string() : c->second.unit_id;
      for (const FollowUp& f : list) {
        Dated("follow_up/" + f.activity_id + "/" + std::string(child) + "/" +
                  std::to_string(f.requested.position),
              "counseling_follow_up", std::string(child), f.counselor_id, unit, f.due,
              f.requested.position, f.done_position);
      }
    });
  }

  const RemindersState& s_;
  std::string_view org_;
  std::int64_t now_us_;
  std::vector<Item> items_;
};

std::string_view StateOf(const Item& item, std::int64_t now_us) {
  if (item.done != 0) return "done";
  if (now_us >= item.due_us) return "overdue";
  if (now_us >= item.opens_us) return "due";
  return "upcoming";
}

}  // namespace

json::value Reminders(const RemindersState& state, std::string_view org, std::int64_t now_us,
                      const ReminderFilter& filter) {
  std::vector<Item> items = Builder(state, org, now_us).Build();
  std::stable_sort(items.begin(), items.end(), [](const Item& x, const Item& y) {
    return std::tie(x.due_us, x.id) < std::tie(y.due_us, y.id);
  });
  json::array out;
  for (const Item& item : items) {
    const std::string_view status = StateOf(item, now_us);
    if (filter.due_from.known() && item.due < filter.due_from) continue;
    if (filter.due_to.known() && item.due > filter.due_to) continue;
    if (!filter.person.empty() && item.for_person != filter.person) continue;
    if (filter.overdue_only && status != "overdue") continue;
    if (!filter.include_done && status == "done") continue;
    json::object o{{"id", item.id},
                   {"kind", item.kind},
                   {"subject", item.subject},
                   {"for", item.for_person},
                   {"unit_id", item.unit_id},
                   {"due", FormatDate(item.due)},
                   {"due_at", FormatUtc(item.due_us)},
                   {"source_position", item.source},
                   {"state", status}};
    if (item.done != 0) o["done_position"] = item.done;
    out.push_back(std::move(o));
  }
  return out;
}

}  // namespace homeward
