#include "projections/care_board.h"

#include <algorithm>
#include <array>
#include <boost/json/object.hpp>
#include <map>

#include "events/personal.h"
#include "projections/json_support.h"
#include "projections/view_support.h"

namespace homeward {
namespace {

namespace json = boost::json;
constexpr std::int64_t kDayUs = 86'400'000'000;

void ApplyToChild(CareChild& child, const Envelope& envelope, const Event& event) {
  std::visit(Overloaded{
                 [&](const ChildRegistered& e) {
                   child.unit_id = e.unit_id;
                   child.name = e.card.name;
                 },
                 [&](const CardUpdated& e) { child.name = e.card.name; },
                 [&](const ChildTransferred& e) { child.unit_id = e.unit_id; },
                 [&](const ChildLeft&) { child.left = true; },
                 [&](const ChildDataErased&) {
                   child.name = kErased;
                   child.left = true;  // out of the programme, off the board
                 },
                 [&](const CareRoleAssigned& e) {
                   child.roles[static_cast<std::size_t>(e.role)] =
                       RoleHolder{e.volunteer_id, envelope.recorded_at_us};
                 },
                 [&](const CareRoleEnded& e) {
                   auto& holder = child.roles[static_cast<std::size_t>(e.role)];
                   if (holder && holder->volunteer_id == e.volunteer_id) holder.reset();
                 },
                 [&](const HelpPairFormed& e) {
                   child.help_pairs.push_back({e.volunteer_id, envelope.recorded_at_us});
                 },
                 [&](const HelpPairEnded& e) {
                   std::erase_if(child.help_pairs, [&](const CarePair& p) {
                     return p.volunteer_id == e.volunteer_id;
                   });
                 },
                 [&](const ContactRecorded& e) { child.contacts[e.contact_id] = e.at_us; },
                 [&](const ContactCorrected& e) { child.contacts[e.contact_id] = e.at_us; },
                 [](const auto&) {},
             },
             event);
}

std::string NameOfVolunteer(const CareBoardState& state, std::string_view org,
                            const std::string& id) {
  auto it = state.volunteers.find(OrgKey(org, id));
  return it == state.volunteers.end() ? std::string() : it->second.name;
}

// The care one volunteer gives the children of `org` still in the programme:
// how many hold them in each role, and in help pairs.
struct Load {
  std::array<std::uint32_t, 3> roles{};  // by CareRole
  std::uint32_t pairs = 0;
  std::uint32_t AllRoles() const { return roles[0] + roles[1] + roles[2]; }
};
using Loads = std::map<std::string, Load, std::less<>>;

Loads LoadsOf(const CareBoardState& state, std::string_view org) {
  Loads loads;
  ForOrg(state.children, org, [&](std::string_view, const CareChild& child) {
    if (child.left) return;
    for (std::size_t r = 0; r < child.roles.size(); ++r) {
      if (child.roles[r]) ++loads[child.roles[r]->volunteer_id].roles[r];
    }
    for (const CarePair& p : child.help_pairs) ++loads[p.volunteer_id].pairs;
  });
  return loads;
}

// Each holder of `child`'s roles and pairs who cares for more children that
// way than the child's unit allows: volunteer, role ("help_pair" for a
// pair), how many they hold and the limit.
json::array OverLimit(const CareBoardState& state, std::string_view org, const CareChild& child,
                      const Loads& loads) {
  auto unit = state.units.find(OrgKey(org, child.unit_id));
  const CareUnit limits = unit == state.units.end() ? CareUnit{} : unit->second;
  json::array over;
  const auto flag = [&](const std::string& volunteer, std::string_view role, std::uint32_t holds,
                        std::uint32_t limit) {
    if (holds <= limit) return;
    over.push_back(json::object{
        {"volunteer_id", volunteer}, {"role", role}, {"holds", holds}, {"limit", limit}});
  };
  for (std::size_t r = 0; r < child.roles.size(); ++r) {
    if (!child.roles[r]) continue;
    const std::string& volunteer = child.roles[r]->volunteer_id;
    flag(volunteer, NameOf(static_cast<CareRole>(r)), loads.find(volunteer)->second.roles[r],
         limits.role_limit);
  }
  for (const CarePair& p : child.help_pairs) {
    flag(p.volunteer_id, "help_pair", loads.find(p.volunteer_id)->second.pairs,
         limits.help_pair_limit);
  }
  return over;
}

}  // namespace

std::int64_t CareChild::LastContact() const {
  std::int64_t last = 0;
  for (const auto& [id, at] : contacts) last = std::max(last, at);
  return last;
}

void CareBoardState::Apply(const Envelope& envelope, const Event& event) {
  const StreamParts stream = SplitStream(envelope.stream_id);
  if (stream.category == "child") {
    const std::string key = OrgKey(stream.org, stream.id);
    auto it = children.find(key);
    if (it == children.end()) {
      if (!std::holds_alternative<ChildRegistered>(event)) return;
      it = children.try_emplace(key).first;
    }
    ApplyToChild(it->second, envelope, event);
  } else if (stream.category == "unit") {
    const std::string key = OrgKey(stream.org, stream.id);
    if (const auto* created = std::get_if<UnitCreated>(&event)) {
      units[key].time_zone = created->time_zone;
    } else if (const auto* e = std::get_if<UnitSettingsChanged>(&event)) {
      CareUnit& unit = units[key];
      unit.role_limit = e->role_limit;
      unit.help_pair_limit = e->help_pair_limit;
    }
  } else if (stream.category == "volunteer") {
    if (const auto* e = std::get_if<VolunteerRegistered>(&event)) {
      CareVolunteer& v = volunteers[OrgKey(stream.org, e->volunteer_id)];
      v.name = e->details.name;
      v.unit_id = e->unit_id;
      v.party_member = e->details.Is(VolunteerKind::kPartyMember);
    } else if (const auto* e = std::get_if<VolunteerDetailsCorrected>(&event)) {
      CareVolunteer& v = volunteers[OrgKey(stream.org, e->volunteer_id)];
      v.name = e->details.name;
      v.party_member = e->details.Is(VolunteerKind::kPartyMember);
    } else if (const auto* e = std::get_if<VolunteerTransferred>(&event)) {
      volunteers[OrgKey(stream.org, e->volunteer_id)].unit_id = e->unit_id;
    } else if (const auto* e = std::get_if<VolunteerVetted>(&event)) {
      volunteers[OrgKey(stream.org, e->volunteer_id)].vetted_until = e->valid_until;
    } else if (const auto* e = std::get_if<VolunteerSuspended>(&event)) {
      volunteers[OrgKey(stream.org, e->volunteer_id)].suspended = true;
    } else if (const auto* e = std::get_if<VolunteerReinstated>(&event)) {
      volunteers[OrgKey(stream.org, e->volunteer_id)].suspended = false;
    } else if (const auto* e = std::get_if<VolunteerLeft>(&event)) {
      volunteers[OrgKey(stream.org, e->volunteer_id)].left = true;
    } else if (const auto* e = std::get_if<VolunteerDataErased>(&event)) {
      volunteers[OrgKey(stream.org, e->volunteer_id)].name = kErased;
    }
  }
}

json::value CareBoard(const CareBoardState& state, std::string_view org, std::int64_t now_us,
                      int contact_days, std::string_view unit_id) {
  json::array children, missing_role, no_recent, over_limit;
  const Loads loads = LoadsOf(state, org);
  ForOrg(state.children, org, [&](std::string_view id, const CareChild& child) {
    if (child.left || (!unit_id.empty() && child.unit_id != unit_id)) return;
    json::object roles;
    json::array missing;
    for (CareRole role :
         {CareRole::kCaringMother, CareRole::kProxyParent, CareRole::kHappyCompanion}) {
      const auto& holder = child.roles[static_cast<std::size_t>(role)];
      if (!holder) {
        roles[NameOf(role)] = nullptr;
        missing.emplace_back(NameOf(role));
        continue;
      }
      roles[NameOf(role)] =
          json::object{{"volunteer_id", holder->volunteer_id},
                       {"name", NameOfVolunteer(state, org, holder->volunteer_id)},
                       {"since", FormatUtc(holder->since_us)}};
    }
    json::array pairs;
    for (const CarePair& p : child.help_pairs) {
      pairs.push_back(json::object{{"volunteer_id", p.volunteer_id},
                                   {"name", NameOfVolunteer(state, org, p.volunteer_id)},
                                   {"since", FormatUtc(p.since_us)}});
    }
    const std::int64_t last = child.LastContact();
    const bool recent = last != 0 && now_us - last <= contact_days * kDayUs;
    json::array over = OverLimit(state, org, child, loads);
    if (!missing.empty()) missing_role.emplace_back(id);
    if (!recent) no_recent.emplace_back(id);
    if (!over.empty()) over_limit.emplace_back(id);
    const auto unit = state.units.find(OrgKey(org, child.unit_id));
    const bool zoned = unit != state.units.end() && !unit->second.time_zone.empty();
    children.push_back(json::object{
        {"child_id", id},
        {"name", child.name},
        {"unit_id", child.unit_id},
        {"time_zone", zoned ? std::string_view(unit->second.time_zone) : kDefaultTimeZone},
        {"roles", std::move(roles)},
        {"help_pairs", std::move(pairs)},
        {"last_contact", FormatUtc(last)},
        {"missing", std::move(missing)},
        {"no_recent_contact", !recent},
        {"over_limit", std::move(over)}});
  });
  return json::object{{"children", std::move(children)},
                      {"missing_role", std::move(missing_role)},
                      {"no_recent_contact", std::move(no_recent)},
                      {"over_limit", std::move(over_limit)},
                      {"contact_days", contact_days}};
}

Result<json::value> CareOf(const CareBoardState& state, std::string_view org,
                           std::string_view volunteer_id) {
  auto v = state.volunteers.find(OrgKey(org, volunteer_id));
  if (v == state.volunteers.end()) {
    return NotFound("there is no volunteer '" + std::string(volunteer_id) + "'");
  }
  json::array roles, pairs;
  ForOrg(state.children, org, [&](std::string_view id, const CareChild& child) {
    if (child.left) return;
    for (std::size_t r = 0; r < child.roles.size(); ++r) {
      const auto& holder = child.roles[r];
      if (!holder || holder->volunteer_id != volunteer_id) continue;
      roles.push_back(json::object{{"child_id", id},
                                   {"name", child.name},
                                   {"role", NameOf(static_cast<CareRole>(r))},
                                   {"since", FormatUtc(holder->since_us)}});
    }
    for (const CarePair& p : child.help_pairs) {
      if (p.volunteer_id != volunteer_id) continue;
      pairs.push_back(
          json::object{{"child_id", id}, {"name", child.name}, {"since", FormatUtc(p.since_us)}});
    }
  });
  return json::value(json::object{{"volunteer_id", volunteer_id},
                                  {"name", v->second.name},
                                  {"roles", std::move(roles)},
                                  {"help_pairs", std::move(pairs)}});
}

json::value VolunteerList(const CareBoardState& state, std::string_view org, bool who_left) {
  const Loads loads = LoadsOf(state, org);
  json::array list;
  ForOrg(state.volunteers, org, [&](std::string_view id, const CareVolunteer& v) {
    if (v.left != who_left) return;
    const auto care = loads.find(id);
    const Load load = care == loads.end() ? Load{} : care->second;
    list.push_back(json::object{{"volunteer_id", id},
                                {"name", v.name},
                                {"unit_id", v.unit_id},
                                {"roles", load.AllRoles()},
                                {"help_pairs", load.pairs},
                                {"party_member", v.party_member},
                                {"suspended", v.suspended},
                                {"vetted_until", FormatDate(v.vetted_until)},
                                {"left", v.left},
                                {"erased", v.name == kErased}});
  });
  return list;
}

}  // namespace homeward
