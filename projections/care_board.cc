#include "projections/care_board.h"

#include <algorithm>
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
  } else if (stream.category == "volunteer") {
    if (const auto* e = std::get_if<VolunteerRegistered>(&event)) {
      CareVolunteer& v = volunteers[OrgKey(stream.org, e->volunteer_id)];
      v.name = e->details.name;
      v.unit_id = e->unit_id;
    } else if (const auto* e = std::get_if<VolunteerDetailsCorrected>(&event)) {
      volunteers[OrgKey(stream.org, e->volunteer_id)].name = e->details.name;
    } else if (const auto* e = std::get_if<VolunteerTransferred>(&event)) {
      volunteers[OrgKey(stream.org, e->volunteer_id)].unit_id = e->unit_id;
    } else if (const auto* e = std::get_if<VolunteerLeft>(&event)) {
      volunteers[OrgKey(stream.org, e->volunteer_id)].left = true;
    } else if (const auto* e = std::get_if<VolunteerDataErased>(&event)) {
      volunteers[OrgKey(stream.org, e->volunteer_id)].name = kErased;
    }
  }
}

json::value CareBoard(const CareBoardState& state, std::string_view org, std::int64_t now_us,
                      int contact_days, std::string_view unit_id) {
  json::array children, missing_role, no_recent;
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
    if (!missing.empty()) missing_role.emplace_back(id);
    if (!recent) no_recent.emplace_back(id);
    children.push_back(json::object{{"child_id", id},
                                    {"name", child.name},
                                    {"unit_id", child.unit_id},
                                    {"roles", std::move(roles)},
                                    {"help_pairs", std::move(pairs)},
                                    {"last_contact", FormatUtc(last)},
                                    {"missing", std::move(missing)},
                                    {"no_recent_contact", !recent}});
  });
  return json::object{{"children", std::move(children)},
                      {"missing_role", std::move(missing_role)},
                      {"no_recent_contact", std::move(no_recent)},
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

json::value VolunteerList(const CareBoardState& state, std::string_view org) {
  std::map<std::string, std::pair<std::uint32_t, std::uint32_t>, std::less<>> cares;
  ForOrg(state.children, org, [&](std::string_view, const CareChild& child) {
    if (child.left) return;
    for (const auto& holder : child.roles) {
      if (holder) ++cares[holder->volunteer_id].first;
    }
    for (const CarePair& p : child.help_pairs) ++cares[p.volunteer_id].second;
  });
  json::array list;
  ForOrg(state.volunteers, org, [&](std::string_view id, const CareVolunteer& v) {
    if (v.left) return;
    const auto care = cares.find(id);
    const auto counts =
        care == cares.end() ? std::pair<std::uint32_t, std::uint32_t>{} : care->second;
    list.push_back(json::object{{"volunteer_id", id},
                                {"name", v.name},
                                {"unit_id", v.unit_id},
                                {"roles", counts.first},
                                {"help_pairs", counts.second}});
  });
  return list;
}

}  // namespace homeward
