#pragma once
// The set of event types as one std::variant, and the codec between it and
// the (type, schema version, payload) triple an envelope stores.

#include <string_view>
#include <variant>

#include "events/account_events.h"
#include "events/activity_events.h"
#include "events/attendance_events.h"
#include "events/care_events.h"
#include "events/child_events.h"
#include "events/codec.h"
#include "events/holiday_events.h"
#include "events/program_events.h"
#include "events/unit_events.h"
#include "events/volunteer_events.h"

namespace homeward {

// Every event type homeward records. Append new types at the end.
using Event = std::variant<
    UnitCreated, UnitRenamed, UnitMoved, UnitClosed, UnitSettingsChanged, WaiverPublished,
    VolunteerRegistered, VolunteerDetailsCorrected, VolunteerVetted, WaiverAccepted,
    VolunteerSuspended, VolunteerReinstated, VolunteerLeft, ChildRegistered, CardUpdated,
    CardReviewed, CardApproved, SurveyRecorded, ConsentGiven, ConsentWithdrawn, ChildLeft,
    CareRoleAssigned, CareRoleEnded, HelpPairFormed, HelpPairEnded, ContactRecorded,
    ContactCorrected, ActivityPlanned, SlotAdded, RecruitmentOpened, RecruitmentClosed, SignedUp,
    Waitlisted, Withdrawn, PromotedFromWaitlist, RecruitmentReopened, CapacityChanged,
    ActivityCancelled, ActivityRescheduled, ActivityCompleted, SponsorPledged, ChildEnrolled,
    ChildUnenrolled, GroupFormed, AssignedToGroup, RemovedFromGroup, CheckInOpened, CheckedIn,
    CheckedOut, AttendanceRecorded, HoursConfirmed, HoursCorrectionRequested,
    HoursCorrectionDecided, FamilyJoined, BooksDonated, FriendPaired, SessionRecorded,
    FollowUpRequested, StationRegistered, StationOpened, MonthlyReportSubmitted, PledgeFulfilled,
    ActivityDetailsChanged, AidDistributed, AccountCreated, AccountRevoked, CalendarFeedIssued,
    CalendarFeedRevoked, ChildDataErased, VolunteerDataErased, PersonalDataRead,
    PersonalDataGranted, PersonalDataGrantWithdrawn, HolidaysDeclared, VolunteerTransferred,
    ChildTransferred, ReflectionPosted, StationClosed, StationReopened>;

// Returns the type name of the event `event` holds.
std::string_view EventTypeName(const Event& event);

// Encodes any event with its current schema version.
EncodedEvent EncodeEvent(const Event& event);

// Decodes a payload of `type` and schema `version`. Errors: not_found for an
// unknown type name; corruption as DecodePayload says.
Result<Event> DecodeEvent(std::string_view type, std::uint32_t version, std::string_view payload);

// Decodes as DecodeEvent into `*out`, reusing its storage when it already
// holds an event of that type: for loops over many envelopes. Errors: as
// DecodeEvent; `*out` is then left valid but unspecified.
Status DecodeEventInto(std::string_view type, std::uint32_t version, std::string_view payload,
                       Event* out);

}  // namespace homeward
