// Reminders about people: units' monthly reports, children's surveys, erasures
// and monthly contacts, care holders' waivers, volunteers' yearly checks.

#include <algorithm>
#include <set>

#include "projections/monthly_report.h"
#include "projections/reminder_items.h"

namespace homeward::reminder_items {

// Each member unit's monthly report, due by the 30th (February: its last
// day), for each month it was a member unit when the report fell due.
void Builder::Units() {
  ForOrg(s_.units, org_, [&](std::string_view id, const ReminderUnit& u) {
    if (u.closed) return;
    const std::string unit(id);
    const std::string zone(Zone(unit));
    const YearMonth first = MonthOf(DayIn(u.membership.CreatedAt(), zone));
    const YearMonth last = MonthOf(DayIn(now_us_, zone));
    for (YearMonth m = first; m <= last; m = AddMonths(m, 1)) {
      // Owed by a member unit, since it became one.
      const Placement& placed = PlacementWhenDue(u.membership, m, zone);
      if (placed.parent_id.empty()) continue;
      const std::string month = FormatMonth(m);
      const Date due = MonthlyReportDue(m);
      auto report = u.reports.find(month);
      Dated("monthly_report/" + unit + "/" + month, "monthly_report", month, unit, unit, due,
            placed.position, report == u.reports.end() ? 0 : report->second.position);
    }
  });
}

void Builder::Children() {
  ForOrg(s_.children, org_, [&](std::string_view id, const ReminderChild& c) {
    const std::string child(id);
    // A child registered without the guardian's consent to processing their
    // data (儿童个人信息网络保护规定): the unit obtains it at once; no carer
    // can be assigned until then.
    if (!c.left || c.consented != 0) {
      Dated("consent/" + child, "consent", child, c.unit_id(), c.unit_id(),
            Day(c.registered.at_us, c.unit_id()), c.registered.position, c.consented, 0);
    }
    // Consent to processing withdrawn: the unit confirms the erasure at once.
    if (c.consent_withdrawn.position != 0) {
      Dated("erasure/" + child, "erasure", child, c.unit_id(), c.unit_id(),
            Day(c.consent_withdrawn.at_us, c.unit_id()), c.consent_withdrawn.position, c.erased, 0);
    }
    // Half-yearly surveys: each due six months after the last (or the
    // registration), in the order they were done, whatever the order they
    // were recorded in; a second survey on the same day answers nothing new.
    std::vector<std::pair<Date, std::uint64_t>> surveys;
    for (const auto& [day, mark] : c.surveys)
      surveys.emplace_back(day.known() ? day : Day(mark.at_us, c.unit_id()), mark.position);
    std::sort(surveys.begin(), surveys.end());
    for (const Period& p : Periods(Day(c.registered.at_us, c.unit_id()), c.registered.position,
                                   surveys, kSurveyMonths, !c.left)) {
      // One done is the unit's that did it; one still open, the child's unit's now.
      const std::string& unit = p.done != 0 ? UnitAt(c.units, p.done) : c.unit_id();
      Dated("survey/" + child + "/" + FormatDate(p.due), "survey", child, unit, unit, p.due,
            p.source, p.done);
    }
    // A contact each month by each "3+1" role holder and each help pair's volunteer.
    // A role given back to the same volunteer within a month owes that
    // month's contact once.
    std::set<std::string> made;
    for (const Holding& h : c.holdings)
      MonthlyContacts(child, c, h, "contact/" + child + "/" + std::string(NameOf(h.role)), made);
    for (const Holding& p : c.pairs)
      MonthlyContacts(child, c, p, "contact/" + child + "/help_pair", made);
  });
}

// A contact in each month `h` is held for child `c`, made by its volunteer
// since it began; reminder ids are `prefix`/volunteer/month.
void Builder::MonthlyContacts(const std::string& child, const ReminderChild& c, const Holding& h,
                              const std::string& prefix, std::set<std::string>& made) {
  if ((c.left && h.to_us == 0) || !Wanted(h.volunteer_id)) return;
  YearMonth m = MonthOf(Day(h.from.at_us, c.unit_id()));
  YearMonth end = MonthOf(Day(now_us_, c.unit_id()));
  if (h.to_us != 0) end = std::min(end, MonthOf(Day(h.to_us - 1, c.unit_id())));
  for (; m <= end; m = AddMonths(m, 1)) {
    std::string id = prefix + "/" + h.volunteer_id + "/" + FormatMonth(m);
    if (!made.insert(id).second) continue;  // an earlier holding's, which counts the same contacts
    std::uint64_t done = 0;
    for (const auto& [contact_id, contact] : c.contacts) {
      if (contact.by != h.volunteer_id || contact.at_us < h.from.at_us) continue;
      if (MonthOf(Day(contact.at_us, c.unit_id())) != m) continue;
      if (done == 0 || contact.position < done) done = contact.position;
    }
    // Made before a transfer, the contact counts for the unit the child was with.
    Dated(std::move(id), "monthly_contact", child, h.volunteer_id,
          done != 0 ? UnitAt(c.units, done) : c.unit_id(), LastDay(m), h.from.position, done);
  }
}

void Builder::CareWaivers() {
  ForOrg(s_.children, org_, [&](std::string_view id, const ReminderChild& c) {
    if (c.left || c.erased != 0) return;
    const std::string child(id);
    std::set<std::string> made;
    for (const Holding& h : c.holdings)
      CareWaiver(c, h, child, "care_waiver/" + child + "/" + std::string(NameOf(h.role)), made);
    for (const Holding& p : c.pairs)
      CareWaiver(c, p, child, "care_waiver/" + child + "/help_pair", made);
  });
}

void Builder::CareWaiver(const ReminderChild& c, const Holding& h, const std::string& child,
                         const std::string& prefix, std::set<std::string>& made) {
  if (h.to_us != 0) return;  // the care ended: it needs nothing more
  if (!Wanted(h.volunteer_id)) return;
  std::string id = prefix + "/" + h.volunteer_id;
  if (!made.insert(id).second) return;  // held twice at once: the first holding speaks
  auto found = s_.volunteers.find(OrgKey(org_, h.volunteer_id));
  if (found == s_.volunteers.end() || found->second.left) return;
  const ReminderVolunteer& v = found->second;
  // The care began with what it needed (the rules checked it); each
  // acceptance, publication or move since may open or close a gap.
  std::vector<Mark> moments{h.from};
  for (const WaiverMark& w : v.waivers) moments.push_back(w.recorded);
  for (const UnitMoves* moves : {&c.units, &v.units}) {
    for (const auto& [unit, mark] : *moves) {
      moments.push_back(mark);
      Publications(unit, moments);
    }
  }
  const Gap gap = LastGap(std::move(moments), h.from.position,
                          [&](std::uint64_t p) { return WaiverGap(UnitAt(c.units, p), v, p); });
  if (gap.opened.position == 0) return;
  Dated(std::move(id), "care_waiver", child, h.volunteer_id, c.unit_id(),
        Day(gap.opened.at_us, c.unit_id()), gap.opened.position, gap.closed, 0);
}

// The yearly criminal-record check, renewed before it expires.
void Builder::Volunteers() {
  ForOrg(s_.volunteers, org_, [&](std::string_view id, const ReminderVolunteer& v) {
    const std::string volunteer(id);
    if (!Wanted(volunteer)) return;
    for (std::size_t i = 0; i < v.vettings.size(); ++i) {
      const bool renewed = i + 1 < v.vettings.size();
      if (!renewed && v.left) break;
      const Date until = v.vettings[i].first;
      if (!until.known()) continue;
      // The same expiry recorded again later: that record stands for it.
      if (std::any_of(v.vettings.begin() + static_cast<std::ptrdiff_t>(i) + 1, v.vettings.end(),
                      [&](const auto& later) { return later.first == until; }))
        continue;
      // One renewed is the unit's the volunteer was with then; one still
      // open, their unit's now.
      const std::uint64_t done = renewed ? v.vettings[i + 1].second.position : 0;
      const std::string& unit = done != 0 ? UnitAt(v.units, done) : v.unit_id();
      Dated("vetting/" + volunteer + "/" + FormatDate(until), "vetting", volunteer, volunteer, unit,
            until, v.vettings[i].second.position, done, kVettingLeadDays);
    }
  });
}

}  // namespace homeward::reminder_items
