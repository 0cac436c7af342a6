#include "adapters/cli/describe.h"

#include <cstdio>
#include <ctime>

#include "adapters/json/event_json.h"
#include "engine/seal.h"
#include "events/event.h"

namespace homeward::cli {
namespace {

struct Summary {
  std::string operator()(const UnitCreated& e) const {
    return "unit " + e.unit_id + " \"" + e.name + "\" (" + std::string(NameOf(e.kind)) + ", " +
           e.time_zone + ")";
  }
  std::string operator()(const ActivityPlanned& e) const {
    std::string route;
    for (const auto& stop : e.itinerary) route += (route.empty() ? "" : " → ") + stop;
    return std::string(NameOf(e.kind)) + " \"" + e.title + "\" on " + FormatUtc(e.starts_at_us) +
           ", " + std::to_string(e.children_capacity) + " children; " + route;
  }
  std::string operator()(const SlotAdded& e) const {
    return "slot " + e.slot_id + " (" + e.role + ") for " + std::to_string(e.capacity);
  }
  std::string operator()(const SponsorPledged& e) const {
    return e.sponsor + " pledged " + (e.quantity > 1 ? std::to_string(e.quantity) + " × " : "") +
           e.what;
  }
  std::string operator()(const VolunteerRegistered& e) const {
    return "volunteer " + e.volunteer_id + " \"" + e.details.name + "\" with " + e.unit_id;
  }
  std::string operator()(const VolunteerTransferred& e) const {
    return "volunteer " + e.volunteer_id + " moved from " + e.from_unit_id + " to " + e.unit_id +
           ": " + e.reason;
  }
  std::string operator()(const ChildTransferred& e) const {
    return "child " + e.child_id + " moved from " + e.from_unit_id + " to " + e.unit_id +
           (e.effective_on.known() ? " as of " + FormatDate(e.effective_on) : std::string()) +
           ": " + e.reason;
  }
  std::string operator()(const CareRoleAssigned& e) const {
    return e.volunteer_id + " is " + std::string(ChineseNameOf(e.role)) + " to " + e.child_id;
  }
  std::string operator()(const CareRoleEnded& e) const {
    return e.volunteer_id + " is no longer " + std::string(ChineseNameOf(e.role)) + " to " +
           e.child_id + ": " + e.reason;
  }
  std::string operator()(const WaiverPublished& e) const {
    return "waiver " + e.version + " published by " + e.unit_id;
  }
  std::string operator()(const VolunteerVetted& e) const {
    return e.volunteer_id + " passed a criminal-record check on " + FormatDate(e.checked_on) +
           ", valid until " + FormatDate(e.valid_until);
  }
  std::string operator()(const WaiverAccepted& e) const {
    return e.volunteer_id + " accepted waiver " + e.waiver_version +
           (e.unit_id.empty() ? "" : " of unit " + e.unit_id);
  }
  std::string operator()(const ChildRegistered& e) const {
    return "archive card of " + e.card.name + ", " + e.card.school + " " + e.card.class_name +
           ", filled in by " + e.filled_by;
  }
  std::string operator()(const CardReviewed& e) const {
    return "card reviewed by " + e.reviewed_by;
  }
  std::string operator()(const CardApproved& e) const {
    return "card approved by " + e.approved_by;
  }
  std::string operator()(const ConsentGiven& e) const {
    return e.guardian_name + " consented to " + std::string(NameOf(e.kind)) + ": " + e.purpose;
  }
  std::string operator()(const HelpPairFormed& e) const {
    return e.volunteer_id + " paired with " + e.child_id + " (结对帮扶)";
  }
  std::string operator()(const ContactRecorded& e) const {
    return std::string(ChineseNameOf(e.kind)) + " by " + e.by + ", " + std::to_string(e.minutes) +
           " min: " + e.summary;
  }
  std::string operator()(const RecruitmentOpened&) const { return "recruitment opened"; }
  std::string operator()(const RecruitmentClosed& e) const {
    return e.full ? "recruitment closed: every place is taken (招满即止)" : "recruitment closed";
  }
  std::string operator()(const Waitlisted& e) const {
    return e.volunteer_id + " waits for a place in " + e.slot_id;
  }
  std::string operator()(const PromotedFromWaitlist& e) const {
    return e.volunteer_id + " moved up from the waitlist into " + e.slot_id;
  }
  std::string operator()(const ChildEnrolled& e) const {
    return e.child_id + " enrolled in " + e.activity_id;
  }
  // Every other event: its type and the stream's id say enough on one line.
  template <typename Other>
  std::string operator()(const Other&) const {
    return std::string(Other::kType);
  }
  std::string operator()(const HolidaysDeclared& e) const {
    return "working calendar of " + e.year + ": " + std::to_string(e.days_off.size()) +
           " days off, " + std::to_string(e.workdays.size()) + " weekend days worked" +
           (e.source.empty() ? "" : " (" + e.source + ")");
  }
  std::string operator()(const SignedUp& e) const {
    return e.volunteer_id + " signed up for " + e.activity_id + " slot " + e.slot_id;
  }
};

}  // namespace

std::string FormatUtc(std::int64_t micros) {
  std::time_t seconds = static_cast<std::time_t>(micros / 1000000);
  long fraction = static_cast<long>(micros % 1000000);
  if (fraction < 0) {
    fraction += 1000000;
    --seconds;
  }
  std::tm tm{};
  gmtime_r(&seconds, &tm);
  char buffer[96];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%06ldZ", tm.tm_year + 1900,
                tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, fraction);
  return buffer;
}

std::string Summarize(const Envelope& envelope, const KeyRing* keys) {
  Result<Event> event = OpenEvent(envelope, keys);
  if (!event.ok()) return "(" + event.status().message() + ")";
  return std::visit(Summary{}, *event);
}

boost::json::object EnvelopeJson(const Envelope& e, const KeyRing* keys) {
  boost::json::object out = jsonc::EnvelopeJson(e, keys);
  out["recorded_at"] = FormatUtc(e.recorded_at_us);  // to the microsecond
  out["summary"] = Summarize(e, keys);
  return out;
}

std::string EnvelopeLine(const Envelope& e, const KeyRing* keys) {
  char head[64];
  std::snprintf(head, sizeof head, "%6llu  ", static_cast<unsigned long long>(e.position));
  std::string stream = e.stream_id + "@" + std::to_string(e.stream_version);
  if (stream.size() < 40) stream.resize(40, ' ');
  std::string type = e.type;
  if (type.size() < 26) type.resize(26, ' ');
  return head + stream + "  " + type + "  " + Summarize(e, keys);
}

}  // namespace homeward::cli
