#include "projections/volunteer_states.h"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <chrono>

#include "projections/host.h"
#include "projections/json_support.h"
#include "projections/view_support.h"

namespace homeward {
namespace {

namespace json = boost::json;

json::value VolunteerJson(std::string_view id, const KeptVolunteer& kept) {
  const VolunteerState& v = *kept.state;
  json::array waivers;
  for (const auto& [unit, version] : v.waivers) {
    waivers.push_back(json::object{{"unit_id", unit}, {"version", version}});
  }
  json::array roles;
  for (const HeldRole& r : v.roles) {
    roles.push_back(json::object{{"child_id", r.child_id}, {"role", EnumJson(r.role)}});
  }
  json::array bookings;
  for (const Booking& b : v.bookings) {
    bookings.push_back(json::object{{"activity_id", b.activity_id},
                                    {"slot_id", b.slot_id},
                                    {"starts_at", FormatUtc(b.starts_at_us)},
                                    {"ends_at", FormatUtc(b.ends_at_us)},
                                    {"cancelled", b.cancelled}});
  }
  return json::object{
      {"volunteer_id", id},
      {"stream_version", kept.version},
      {"unit_id", v.unit_id},
      {"suspended", v.suspended},
      {"left", v.left},
      {"erased", v.erased},
      {"vetted_until", v.vetted_until ? json::value(FormatDate(*v.vetted_until)) : nullptr},
      {"waivers", std::move(waivers)},
      {"roles", std::move(roles)},
      {"paired_children", StringArray(v.paired_children)},
      {"bookings", std::move(bookings)},
  };
}

}  // namespace

void VolunteerStatesState::Apply(const Envelope& envelope, const Event& event) {
  if (SplitStream(envelope.stream_id).category != "volunteer") return;
  KeptVolunteer& kept = by_stream.try_emplace(envelope.stream_id).first->second;
  // A command holding the state goes on with it unchanged: fold a copy. Held
  // by none, it is changed in place.
  kept.state = ToChange(std::move(kept.state));
  // The host hands the event over with its personal fields opened; the
  // command service reads it as stored, those fields blank. Of a volunteer's
  // events the state keeps personal fields only from the details of a
  // registration or a correction: those are decoded again, as stored.
  if (std::holds_alternative<VolunteerRegistered>(event) ||
      std::holds_alternative<VolunteerDetailsCorrected>(event)) {
    Result<Event> stored = DecodeEvent(envelope.type, envelope.schema_version, envelope.payload);
    // The host decoded these same bytes already: this cannot fail, and were it
    // to, the event's version is not taken (until the stream's next event).
    if (!stored.ok()) return;
    homeward::Apply(*kept.state, *stored);
  } else {
    homeward::Apply(*kept.state, event);
  }
  kept.version = envelope.stream_version;
}

Result<json::value> VolunteerStatesOf(const VolunteerStatesState& state, std::string_view org,
                                      std::string_view volunteer_id) {
  if (!volunteer_id.empty()) {
    auto it = state.by_stream.find(VolunteerStream(org, volunteer_id));
    if (it == state.by_stream.end()) {
      return NotFound("there is no volunteer '" + std::string(volunteer_id) + "'");
    }
    return VolunteerJson(volunteer_id, it->second);
  }
  const std::string prefix = VolunteerStream(org, "");
  json::array all;
  for (const auto* entry : state.by_stream.Sorted()) {
    if (!entry->first.starts_with(prefix)) continue;
    all.push_back(
        VolunteerJson(std::string_view(entry->first).substr(prefix.size()), entry->second));
  }
  return json::value(std::move(all));
}

std::optional<SourcedState<VolunteerState>> HostVolunteerStates::Find(
    const std::string& stream) const {
  Result<std::optional<SourcedState<VolunteerState>>> found = host_.Read<VolunteerStatesState>(
      0, std::chrono::milliseconds(0),
      [&](const VolunteerStatesState& state,
          std::uint64_t position) -> std::optional<SourcedState<VolunteerState>> {
        auto it = state.by_stream.find(stream);
        if (it == state.by_stream.end()) return std::nullopt;
        return SourcedState<VolunteerState>{
            Loaded<VolunteerState>(it->second.state, it->second.version), position};
      });
  if (!found.ok()) return std::nullopt;  // no such view here: the log serves
  return *found;
}

}  // namespace homeward
