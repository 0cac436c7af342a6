#pragma once
// What the pure deciders of the domain return: the events to record and the
// stream each goes to, or a refusal with a stable reason a coordinator reads.

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/append.h"
#include "engine/key_ring.h"
#include "events/date.h"
#include "events/event.h"
#include "events/status.h"

namespace homeward {

// One event and the stream it is recorded in.
struct Emit {
  std::string stream_id;
  Event event;
};

// The events a command produces, in order; all are appended atomically.
using Decision = std::vector<Emit>;

// The append that records `decision`: its events grouped by stream in order
// of first appearance, their personal fields sealed with `keys`
// (engine/seal.h); each stream in `read_versions` is expected at that
// version (the lowest, when it was read at two), and one the decision read
// but does not write is a guard.
// Errors: as SealEvent (conflict, reason "erased", for an erased subject).
Result<AppendRequest> ToAppendRequest(
    const Decision& decision, KeyRing& keys,
    const std::vector<std::pair<std::string, std::uint64_t>>& read_versions = {});

// The moment a command is decided: UTC time, and the calendar day it is in the
// time zone of the unit the command concerns.
struct Now {
  std::int64_t utc_us = 0;
  Date today;
};

// The stable reasons the people domain refuses a command with.
namespace reason {
inline constexpr std::string_view kNotFound = "not_found";
inline constexpr std::string_view kInvalidArgument = "invalid_argument";
inline constexpr std::string_view kAlreadyExists = "already_exists";
inline constexpr std::string_view kNotVetted = "not_vetted";
inline constexpr std::string_view kWaiverMissing = "waiver_missing";
inline constexpr std::string_view kRoleTaken = "role_taken";
inline constexpr std::string_view kRoleLimit = "role_limit";
inline constexpr std::string_view kSuspended = "suspended";
inline constexpr std::string_view kUnderageRole = "underage_role";
inline constexpr std::string_view kConsentMissing = "consent_missing";
inline constexpr std::string_view kSamePerson = "same_person";
inline constexpr std::string_view kNotReviewed = "not_reviewed";
inline constexpr std::string_view kNotPartyMember = "not_party_member";
inline constexpr std::string_view kConsentInForce = "consent_in_force";
inline constexpr std::string_view kInactive = "inactive";  // closed unit, left child or volunteer
inline constexpr std::string_view kCapacityFull = "capacity_full";
inline constexpr std::string_view kDoubleBooking = "double_booking";
inline constexpr std::string_view kDailyLimit = "daily_limit";
inline constexpr std::string_view kCutoffPassed = "cutoff_passed";
inline constexpr std::string_view kNotRecruiting = "not_recruiting";
inline constexpr std::string_view kAlreadySignedUp = "already_signed_up";
inline constexpr std::string_view kActivityCancelled = "activity_cancelled";
inline constexpr std::string_view kBelowHolders = "below_holders";
inline constexpr std::string_view kTwoAdultRule = "two_adult_rule";
inline constexpr std::string_view kRatioExceeded = "ratio_exceeded";
inline constexpr std::string_view kBadCheckInCode = "bad_check_in_code";
// The activity has not begun (its check-in, attendance or hours come later).
inline constexpr std::string_view kNotBegun = "not_begun";
// The activity has ended (no check-in opens after it).
inline constexpr std::string_view kActivityOver = "activity_over";
// The activity has not ended yet (what is written afterwards comes later).
inline constexpr std::string_view kNotOver = "not_over";
inline constexpr std::string_view kKindRequired = "kind_required";
inline constexpr std::string_view kNotAnAuditor = "not_an_auditor";
inline constexpr std::string_view kNotGranted = "not_granted";
inline constexpr std::string_view kUnitInUse = "unit_in_use";  // open sub-units or activities
// A station would close on or before a day it was recorded open.
inline constexpr std::string_view kOpenedAfterClosing = "opened_after_closing";
// A station would reopen while it is open.
inline constexpr std::string_view kNotClosed = "not_closed";
}  // namespace reason

// A rule refused the command (conflict, with `why` as the reason).
inline Status Refuse(std::string_view why, std::string message) {
  return Status(Code::kConflict, std::move(message), std::string(why));
}
// The command names something that does not exist.
inline Status Missing(std::string message) {
  return Status(Code::kNotFound, std::move(message), std::string(reason::kNotFound));
}
// The command itself is malformed.
inline Status Invalid(std::string message) {
  return Status(Code::kInvalidArgument, std::move(message), std::string(reason::kInvalidArgument));
}

// OK when `text` is one line: no control character (U+0000 to U+001F,
// U+007F to U+009F) and no Unicode line or paragraph separator (U+2028,
// U+2029), so a name or a title cannot break a CSV row, a calendar line, a
// table or a printed card. Errors: invalid_argument naming `what`.
inline Status SingleLine(std::string_view text, std::string_view what) {
  const auto byte = [&](std::size_t i) {
    return i < text.size() ? static_cast<unsigned char>(text[i]) : 0u;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned c = byte(i);
    const bool control =
        c < 0x20 || c == 0x7f || (c == 0xc2 && byte(i + 1) >= 0x80 && byte(i + 1) <= 0x9f);
    const bool separator =
        c == 0xe2 && byte(i + 1) == 0x80 && (byte(i + 2) == 0xa8 || byte(i + 2) == 0xa9);
    if (control || separator) {
      return Invalid(std::string(what) + " must be one line, without control characters");
    }
  }
  return Status::Ok();
}

// The first of `checks` that fails, or OK: SingleLines({{card.name, "the
// child's name"}, ...}).
inline Status SingleLines(
    std::initializer_list<std::pair<std::string_view, std::string_view>> checks) {
  for (const auto& [text, what] : checks) {
    if (Status s = SingleLine(text, what); !s.ok()) return s;
  }
  return Status::Ok();
}

// OK when each of `texts` is one line (SingleLine), each named `what`.
inline Status SingleLineEach(const std::vector<std::string>& texts, std::string_view what) {
  for (const std::string& text : texts) {
    if (Status s = SingleLine(text, what); !s.ok()) return s;
  }
  return Status::Ok();
}

// "org/category/id".
inline std::string StreamOf(std::string_view org, std::string_view category, std::string_view id) {
  std::string out;
  out.reserve(org.size() + category.size() + id.size() + 2);
  out.append(org).append("/").append(category).append("/").append(id);
  return out;
}

// The streams of a volunteer and of a child.
// How a refusal names a child or a volunteer: by id, never by name, so no
// error message carries personal data.
inline std::string ChildLabel(std::string_view child_id) {
  return "child '" + std::string(child_id) + "'";
}
inline std::string VolunteerLabel(std::string_view volunteer_id) {
  return "volunteer '" + std::string(volunteer_id) + "'";
}

inline std::string VolunteerStream(std::string_view org, std::string_view volunteer_id) {
  return StreamOf(org, "volunteer", volunteer_id);
}
inline std::string ChildStream(std::string_view org, std::string_view child_id) {
  return StreamOf(org, "child", child_id);
}

}  // namespace homeward
