#include "engine/care_rules.h"

#include <algorithm>

namespace homeward {
namespace {

// Emits `event` to the child's and the volunteer's streams.
void Both(std::string_view org, std::string_view child_id, std::string_view volunteer_id,
          const Event& event, Decision& out) {
  out.push_back({ChildStream(org, child_id), event});
  out.push_back({VolunteerStream(org, volunteer_id), event});
}

// Ends everything the child holds with anyone.
void EndChildCare(std::string_view org, const ChildState& child, const std::string& why,
                  Decision& out) {
  for (std::size_t i = 0; i < child.roles.size(); ++i) {
    if (!child.roles[i]) continue;
    const std::string& volunteer = child.roles[i]->volunteer_id;
    Both(org, child.child_id, volunteer,
         CareRoleEnded{child.child_id, static_cast<CareRole>(i), volunteer, why}, out);
  }
  for (const std::string& volunteer : child.help_pairs) {
    Both(org, child.child_id, volunteer, HelpPairEnded{child.child_id, volunteer, why}, out);
  }
}

// Ends everything the volunteer holds with any child.
void EndVolunteerCare(std::string_view org, const VolunteerState& v, const std::string& why,
                      Decision& out) {
  for (const HeldRole& held : v.roles) {
    Both(org, held.child_id, v.volunteer_id,
         CareRoleEnded{held.child_id, held.role, v.volunteer_id, why}, out);
  }
  for (const std::string& child : v.paired_children) {
    Both(org, child, v.volunteer_id, HelpPairEnded{child, v.volunteer_id, why}, out);
  }
}

// What assigning a role and forming a pair both require.
Status CheckCareCanStart(const ChildState& child, std::string_view child_id,
                         const UnitState& child_unit, const VolunteerState& volunteer,
                         const UnitState& volunteer_unit, Date today) {
  if (Status s = RequireChild(child, child_id); !s.ok()) return s;
  if (Status s = RequireOpenUnit(child_unit, child.unit_id); !s.ok()) return s;
  if (Status s = CheckEligible(volunteer, child_unit, volunteer_unit, today); !s.ok()) return s;
  if (!child.HasConsent(ConsentKind::kDataProcessing)) {
    return Refuse(reason::kConsentMissing,
                  ChildLabel(child.child_id) +
                      "'s guardian has not consented to the processing of the "
                      "child's data, which care by a volunteer needs");
  }
  return Status::Ok();
}

}  // namespace

Result<Decision> Decide(std::string_view org, const ChildState& child, const UnitState& child_unit,
                        const VolunteerState& v, const UnitState& volunteer_unit, Now now,
                        const AssignCareRole& c) {
  if (!IsKnown(c.role)) return Invalid("unknown care role");
  if (Status s = CheckCareCanStart(child, c.child_id, child_unit, v, volunteer_unit, now.today);
      !s.ok()) {
    return s;
  }
  const std::string role(ChineseNameOf(c.role));
  if (const auto& holder = child.Holder(c.role)) {
    return Refuse(reason::kRoleTaken, ChildLabel(child.child_id) + " already has a " + role + " (" +
                                          holder->volunteer_id + ")");
  }
  for (std::size_t i = 0; i < child.roles.size(); ++i) {
    if (child.roles[i] && child.roles[i]->volunteer_id == c.volunteer_id) {
      return Refuse(reason::kRoleTaken, VolunteerLabel(v.volunteer_id) + " is already " +
                                            std::string(ChineseNameOf(static_cast<CareRole>(i))) +
                                            " to " + ChildLabel(child.child_id) +
                                            ": the three roles are held by three people");
    }
  }
  const int age = AgeOn(v.details.date_of_birth, now.today);
  if (age < 18 && c.role != CareRole::kHappyCompanion) {
    return Refuse(reason::kUnderageRole, VolunteerLabel(v.volunteer_id) + " is " +
                                             std::to_string(age) +
                                             ": volunteers under 18 can only be a 快乐伙伴");
  }
  if (v.CountRole(c.role) >= child_unit.role_limit) {
    return Refuse(reason::kRoleLimit, VolunteerLabel(v.volunteer_id) + " is already " + role +
                                          " to " + std::to_string(v.CountRole(c.role)) +
                                          " children, the limit of " + child_unit.name);
  }
  Decision out;
  Both(org, c.child_id, c.volunteer_id, CareRoleAssigned{c.child_id, c.role, c.volunteer_id}, out);
  return out;
}

Result<Decision> Decide(std::string_view org, const ChildState& child, const EndCareRole& c) {
  if (!child.exists) return Missing("child '" + c.child_id + "' does not exist");
  if (!IsKnown(c.role)) return Invalid("unknown care role");
  if (c.reason.empty()) return Invalid("ending a role needs a reason");
  const auto& holder = child.Holder(c.role);
  if (!holder) {
    return Missing(ChildLabel(child.child_id) + " has no " + std::string(ChineseNameOf(c.role)) +
                   " to end");
  }
  Decision out;
  Both(org, c.child_id, holder->volunteer_id,
       CareRoleEnded{c.child_id, c.role, holder->volunteer_id, c.reason}, out);
  return out;
}

Result<Decision> Decide(std::string_view org, const ChildState& child, const UnitState& child_unit,
                        const VolunteerState& v, const UnitState& volunteer_unit, Now now,
                        const FormHelpPair& c) {
  if (Status s = CheckCareCanStart(child, c.child_id, child_unit, v, volunteer_unit, now.today);
      !s.ok()) {
    return s;
  }
  if (!v.details.Is(VolunteerKind::kPartyMember)) {
    return Refuse(
        reason::kNotPartyMember,
        VolunteerLabel(v.volunteer_id) + " is not a party member or cadre (结对帮扶 pairs them)");
  }
  if (std::find(child.help_pairs.begin(), child.help_pairs.end(), c.volunteer_id) !=
      child.help_pairs.end()) {
    return Refuse(
        reason::kAlreadyExists,
        VolunteerLabel(v.volunteer_id) + " is already paired with " + ChildLabel(child.child_id));
  }
  if (v.paired_children.size() >= child_unit.help_pair_limit) {
    return Refuse(reason::kRoleLimit, VolunteerLabel(v.volunteer_id) + " already helps " +
                                          std::to_string(v.paired_children.size()) +
                                          " children, the limit of " + child_unit.name);
  }
  Decision out;
  Both(org, c.child_id, c.volunteer_id, HelpPairFormed{c.child_id, c.volunteer_id}, out);
  return out;
}

Result<Decision> Decide(std::string_view org, const ChildState& child, const EndHelpPair& c) {
  if (!child.exists) return Missing("child '" + c.child_id + "' does not exist");
  if (c.reason.empty()) return Invalid("ending a help pair needs a reason");
  if (std::find(child.help_pairs.begin(), child.help_pairs.end(), c.volunteer_id) ==
      child.help_pairs.end()) {
    return Missing(c.volunteer_id + " is not paired with " + ChildLabel(child.child_id));
  }
  Decision out;
  Both(org, c.child_id, c.volunteer_id, HelpPairEnded{c.child_id, c.volunteer_id, c.reason}, out);
  return out;
}

Result<Decision> Decide(std::string_view org, const VolunteerState& v, const SuspendVolunteer& c) {
  if (!v.exists) return Missing("volunteer '" + c.volunteer_id + "' does not exist");
  if (v.left)
    return Refuse(reason::kInactive, VolunteerLabel(v.volunteer_id) + " has left the programme");
  if (v.suspended)
    return Refuse(reason::kSuspended, VolunteerLabel(v.volunteer_id) + " is already suspended");
  if (c.reason.empty()) return Invalid("a suspension needs a reason");
  Decision out{
      {VolunteerStream(org, c.volunteer_id), VolunteerSuspended{c.volunteer_id, c.reason}}};
  EndVolunteerCare(org, v, "volunteer suspended: " + c.reason, out);
  return out;
}

Result<Decision> Decide(std::string_view org, const VolunteerState& v, const VolunteerLeaves& c) {
  if (!v.exists) return Missing("volunteer '" + c.volunteer_id + "' does not exist");
  if (v.left)
    return Refuse(reason::kInactive, VolunteerLabel(v.volunteer_id) + " has already left");
  if (c.reason.empty()) return Invalid("leaving needs a reason");
  Decision out{{VolunteerStream(org, c.volunteer_id), VolunteerLeft{c.volunteer_id, c.reason}}};
  EndVolunteerCare(org, v, "volunteer left: " + c.reason, out);
  return out;
}

Result<Decision> Decide(std::string_view org, const ChildState& child, const ChildLeaves& c) {
  if (Status s = RequireChild(child, c.child_id); !s.ok()) return s;
  if (c.reason.empty()) return Invalid("leaving the programme needs a reason");
  Decision out{{ChildStream(org, c.child_id), ChildLeft{c.child_id, c.reason}}};
  EndChildCare(org, child, "child left the programme: " + c.reason, out);
  return out;
}

Result<Decision> Decide(std::string_view org, const ChildState& child, const EraseChildData& c) {
  if (!child.exists) return Missing("child '" + c.child_id + "' does not exist");
  if (child.erased) {
    return Refuse(reason::kInactive,
                  "the personal data of child '" + c.child_id + "' was already erased");
  }
  if (c.reason.empty()) return Invalid("an erasure needs a reason");
  if (child.HasConsent(ConsentKind::kDataProcessing) && !c.admin_decision) {
    return Refuse(reason::kConsentInForce,
                  "the guardian's consent to processing the data of child '" + c.child_id +
                      "' is in force: record its withdrawal first, or have an admin decide");
  }
  Decision out{{ChildStream(org, c.child_id), ChildDataErased{c.child_id, c.reason}}};
  if (!child.left) EndChildCare(org, child, "personal data erased", out);
  return out;
}

Result<Decision> Decide(std::string_view org, const VolunteerState& v,
                        const EraseVolunteerData& c) {
  if (!v.exists) return Missing("volunteer '" + c.volunteer_id + "' does not exist");
  if (v.erased) {
    return Refuse(reason::kInactive,
                  "the personal data of volunteer '" + c.volunteer_id + "' was already erased");
  }
  if (c.reason.empty()) return Invalid("an erasure needs a reason");
  Decision out{
      {VolunteerStream(org, c.volunteer_id), VolunteerDataErased{c.volunteer_id, c.reason}}};
  if (!v.left) {
    out.push_back({VolunteerStream(org, c.volunteer_id),
                   VolunteerLeft{c.volunteer_id, "personal data erased"}});
    EndVolunteerCare(org, v, "volunteer's personal data erased", out);
  }
  return out;
}

Result<Decision> Decide(std::string_view org, const ChildState& child, Now now,
                        const WithdrawConsent& c) {
  if (!child.exists) return Missing("child '" + c.child_id + "' does not exist");
  if (!IsKnown(c.kind)) return Invalid("unknown consent kind");
  if (!child.HasConsent(c.kind)) {
    return Missing(ChildLabel(child.child_id) + " has no " + std::string(NameOf(c.kind)) +
                   " consent in force to withdraw");
  }
  if (c.withdrawn_on > now.today) return Invalid("a withdrawal cannot be dated in the future");
  Decision out{{ChildStream(org, c.child_id),
                ConsentWithdrawn{c.child_id, c.kind, c.withdrawn_on, c.reason}}};
  if (c.kind == ConsentKind::kDataProcessing) {
    EndChildCare(org, child, "guardian withdrew consent: " + c.reason, out);
  }
  return out;
}

}  // namespace homeward
