#include "engine/transfer_rules.h"

#include <algorithm>

namespace homeward {
namespace {

// Refuses a transfer said to take effect after `today`.
Status NotAfterToday(Date effective, Date today) {
  if (!effective.known() || !today.known() || effective <= today) return Status::Ok();
  return Invalid("effective_on " + FormatDate(effective) + " is after today (" + FormatDate(today) +
                 "): a transfer is recorded once it took effect");
}

}  // namespace

Result<Decision> Decide(std::string_view org, const VolunteerState& v, const UnitState& to,
                        const TransferVolunteer& c) {
  if (c.unit_id.empty()) return Invalid("a transfer names the unit to move to");
  if (!v.exists) return Missing("volunteer '" + c.volunteer_id + "' does not exist");
  if (v.left) return Refuse(reason::kInactive, VolunteerLabel(v.volunteer_id) + " has left");
  if (Status s = RequireOpenUnit(to, c.unit_id); !s.ok()) return s;
  if (v.unit_id == c.unit_id) {
    return Invalid(VolunteerLabel(v.volunteer_id) + " is already with unit '" + to.name + "'");
  }
  if (c.reason.empty()) return Invalid("a transfer needs a reason");
  return Decision{{VolunteerStream(org, c.volunteer_id),
                   VolunteerTransferred{c.volunteer_id, v.unit_id, c.unit_id, c.reason}}};
}

Result<Decision> Decide(std::string_view org, const ChildState& child, const UnitState& to, Now now,
                        const TransferChild& c) {
  if (c.unit_id.empty()) return Invalid("a transfer names the unit to move to");
  if (Status s = RequireChild(child, c.child_id); !s.ok()) return s;
  if (Status s = RequireOpenUnit(to, c.unit_id); !s.ok()) return s;
  if (child.unit_id == c.unit_id) {
    return Invalid(ChildLabel(child.child_id) + " is already with unit '" + to.name + "'");
  }
  // The new unit's staff would read the card: not once the guardian withdrew
  // consent to processing the child's data.
  if (!child.HasConsent(ConsentKind::kDataProcessing)) {
    return Refuse(reason::kConsentMissing, ChildLabel(child.child_id) +
                                               "'s guardian has not consented to the processing "
                                               "of the child's data, which a new unit needs");
  }
  if (c.reason.empty()) return Invalid("a transfer needs a reason");
  const Date effective = c.effective_on.known() ? c.effective_on : now.today;
  if (Status s = NotAfterToday(effective, now.today); !s.ok()) return s;
  if (child.moved_on.known() && effective < child.moved_on) {
    return Invalid("effective_on " + FormatDate(effective) + " is before " +
                   ChildLabel(child.child_id) + "'s last move, which took effect on " +
                   FormatDate(child.moved_on));
  }
  return Decision{{ChildStream(org, c.child_id),
                   ChildTransferred{c.child_id, child.unit_id, c.unit_id, c.reason, effective}}};
}

Result<Decision> Decide(std::string_view org, const UnitState& from, const UnitState& to,
                        const std::vector<const VolunteerState*>& volunteers,
                        const std::vector<const ChildState*>& children, Now now,
                        const TransferUnitMembers& c) {
  if (!from.exists) return Missing("unit '" + c.unit_id + "' does not exist");
  if (c.to_unit_id.empty()) return Invalid("a transfer names the unit to move to");
  if (Status s = RequireOpenUnit(to, c.to_unit_id); !s.ok()) return s;
  if (c.to_unit_id == c.unit_id) return Invalid("a unit's members are moved to another unit");
  if (Status s = NotAfterToday(c.effective_on, now.today); !s.ok()) return s;
  if (c.reason.empty()) return Invalid("a transfer needs a reason");
  Decision out;
  for (const VolunteerState* v : volunteers) {
    if (v->left) continue;
    Result<Decision> one =
        Decide(org, *v, to, TransferVolunteer{v->volunteer_id, c.to_unit_id, c.reason});
    if (!one.ok()) return one.status();
    out.insert(out.end(), one->begin(), one->end());
  }
  std::vector<std::string> refused;
  for (const ChildState* child : children) {
    if (child->left || child->erased) continue;
    // A child who came to the unit after the day named moves as of their arrival.
    Date effective = c.effective_on;
    if (effective.known() && child->moved_on.known())
      effective = std::max(effective, child->moved_on);
    Result<Decision> one = Decide(
        org, *child, to, now, TransferChild{child->child_id, c.to_unit_id, c.reason, effective});
    if (one.ok()) {
      out.insert(out.end(), one->begin(), one->end());
    } else if (one.status().reason() == reason::kConsentMissing) {
      refused.push_back(child->child_id);
    } else {
      return one.status();
    }
  }
  if (!refused.empty() && !c.skip_refused) {
    std::string ids;
    for (const std::string& id : refused) ids += (ids.empty() ? "" : ",") + id;
    return Status(Code::kConflict,
                  "the guardians of " + ids +
                      " have not consented to the processing of the children's data, which a "
                      "new unit needs (skip_refused leaves them with '" +
                      from.name + "')",
                  std::string(reason::kConsentMissing), {{"children", ids}});
  }
  if (out.empty()) {
    return Invalid("unit '" + from.name + "' has nobody to transfer" +
                   (refused.empty() ? "" : " but the children without consent"));
  }
  return out;
}

}  // namespace homeward
