#include "events/personal.h"

#include <type_traits>

namespace homeward {
namespace {

void AddCard(ArchiveCard& c, PersonalFields& out) {
  for (std::string* f :
       {&c.name, &c.id_number, &c.household_registration, &c.residence, &c.health, &c.disability,
        &c.father.name, &c.father.work_city, &c.father.phone, &c.mother.name, &c.mother.work_city,
        &c.mother.phone, &c.guardian.name, &c.guardian.phone, &c.guardian.address,
        &c.support_received, &c.teacher_notes}) {
    out.fields.push_back(f);
  }
}

void AddVolunteer(VolunteerDetails& d, PersonalFields& out) {
  for (std::string* f : {&d.name, &d.id_number, &d.residence_area, &d.contact}) {
    out.fields.push_back(f);
  }
}

}  // namespace

std::string ChildSubject(std::string_view org, std::string_view child_id) {
  return std::string(org) + "/child/" + std::string(child_id);
}

std::string VolunteerSubject(std::string_view org, std::string_view volunteer_id) {
  return std::string(org) + "/volunteer/" + std::string(volunteer_id);
}

PersonalFields PersonalOf(std::string_view org, Event& event) {
  PersonalFields out;
  std::visit(
      [&](auto& e) {
        using E = std::decay_t<decltype(e)>;
        if constexpr (std::is_same_v<E, ChildRegistered> || std::is_same_v<E, CardUpdated>) {
          out.subjects = {ChildSubject(org, e.child_id)};
          AddCard(e.card, out);
        } else if constexpr (std::is_same_v<E, ContactRecorded> ||
                             std::is_same_v<E, ContactCorrected>) {
          out.subjects = {ChildSubject(org, e.child_id)};
          out.fields = {&e.summary};
        } else if constexpr (std::is_same_v<E, SurveyRecorded>) {
          out.subjects = {ChildSubject(org, e.child_id)};
          out.fields = {&e.notes};
        } else if constexpr (std::is_same_v<E, ConsentGiven>) {
          out.subjects = {ChildSubject(org, e.child_id)};
          out.fields = {&e.guardian_name};
        } else if constexpr (std::is_same_v<E, ChildTransferred>) {
          // Why a child moved says where the family went.
          out.subjects = {ChildSubject(org, e.child_id)};
          out.fields = {&e.reason};
        } else if constexpr (std::is_same_v<E, VolunteerTransferred>) {
          out.subjects = {VolunteerSubject(org, e.volunteer_id)};
          out.fields = {&e.reason};
        } else if constexpr (std::is_same_v<E, ReflectionPosted>) {
          out.subjects = {VolunteerSubject(org, e.volunteer_id)};
          out.fields = {&e.text};
        } else if constexpr (std::is_same_v<E, FriendPaired>) {
          out.subjects = {ChildSubject(org, e.child_id)};
          out.fields = {&e.friend_name};
        } else if constexpr (std::is_same_v<E, SessionRecorded>) {
          for (const std::string& child : e.children)
            out.subjects.push_back(ChildSubject(org, child));
          if (!out.subjects.empty()) out.fields = {&e.confidential_notes};
        } else if constexpr (std::is_same_v<E, VolunteerRegistered> ||
                             std::is_same_v<E, VolunteerDetailsCorrected>) {
          out.subjects = {VolunteerSubject(org, e.volunteer_id)};
          AddVolunteer(e.details, out);
        }
      },
      event);
  return out;
}

void EraseCard(ArchiveCard& card) {
  PersonalFields fields;
  AddCard(card, fields);
  for (std::string* f : fields.fields) *f = kErased;
}

void EraseVolunteerDetails(VolunteerDetails& details) {
  PersonalFields fields;
  AddVolunteer(details, fields);
  for (std::string* f : fields.fields) *f = kErased;
}

}  // namespace homeward
