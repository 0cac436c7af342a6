#pragma once
// Commands of the people domain: what a coordinator, a head teacher or a
// volunteer asks for. Plain data; the deciders in engine/ accept or refuse
// them. Every command names its organization (the first part of every stream
// id it touches).

#include <cstdint>
#include <optional>
#include <string>
#include <variant>

#include "events/child_events.h"
#include "events/program_events.h"
#include "events/unit_events.h"
#include "events/vocabulary.h"
#include "events/volunteer_events.h"

namespace homeward {

// Units.
struct CreateUnit {
  std::string unit_id, name;
  UnitKind kind = UnitKind::kOther;
  std::string parent_id;  // empty for the top of the tree
  std::string time_zone;  // empty for Asia/Shanghai
};
struct RenameUnit {
  std::string unit_id, name;
};
struct MoveUnit {
  std::string unit_id, parent_id;
};
struct CloseUnit {
  std::string unit_id, reason;
};
// Changes the settings given; one left out keeps its value.
struct ChangeUnitSettings {
  std::string unit_id;
  std::optional<std::uint32_t> role_limit = std::nullopt;
  std::optional<std::uint32_t> help_pair_limit = std::nullopt;
  std::optional<bool> hours_include_travel = std::nullopt;
  std::optional<std::uint32_t> daily_slot_limit = std::nullopt;  // 0: no limit
};
struct PublishWaiver {
  std::string unit_id, version, text;
};

// The organization's working calendar of a year: weekdays off for public
// holidays, and weekend days worked in their place (调休).
struct DeclareHolidays {
  std::string year;  // "2027"
  std::vector<Date> days_off, workdays;
  std::string source;  // the notice the days come from
};

// Stations and the monthly report, which belong to a unit.
struct RegisterStation {
  std::string station_id, unit_id, name;
  std::vector<StationRoom> rooms;
  std::uint32_t area_m2 = 0;
};
struct RecordStationOpening {
  std::string station_id;
  Date day;
  std::uint32_t minutes = 0;
  std::vector<std::string> staff;
  std::uint32_t children = 0;
};
// Closes a station for good, with a reason; `closed_on` is the first day it
// no longer opens, not after today (unknown: today).
struct CloseStation {
  std::string station_id, reason;
  Date closed_on{};
};
// Opens a closed station again from `reopened_on`, not after today (unknown:
// today), or withdraws a closing recorded by mistake (the day it closed).
struct ReopenStation {
  std::string station_id, reason;
  Date reopened_on{};
};
struct SubmitMonthlyReport {
  std::string unit_id, month, narrative;
  std::uint32_t activities = 0, children_reached = 0, volunteer_hours = 0;
};

// Volunteers.
struct RegisterVolunteer {
  std::string volunteer_id, unit_id;
  VolunteerDetails details;
};
struct CorrectVolunteerDetails {
  std::string volunteer_id;
  VolunteerDetails details;
  std::string reason;
};
// An update of how to reach a volunteer: their phone, where they live and
// their skills, each replaced when given (an empty text or list clears it)
// and kept as recorded when left out. Who they are (name, sex, birth,
// identity number, kinds) stays as registered: only staff correct that.
struct UpdateContactDetails {
  std::string volunteer_id;
  std::optional<std::string> contact, residence_area;
  std::optional<std::vector<std::string>> skills;
};
struct VetVolunteer {
  std::string volunteer_id, checked_by;
  Date checked_on;
  std::optional<Date> valid_until;  // default: one year after checked_on
};
struct AcceptWaiver {
  std::string volunteer_id, waiver_version;
  std::string unit_id{};  // whose waiver; empty: the volunteer's own unit's
};
struct SuspendVolunteer {
  std::string volunteer_id, reason;
};
struct ReinstateVolunteer {
  std::string volunteer_id, reason;
};
struct VolunteerLeaves {
  std::string volunteer_id, reason;
};
// Registers the volunteer with another open unit, keeping their record,
// roles, pairs and places.
struct TransferVolunteer {
  std::string volunteer_id, unit_id, reason;
};
// The adapter makes the feed's secret and passes only its hash.
struct IssueCalendarFeed {
  std::string volunteer_id, secret_hash;
};
struct RevokeCalendarFeed {
  std::string volunteer_id, reason;
};

// Children.
struct RegisterChild {
  std::string child_id, unit_id;
  ArchiveCard card;
  std::string filled_by;
};
struct UpdateCard {
  std::string child_id;
  ArchiveCard card;
  std::string filled_by, reason;
};
struct ReviewCard {
  std::string child_id, reviewed_by;
};
struct ApproveCard {
  std::string child_id, approved_by;
};
struct RecordSurvey {
  std::string child_id;
  Date surveyed_on;
  std::string surveyed_by;
  GuardianshipRating guardianship_rating = GuardianshipRating::kUnrated;
  std::string notes;
};
struct GiveConsent {
  std::string child_id;
  ConsentKind kind = ConsentKind::kDataProcessing;
  std::string guardian_name, purpose, retention;
  Date given_on;
};
struct WithdrawConsent {
  std::string child_id;
  ConsentKind kind = ConsentKind::kDataProcessing;
  Date withdrawn_on;
  std::string reason;
};
struct ChildLeaves {
  std::string child_id, reason;
};
// Puts the child in the care of another open unit (转学), keeping their card,
// consents, "3+1" team and contacts.
struct TransferChild {
  std::string child_id, unit_id, reason;
  // The day the move took effect, not after today; unknown: today. A move
  // recorded late credits what happened since to the new unit.
  Date effective_on{};
};
// Registers every volunteer and child of unit `unit_id` who has not left with
// open unit `to_unit_id`, in one append, each as its own transfer: a school
// merged into another (撤点并校), a station handed over. With `skip_refused`
// those a single transfer would refuse (a child without consent to the
// processing of their data) stay where they are; without it they refuse the
// whole move.
struct TransferUnitMembers {
  std::string unit_id, to_unit_id, reason;
  bool skip_refused = false;
  Date effective_on{};  // the children's moves, as TransferChild's
};
// Erases a child's personal data: once the guardian has withdrawn consent to
// processing it (a coordinator confirms), or earlier as an admin's decision.
struct EraseChildData {
  std::string child_id, reason;
  bool admin_decision = false;  // erase though consent to processing is in force
};
// Erases a volunteer's personal data at their request.
struct EraseVolunteerData {
  std::string volunteer_id, reason;
};

// Care.
struct AssignCareRole {
  std::string child_id;
  CareRole role = CareRole::kCaringMother;
  std::string volunteer_id;
};
struct EndCareRole {
  std::string child_id;
  CareRole role = CareRole::kCaringMother;
  std::string reason;
};
struct FormHelpPair {
  std::string child_id, volunteer_id;
};
struct EndHelpPair {
  std::string child_id, volunteer_id, reason;
};
struct RecordContact {
  std::string child_id, contact_id;
  ContactKind kind = ContactKind::kTalk;
  std::string by;
  std::int64_t at_us = 0;
  std::uint32_t minutes = 0;
  std::string summary;
};
struct CorrectContact {
  std::string child_id, contact_id;
  ContactKind kind = ContactKind::kTalk;
  std::string by;
  std::int64_t at_us = 0;
  std::uint32_t minutes = 0;
  std::string summary, reason;
};

// Every command of the people domain.
using PeopleCommand =
    std::variant<CreateUnit, RenameUnit, MoveUnit, CloseUnit, ChangeUnitSettings, PublishWaiver,
                 RegisterVolunteer, CorrectVolunteerDetails, UpdateContactDetails, VetVolunteer,
                 AcceptWaiver, SuspendVolunteer, ReinstateVolunteer, VolunteerLeaves, RegisterChild,
                 UpdateCard, ReviewCard, ApproveCard, RecordSurvey, GiveConsent, WithdrawConsent,
                 ChildLeaves, AssignCareRole, EndCareRole, FormHelpPair, EndHelpPair, RecordContact,
                 CorrectContact, RegisterStation, RecordStationOpening, SubmitMonthlyReport,
                 IssueCalendarFeed, RevokeCalendarFeed, EraseChildData, EraseVolunteerData,
                 DeclareHolidays, TransferVolunteer, TransferChild, TransferUnitMembers,
                 CloseStation, ReopenStation>;

}  // namespace homeward
