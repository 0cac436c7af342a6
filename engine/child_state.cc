#include "engine/child_state.h"

#include <algorithm>

#include "engine/time_zone.h"
#include "events/id_number.h"
#include "events/personal.h"

namespace homeward {
namespace {

constexpr std::int64_t kMinute = 60'000'000;
constexpr std::int64_t kYear2000 = 946'684'800LL * 1'000'000;

void SortContacts(std::vector<Contact>& contacts) {
  std::stable_sort(contacts.begin(), contacts.end(),
                   [](const Contact& a, const Contact& b) { return a.at_us < b.at_us; });
}

struct ApplyChild {
  ChildState& s;
  std::int64_t at_us;
  void operator()(const ChildRegistered& e) {
    s.exists = true;
    s.child_id = e.child_id;
    s.unit_id = e.unit_id;
    s.card = e.card;
    s.filled_by = e.filled_by;
  }
  void operator()(const CardUpdated& e) {
    s.card = e.card;
    s.filled_by = e.filled_by;
    s.reviewed_by.clear();  // a changed card is checked and signed off again
    s.approved_by.clear();
  }
  void operator()(const CardReviewed& e) { s.reviewed_by = e.reviewed_by; }
  void operator()(const CardApproved& e) { s.approved_by = e.approved_by; }
  // The latest survey by the day it was done, whatever the order recorded
  // (a paper form entered late): its day and rating stand on the card.
  void operator()(const SurveyRecorded& e) {
    if (s.last_survey && e.surveyed_on < *s.last_survey) return;
    s.last_survey = e.surveyed_on;
    if (e.guardianship_rating != GuardianshipRating::kUnrated) {
      s.card.guardianship_rating = e.guardianship_rating;
    }
  }
  void operator()(const ConsentGiven& e) { s.consents[e.kind] = e; }
  void operator()(const ConsentWithdrawn& e) { s.consents.erase(e.kind); }
  void operator()(const ChildLeft&) { s.left = true; }
  void operator()(const ChildTransferred& e) {
    s.unit_id = e.unit_id;
    // A move of schema version 1 named no day: the (UTC) day it was recorded.
    s.moved_on = e.effective_on.known() ? e.effective_on : SplitDay(at_us / 1'000'000).day;
  }
  void operator()(const ChildDataErased&) {
    s.erased = true;
    EraseCard(s.card);
    for (Contact& c : s.contacts) c.summary = kErased;
    for (auto& [kind, consent] : s.consents) consent.guardian_name = kErased;
  }
  void operator()(const CareRoleAssigned& e) {
    if (IsKnown(e.role))
      s.roles[static_cast<std::size_t>(e.role)] = RoleHolder{e.volunteer_id, at_us};
  }
  void operator()(const CareRoleEnded& e) {
    if (IsKnown(e.role)) s.roles[static_cast<std::size_t>(e.role)].reset();
  }
  void operator()(const ChildEnrolled& e) { s.enrolled.push_back(e.activity_id); }
  void operator()(const ChildUnenrolled& e) { std::erase(s.enrolled, e.activity_id); }
  void operator()(const HelpPairFormed& e) { s.help_pairs.push_back(e.volunteer_id); }
  void operator()(const HelpPairEnded& e) { std::erase(s.help_pairs, e.volunteer_id); }
  void operator()(const ContactRecorded& e) {
    // In time order, after any made at the same moment: where a stable sort
    // of the list with it at the end would put it, found without sorting.
    const auto after =
        std::upper_bound(s.contacts.begin(), s.contacts.end(), e.at_us,
                         [](std::int64_t at_us, const Contact& c) { return at_us < c.at_us; });
    s.contacts.insert(after, Contact{e.contact_id, e.kind, e.by, e.at_us, e.minutes, e.summary, 0});
  }
  void operator()(const ContactCorrected& e) {
    for (Contact& c : s.contacts) {
      if (c.contact_id != e.contact_id) continue;
      c = Contact{e.contact_id, e.kind, e.by, e.at_us, e.minutes, e.summary, c.corrections + 1};
    }
    SortContacts(s.contacts);
  }
  template <typename Other>
  void operator()(const Other&) {}
};

Decision One(std::string_view org, std::string_view child_id, Event event) {
  return {Emit{StreamOf(org, "child", child_id), std::move(event)}};
}

Status CheckCard(const ArchiveCard& card, Date today) {
  if (card.name.empty()) return Invalid("the card needs the child's name");
  if (Status s = SingleLines({{card.name, "the child's name"},
                              {card.id_number, "the ID number"},
                              {card.school, "the school"},
                              {card.class_name, "the class"},
                              {card.ethnicity, "the ethnicity"},
                              {card.household_registration, "the household registration"},
                              {card.residence, "the residence"},
                              {card.schooling_status, "the schooling status"},
                              {card.father.name, "the father's name"},
                              {card.father.work_city, "the father's work city"},
                              {card.father.phone, "the father's phone"},
                              {card.mother.name, "the mother's name"},
                              {card.mother.work_city, "the mother's work city"},
                              {card.mother.phone, "the mother's phone"},
                              {card.guardian.name, "the guardian's name"},
                              {card.guardian.relation, "the guardian's relation"},
                              {card.guardian.phone, "the guardian's phone"}});
      !s.ok()) {
    return s;
  }
  if (!card.date_of_birth.known() || card.date_of_birth >= today) {
    return Invalid("the card needs the child's date of birth, in the past");
  }
  if (Status s = CheckIdNumber(card.id_number, card.date_of_birth); !s.ok()) return s;
  if (!IsKnown(card.sex) || !IsKnown(card.guardianship_rating)) {
    return Invalid("the card holds a value outside the known lists");
  }
  return Status::Ok();
}

Status CheckContact(std::string_view contact_id, ContactKind kind, std::string_view by,
                    std::int64_t at_us, std::uint32_t minutes, Now now) {
  if (contact_id.empty() || by.empty()) return Invalid("a contact needs an id and who made it");
  if (!IsKnown(kind)) return Invalid("the contact kind is not one of the known values");
  if (at_us > now.utc_us + 5 * kMinute) return Invalid("a contact cannot be in the future");
  if (at_us < kYear2000) return Invalid("a contact needs the time it happened");
  if (minutes > 24 * 60) return Invalid("a contact cannot last more than a day");
  return Status::Ok();
}

}  // namespace

void Apply(ChildState& state, const Event& event, std::int64_t at_us) {
  std::visit(ApplyChild{state, at_us}, event);
}

Status RequireChild(const ChildState& child, std::string_view child_id) {
  if (!child.exists) return Missing("child '" + std::string(child_id) + "' does not exist");
  if (child.erased) {
    return Refuse(reason::kInactive,
                  "the personal data of child '" + std::string(child_id) + "' was erased");
  }
  if (child.left)
    return Refuse(reason::kInactive, ChildLabel(child.child_id) + " has left the programme");
  return Status::Ok();
}

Result<Decision> Decide(std::string_view org, const ChildState& child, const UnitState& unit,
                        Now now, const RegisterChild& c) {
  if (c.child_id.empty()) return Invalid("a child needs an id");
  if (child.exists) {
    return Refuse(reason::kAlreadyExists, "child '" + c.child_id + "' already exists");
  }
  if (Status s = RequireOpenUnit(unit, c.unit_id); !s.ok()) return s;
  if (Status s = CheckCard(c.card, now.today); !s.ok()) return s;
  if (c.filled_by.empty()) return Invalid("the card needs the name of who filled it in (填表人)");
  if (Status s = SingleLine(c.filled_by, "who filled in the card"); !s.ok()) return s;
  return One(org, c.child_id, ChildRegistered{c.child_id, c.unit_id, c.card, c.filled_by});
}

Result<Decision> Decide(std::string_view org, const ChildState& child, Now now,
                        const UpdateCard& c) {
  if (Status s = RequireChild(child, c.child_id); !s.ok()) return s;
  if (Status s = CheckCard(c.card, now.today); !s.ok()) return s;
  if (c.filled_by.empty()) return Invalid("the card needs the name of who filled it in (填表人)");
  if (Status s = SingleLine(c.filled_by, "who filled in the card"); !s.ok()) return s;
  return One(org, c.child_id, CardUpdated{c.child_id, c.card, c.filled_by, c.reason});
}

Result<Decision> Decide(std::string_view org, const ChildState& child, const ReviewCard& c) {
  if (Status s = RequireChild(child, c.child_id); !s.ok()) return s;
  if (c.reviewed_by.empty()) return Invalid("name who reviewed the card (复核人)");
  if (Status s = SingleLine(c.reviewed_by, "who reviewed the card"); !s.ok()) return s;
  if (!child.reviewed_by.empty()) {
    return Refuse(reason::kAlreadyExists, "the card was already reviewed by " + child.reviewed_by +
                                              "; an update starts the sign-off over");
  }
  if (c.reviewed_by == child.filled_by) {
    return Refuse(reason::kSamePerson,
                  c.reviewed_by + " filled in this card and cannot also review it");
  }
  return One(org, c.child_id, CardReviewed{c.child_id, c.reviewed_by});
}

Result<Decision> Decide(std::string_view org, const ChildState& child, const ApproveCard& c) {
  if (Status s = RequireChild(child, c.child_id); !s.ok()) return s;
  if (c.approved_by.empty()) return Invalid("name who approved the card (负责人)");
  if (Status s = SingleLine(c.approved_by, "who approved the card"); !s.ok()) return s;
  if (child.reviewed_by.empty()) {
    return Refuse(reason::kNotReviewed, "the card must be reviewed before it is approved");
  }
  if (!child.approved_by.empty()) {
    return Refuse(reason::kAlreadyExists, "the card was already approved by " + child.approved_by +
                                              "; an update starts the sign-off over");
  }
  if (c.approved_by == child.filled_by || c.approved_by == child.reviewed_by) {
    return Refuse(reason::kSamePerson, c.approved_by +
                                           " already filled in or reviewed this card and "
                                           "cannot also approve it");
  }
  return One(org, c.child_id, CardApproved{c.child_id, c.approved_by});
}

Result<Decision> Decide(std::string_view org, const ChildState& child, Now now,
                        const RecordSurvey& c) {
  if (Status s = RequireChild(child, c.child_id); !s.ok()) return s;
  if (c.surveyed_by.empty()) return Invalid("name who did the survey");
  if (c.surveyed_on > now.today) return Invalid("a survey cannot be dated in the future");
  if (!IsKnown(c.guardianship_rating)) return Invalid("unknown guardianship rating");
  return One(
      org, c.child_id,
      SurveyRecorded{c.child_id, c.surveyed_on, c.surveyed_by, c.guardianship_rating, c.notes});
}

Result<Decision> Decide(std::string_view org, const ChildState& child, Now now,
                        const GiveConsent& c) {
  if (Status s = RequireChild(child, c.child_id); !s.ok()) return s;
  if (!IsKnown(c.kind)) return Invalid("unknown consent kind");
  if (c.guardian_name.empty() || c.purpose.empty()) {
    return Invalid("a consent names the guardian and its purpose");
  }
  if (Status s = SingleLine(c.guardian_name, "the guardian's name"); !s.ok()) return s;
  if (c.kind == ConsentKind::kDataProcessing && c.retention.empty()) {
    return Invalid("a consent to data processing says how long the data is kept");
  }
  if (c.given_on > now.today) return Invalid("a consent cannot be dated in the future");
  return One(org, c.child_id,
             ConsentGiven{c.child_id, c.kind, c.guardian_name, c.purpose, c.retention, c.given_on});
}

Result<Decision> Decide(std::string_view org, const ChildState& child, Now now,
                        const RecordContact& c) {
  if (Status s = RequireChild(child, c.child_id); !s.ok()) return s;
  if (Status s = CheckContact(c.contact_id, c.kind, c.by, c.at_us, c.minutes, now); !s.ok()) {
    return s;
  }
  for (const Contact& existing : child.contacts) {
    if (existing.contact_id == c.contact_id) {
      return Refuse(reason::kAlreadyExists, "contact '" + c.contact_id + "' is already recorded");
    }
  }
  return One(
      org, c.child_id,
      ContactRecorded{c.child_id, c.contact_id, c.kind, c.by, c.at_us, c.minutes, c.summary});
}

Result<Decision> Decide(std::string_view org, const ChildState& child, Now now,
                        const CorrectContact& c) {
  if (!child.exists) return Missing("child '" + c.child_id + "' does not exist");
  if (Status s = CheckContact(c.contact_id, c.kind, c.by, c.at_us, c.minutes, now); !s.ok()) {
    return s;
  }
  if (c.reason.empty()) return Invalid("a correction needs a reason");
  const bool known = std::any_of(child.contacts.begin(), child.contacts.end(),
                                 [&](const Contact& x) { return x.contact_id == c.contact_id; });
  if (!known) return Missing("contact '" + c.contact_id + "' is not on this card");
  return One(org, c.child_id,
             ContactCorrected{c.child_id, c.contact_id, c.kind, c.by, c.at_us, c.minutes, c.summary,
                              c.reason});
}

}  // namespace homeward
