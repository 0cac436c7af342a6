#include "engine/volunteer_state.h"

#include <algorithm>

#include "events/id_number.h"
#include "events/personal.h"

namespace homeward {
namespace {

struct ApplyVolunteer {
  VolunteerState& s;
  void operator()(const VolunteerRegistered& e) {
    s.exists = true;
    s.volunteer_id = e.volunteer_id;
    s.unit_id = e.unit_id;
    s.details = e.details;
  }
  void operator()(const VolunteerDetailsCorrected& e) { s.details = e.details; }
  void operator()(const VolunteerVetted& e) {
    // A late record of an older check never shortens a newer one.
    if (!s.vetted_until || *s.vetted_until < e.valid_until) s.vetted_until = e.valid_until;
  }
  void operator()(const WaiverAccepted& e) {
    // Version 1 named no unit: the volunteer's own at the time.
    const std::string& unit = e.unit_id.empty() ? s.unit_id : e.unit_id;
    for (auto& [id, version] : s.waivers) {
      if (id == unit) {
        version = e.waiver_version;
        return;
      }
    }
    s.waivers.emplace_back(unit, e.waiver_version);
  }
  void operator()(const VolunteerSuspended&) { s.suspended = true; }
  void operator()(const VolunteerReinstated&) { s.suspended = false; }
  void operator()(const VolunteerLeft&) { s.left = true; }
  void operator()(const VolunteerTransferred& e) { s.unit_id = e.unit_id; }
  void operator()(const VolunteerDataErased&) {
    s.erased = true;
    EraseVolunteerDetails(s.details);
  }
  void operator()(const CalendarFeedIssued&) { s.calendar_feed = true; }
  void operator()(const CalendarFeedRevoked&) { s.calendar_feed = false; }
  void operator()(const CareRoleAssigned& e) { s.roles.push_back({e.child_id, e.role}); }
  void operator()(const CareRoleEnded& e) { std::erase(s.roles, HeldRole{e.child_id, e.role}); }
  void operator()(const SignedUp& e) {
    s.bookings.push_back({e.activity_id, e.slot_id, e.starts_at_us, e.ends_at_us, false});
  }
  void operator()(const PromotedFromWaitlist& e) {
    s.bookings.push_back({e.activity_id, e.slot_id, e.starts_at_us, e.ends_at_us, false});
  }
  void operator()(const Withdrawn& e) {
    std::erase_if(s.bookings, [&](const Booking& b) { return b.activity_id == e.activity_id; });
  }
  void operator()(const ActivityCancelled& e) {
    for (Booking& b : s.bookings)
      if (b.activity_id == e.activity_id) b.cancelled = true;
  }
  void operator()(const ActivityRescheduled& e) {
    for (Booking& b : s.bookings) {
      if (b.activity_id != e.activity_id) continue;
      b.starts_at_us = e.starts_at_us;
      b.ends_at_us = e.ends_at_us;
      b.cancelled = false;
    }
  }
  void operator()(const HelpPairFormed& e) { s.paired_children.push_back(e.child_id); }
  void operator()(const HelpPairEnded& e) { std::erase(s.paired_children, e.child_id); }
  template <typename Other>
  void operator()(const Other&) {}
};

Decision One(std::string_view org, std::string_view volunteer_id, Event event) {
  return {Emit{StreamOf(org, "volunteer", volunteer_id), std::move(event)}};
}

Status RequireVolunteer(const VolunteerState& v, std::string_view id) {
  if (!v.exists) return Missing("volunteer '" + std::string(id) + "' does not exist");
  if (v.left)
    return Refuse(reason::kInactive, VolunteerLabel(v.volunteer_id) + " has left the programme");
  return Status::Ok();
}

}  // namespace

std::size_t VolunteerState::CountRole(CareRole role) const {
  return std::count_if(roles.begin(), roles.end(),
                       [&](const HeldRole& h) { return h.role == role; });
}

std::string_view VolunteerState::AcceptedWaiver(std::string_view unit_id) const {
  for (const auto& [id, version] : waivers)
    if (id == unit_id) return version;
  return {};
}

const Booking* VolunteerState::Overlapping(std::int64_t starts_at_us, std::int64_t ends_at_us,
                                           std::string_view except_activity) const {
  for (const Booking& b : bookings) {
    if (b.cancelled || b.activity_id == except_activity) continue;
    if (b.starts_at_us < ends_at_us && starts_at_us < b.ends_at_us) return &b;
  }
  return nullptr;
}

// The volunteers view keeps states folded by this (projections/volunteer_states.h):
// a change to the fold bumps that view's version.
void Apply(VolunteerState& state, const Event& event) { std::visit(ApplyVolunteer{state}, event); }

const UnitState& WaiverUnit(const UnitState& organizer, const UnitState& volunteer_unit) {
  return organizer.waiver_version.empty() ? volunteer_unit : organizer;
}

Status CheckEligible(const VolunteerState& v, const UnitState& organizer,
                     const UnitState& volunteer_unit, Date today) {
  if (Status s = RequireVolunteer(v, v.volunteer_id); !s.ok()) return s;
  if (v.suspended)
    return Refuse(reason::kSuspended, VolunteerLabel(v.volunteer_id) + " is suspended");
  if (!v.vetted_until) {
    return Refuse(reason::kNotVetted, VolunteerLabel(v.volunteer_id) +
                                          " has no criminal-record check on file (无犯罪记录查询)");
  }
  if (*v.vetted_until < today) {
    return Refuse(reason::kNotVetted, VolunteerLabel(v.volunteer_id) +
                                          "'s criminal-record check expired on " +
                                          FormatDate(*v.vetted_until) + "; it is renewed yearly");
  }
  const UnitState& unit = WaiverUnit(organizer, volunteer_unit);
  if (unit.waiver_version.empty()) {
    if (v.waivers.empty()) {
      return Refuse(reason::kWaiverMissing,
                    VolunteerLabel(v.volunteer_id) + " has not accepted the waiver (特别承诺)");
    }
    return Status::Ok();
  }
  // The refusal names the waiver to accept, for a page to show it.
  const Status::Details which{{"unit_id", unit.unit_id}, {"waiver_version", unit.waiver_version}};
  const std::string_view accepted = v.AcceptedWaiver(unit.unit_id);
  if (accepted.empty()) {
    return Status(Code::kConflict,
                  VolunteerLabel(v.volunteer_id) + " has not accepted the waiver (特别承诺) of '" +
                      unit.name + "'",
                  std::string(reason::kWaiverMissing), which);
  }
  if (accepted != unit.waiver_version) {
    return Status(Code::kConflict,
                  VolunteerLabel(v.volunteer_id) + " accepted version '" + std::string(accepted) +
                      "' of the waiver of '" + unit.name + "', but the current one is '" +
                      unit.waiver_version + "'",
                  std::string(reason::kWaiverMissing), which);
  }
  return Status::Ok();
}

namespace {

// OK when each of the volunteer's short fields is one line (SingleLine).
Status DetailsOnOneLine(const VolunteerDetails& d) {
  if (Status s = SingleLines({{d.name, "a volunteer's name"},
                              {d.id_number, "the ID number"},
                              {d.contact, "the contact"},
                              {d.residence_area, "the residence area"}});
      !s.ok()) {
    return s;
  }
  if (Status s = SingleLineEach(d.skills, "a skill"); !s.ok()) return s;
  return SingleLineEach(d.service_categories, "a service category");
}

}  // namespace

Status ValidateDetails(const VolunteerDetails& d, Date today) {
  if (d.name.empty()) return Invalid("a volunteer needs a name");
  if (Status s = DetailsOnOneLine(d); !s.ok()) return s;
  if (!d.date_of_birth.known() || d.date_of_birth >= today) {
    return Invalid("a volunteer needs a date of birth, in the past");
  }
  if (Status s = CheckIdNumber(d.id_number, d.date_of_birth); !s.ok()) return s;
  if (!IsKnown(d.sex)) return Invalid("sex is not one of the known values");
  for (VolunteerKind kind : d.kinds)
    if (!IsKnown(kind)) return Invalid("a volunteer kind is not one of the known values");
  if (d.Is(VolunteerKind::kCaringFamily) != (d.family_members > 0)) {
    return Invalid("a caring family (爱心家庭) gives how many members it has, and only it does");
  }
  return Status::Ok();
}

Result<Decision> Decide(std::string_view org, const VolunteerState& v, const UnitState& unit,
                        Now now, const RegisterVolunteer& c) {
  if (c.volunteer_id.empty()) return Invalid("a volunteer needs an id");
  if (v.exists) {
    return Refuse(reason::kAlreadyExists, "volunteer '" + c.volunteer_id + "' already exists");
  }
  if (Status s = RequireOpenUnit(unit, c.unit_id); !s.ok()) return s;
  if (Status s = ValidateDetails(c.details, now.today); !s.ok()) return s;
  return One(org, c.volunteer_id, VolunteerRegistered{c.volunteer_id, c.unit_id, c.details});
}

Result<Decision> Decide(std::string_view org, const VolunteerState& v, Now now,
                        const CorrectVolunteerDetails& c) {
  if (Status s = RequireVolunteer(v, c.volunteer_id); !s.ok()) return s;
  if (Status s = ValidateDetails(c.details, now.today); !s.ok()) return s;
  if (c.reason.empty()) return Invalid("a correction needs a reason");
  // A correction must not leave a role or a pair the rules would now refuse.
  if (AgeOn(c.details.date_of_birth, now.today) < 18) {
    for (const HeldRole& held : v.roles) {
      if (held.role != CareRole::kHappyCompanion) {
        return Refuse(reason::kUnderageRole,
                      "with this date of birth " + VolunteerLabel(c.volunteer_id) +
                          " is under 18 but is " + std::string(ChineseNameOf(held.role)) + " to " +
                          held.child_id + "; end that role first");
      }
    }
  }
  if (!v.paired_children.empty() && !c.details.Is(VolunteerKind::kPartyMember)) {
    return Refuse(reason::kNotPartyMember, VolunteerLabel(c.volunteer_id) +
                                               " has help pairs; end them before removing the "
                                               "party member kind");
  }
  return One(org, c.volunteer_id, VolunteerDetailsCorrected{c.volunteer_id, c.details, c.reason});
}

Result<Decision> Decide(std::string_view org, const VolunteerState& v,
                        const VolunteerDetails& recorded, const UpdateContactDetails& c) {
  // Erasure records that the volunteer left, so an erased one is refused here.
  if (Status s = RequireVolunteer(v, c.volunteer_id); !s.ok()) return s;
  VolunteerDetails details = recorded;
  if (c.contact) details.contact = *c.contact;
  if (c.residence_area) details.residence_area = *c.residence_area;
  if (c.skills) details.skills = *c.skills;
  if (Status s = DetailsOnOneLine(details); !s.ok()) return s;
  if (details.contact == recorded.contact && details.residence_area == recorded.residence_area &&
      details.skills == recorded.skills) {
    return Invalid("these are the contact details already recorded");
  }
  return One(org, c.volunteer_id,
             VolunteerDetailsCorrected{c.volunteer_id, std::move(details), "更新联系方式"});
}

Result<Decision> Decide(std::string_view org, const VolunteerState& v, Now now,
                        const VetVolunteer& c) {
  if (Status s = RequireVolunteer(v, c.volunteer_id); !s.ok()) return s;
  if (c.checked_by.empty()) return Invalid("a check needs the name of who did it");
  if (c.checked_on > now.today) return Invalid("a check cannot be dated in the future");
  if (!c.checked_on.known()) return Invalid("a check needs the day it was done");
  // The law asks for a check every year: a check counts for a year at most.
  const Date year_later{AddYears(c.checked_on, 1).days - 1};
  const Date until = c.valid_until.value_or(year_later);
  if (until < c.checked_on || year_later < until) {
    return Invalid("a check counts from the day it was done for at most a year (until " +
                   FormatDate(year_later) + ")");
  }
  return One(org, c.volunteer_id,
             VolunteerVetted{c.volunteer_id, c.checked_by, c.checked_on, until});
}

Result<Decision> Decide(std::string_view org, const VolunteerState& v, const UnitState& unit,
                        const AcceptWaiver& c) {
  if (Status s = RequireVolunteer(v, c.volunteer_id); !s.ok()) return s;
  if (c.waiver_version.empty()) return Invalid("name the waiver version accepted");
  if (Status s = RequireOpenUnit(unit, c.unit_id.empty() ? v.unit_id : c.unit_id); !s.ok())
    return s;
  if (unit.waiver_version.empty()) {
    return Missing("unit '" + unit.name + "' has published no waiver to accept");
  }
  if (c.waiver_version != unit.waiver_version) {
    // A newer one was published since it was read: the refusal names it.
    return Status(Code::kConflict,
                  "waiver version '" + c.waiver_version + "' of '" + unit.name +
                      "' is not the current one ('" + unit.waiver_version + "')",
                  std::string(reason::kWaiverMissing),
                  {{"unit_id", unit.unit_id}, {"waiver_version", unit.waiver_version}});
  }
  if (v.AcceptedWaiver(unit.unit_id) == c.waiver_version) {
    return Refuse(reason::kAlreadyExists, VolunteerLabel(v.volunteer_id) +
                                              " already accepted this version of the waiver of '" +
                                              unit.name + "'");
  }
  return One(org, c.volunteer_id, WaiverAccepted{c.volunteer_id, c.waiver_version, unit.unit_id});
}

Result<Decision> Decide(std::string_view org, const VolunteerState& v,
                        const ReinstateVolunteer& c) {
  if (Status s = RequireVolunteer(v, c.volunteer_id); !s.ok()) return s;
  if (!v.suspended)
    return Refuse(reason::kInactive, VolunteerLabel(v.volunteer_id) + " is not suspended");
  return One(org, c.volunteer_id, VolunteerReinstated{c.volunteer_id, c.reason});
}

}  // namespace homeward
