#include "adapters/http/read_routes.h"

#include "adapters/http/access_log.h"
#include "adapters/http/activity_links.h"
#include "adapters/http/audit_routes.h"
#include "adapters/http/calendar_routes.h"
#include "adapters/http/programme_routes.h"
#include "adapters/http/service_record_routes.h"
#include "adapters/http/stream_views.h"
#include "adapters/http/tables.h"
#include "adapters/http/view_routes.h"

// The table of read routes: each path with what it answers, who may read it
// and its query parameters, for the router and the API document alike.

namespace homeward::http {
namespace {

constexpr QueryParam kMinPosition{"min_position", "integer",
                                  "answer only once the view has applied this log position "
                                  "(503 after a bounded wait; 400 past the end of the log)"};

std::vector<ReadRoute> MakeRoutes() {
  std::vector<ReadRoute> routes{
      {"/v1/me",
       "The account the token belongs to: name, role, unit and volunteer.",
       "everyone",
       {},
       &MeRoute},
      {"/v1/accounts",
       "Every account of the organization, revoked ones too: name, role, unit, volunteer, "
       "whether revoked and whether granted children's personal data. Never a token. A "
       "coordinator lists the accounts of the volunteers of their units.",
       "admins and auditors; coordinators (their volunteers' accounts)",
       {kMinPosition},
       &AccountsRoute,
       false,
       true},
      {"/v1/volunteers",
       "The volunteers who have not left (with left=true: those who left, and whether their "
       "personal data was erased), of every unit, with how many children each cares for; no "
       "contact details.",
       "coordinators, admins, auditors",
       {kMinPosition, {"left", "boolean", "those who left instead"}},
       &VolunteersRoute,
       false,
       true},
      {"/v1/volunteers/{volunteer_id}",
       "A volunteer's details as recorded (personal fields opened), their unit, standing and "
       "stream version: what a correction (POST /v1/volunteers/{volunteer_id}/details, with "
       "If-Match) starts from.",
       "the volunteer, coordinators (their units), admins, auditors",
       {},
       &VolunteerDetailsRoute,
       false,
       true},
      {"/v1/units",
       "The organization's units, each parent before the units under it, with its time zone "
       "and whether it is closed.",
       "everyone (a coordinator: their units)",
       {kMinPosition},
       &UnitsRoute},
      {"/v1/units/{unit_id}/waiver",
       "The unit's current waiver (特别承诺), its version and text, to read before accepting "
       "it; a sign-up refused with waiver_missing names the unit in details.unit_id.",
       "everyone",
       {},
       &WaiverRoute,
       false,
       true},
      {"/v1/holidays/{year}",
       "The year's working calendar as declared (POST /v1/holidays): its weekdays off and the "
       "weekend days worked in their place (调休).",
       "everyone",
       {},
       &HolidaysRoute,
       false,
       true},
      {"/v1/stations",
       "The activity stations (留守儿童快乐成长活动站), each with its last days: minutes open, "
       "whether a working day, whether closed, and whether short of the station's daily "
       "minimum (no day it was closed is short); the first day of the closing in force "
       "(`closed_on`) "
       "and the day it last opened again (`reopened_on`).",
       "coordinators (their units), admins, auditors",
       {kMinPosition, {"days", "integer", "how many days up to today (default 14, at most 62)"}},
       &StationsRoute,
       false,
       true},
      {"/v1/activities",
       "Every activity with its status and free places, soonest first (or latest first).",
       "everyone (a coordinator: their units)",
       {kMinPosition,
        {"status", "string",
         "only those with these statuses, comma-separated: planned, recruiting, full, closed, "
         "cancelled, completed"},
        {"order", "string", "soonest (the default) or latest: by when each starts"},
        {"limit", "integer",
         "only the first so many in that order, after the status and a coordinator's units "
         "(0, the default: all)"}},
       &ActivitiesRoute,
       false,
       true,
       csv::ExportKind::kRoster},
      {"/v1/activities/{activity_id}/roster",
       "An activity's roster: slots, holders by group, waitlist, children, pledges.",
       "everyone (a coordinator: their units)",
       {kMinPosition},
       &RosterRoute,
       false,
       false,
       csv::ExportKind::kRoster},
      {"/v1/activities/{activity_id}/calendar.ics",
       "One activity as an iCalendar file to import into a phone's calendar.",
       "everyone (a coordinator: their units)",
       {kMinPosition},
       &ActivityIcsRoute},
      {"/v1/activities/{activity_id}/calendar-link",
       "A link that opens the activity's iCalendar file for a day without a token, for a "
       "phone's browser or a messaging app that cannot send one: {url, expires_at}. The file "
       "is the one this account would download; the link stops working when the account is "
       "revoked or its volunteer suspended or gone.",
       "everyone (a coordinator: their units)",
       {kMinPosition},
       &ActivityLinkRoute,
       false,
       true},
      {"/v1/links/{link}",
       "The iCalendar file a link from /v1/activities/{activity_id}/calendar-link opens; it "
       "needs no token. An expired, forged or unknown link, or one whose account may no "
       "longer read the activity, answers 404.",
       "whoever holds the link",
       {},
       &LinkedFileRoute,
       true,
       true},
      {"/v1/calendar/{feed}",
       "A volunteer's private calendar feed (iCalendar): their activities (cancelled ones "
       "marked, waitlisted ones tentative, each place with an alarm the day before) and open "
       "reminders. {feed} is the feed's secret followed by .ics; it needs no token. A closed "
       "feed (revoked, replaced, or its volunteer left) answers an empty calendar.",
       "whoever holds the feed's secret",
       {},
       &CalendarFeedRoute,
       true,
       true},
      {"/v1/activities/{activity_id}/children",
       "The children enrolled in an activity, each with name and unit; every answer is "
       "recorded as a read of their personal data.",
       "coordinators (their units), admins, auditors (masked), counselors holding a place in it",
       {kMinPosition},
       &EnrolledRoute},
      {"/v1/activities/{activity_id}/sessions",
       "A counseling activity's sessions with their confidential notes: all of them to a "
       "counselor holding a place in it, to any other counselor the ones they recorded.",
       "counselors holding a place in it, or who recorded a session of it",
       {kMinPosition},
       &SessionsRoute},
      {"/v1/volunteers/{volunteer_id}/schedule",
       "A volunteer's schedule, upcoming and past, and hours by month; to a coordinator, the "
       "places and hours in their units' activities only.",
       "the volunteer, coordinators (their units' activities), admins, auditors",
       {kMinPosition},
       &ScheduleRoute},
      {"/v1/volunteers/{volunteer_id}/service-record",
       "A volunteer's service record: their details as the record names them, each activity "
       "with confirmed hours and the total, from which the page prints a proof of service "
       "(志愿服务证明). Reads the volunteer's stream and the streams it names, not the "
       "whole log.",
       "the volunteer, coordinators (their units), admins, auditors",
       {{"from", "date", "only activities from this day (Beijing time)"},
        {"to", "date", "only activities up to this day (Beijing time)"}},
       &VolunteerServiceRecordRoute,
       false,
       true},
      {"/v1/volunteers/{volunteer_id}/care",
       "The children in a volunteer's care.",
       "the volunteer, coordinators, admins, auditors",
       {kMinPosition},
       &CareRoute,
       false,
       true},
      {"/v1/care-board",
       "The \"3+1\" care board: each child's role holders, gaps and last contact.",
       "coordinators (their units), admins, auditors",
       {kMinPosition,
        {"contact_days", "integer", "days without contact that flag a child (default 30)"},
        {"unit", "string", "only the children of this unit"}},
       &BoardRoute,
       false,
       true,
       csv::ExportKind::kCareBoard},
      {"/v1/reminders",
       "Follow-up reminders with their state.",
       "everyone (a coordinator: their units'; a volunteer: their own)",
       {kMinPosition,
        {"for", "string", "only those for this person"},
        {"unit", "string", "only those of this unit (a coordinator: one of theirs)"},
        {"from", "date", "due on or after this day"},
        {"to", "date", "due on or before this day"},
        {"overdue", "boolean", "only overdue ones"},
        {"state", "string",
         "only those in these states, comma-separated: upcoming, due, overdue, done"},
        {"limit", "integer", "at most this many, the soonest due (default: all)"}},
       &RemindersRoute,
       false,
       true,
       csv::ExportKind::kReminders},
      {"/v1/children/{child_id}/card",
       "A child's archive card (档案卡) with every contact; `version` is the child's stream "
       "version, for an update to send as If-Match.",
       "coordinators (their units), admins, auditors (masked), the child's carers",
       {kMinPosition},
       &CardRoute},
      {"/v1/units/{unit_id}/report",
       "A unit's monthly report, rolled up over the units under it.",
       "coordinators (their units), admins, auditors",
       {kMinPosition, {"month", "string", "YYYY-MM (default: this month)"}},
       &ReportRoute,
       false,
       true,
       csv::ExportKind::kReport},
      {"/v1/units/{unit_id}/assessment",
       "A unit's assessment (考核) over a year, per unit under it: activities held, children "
       "reached, volunteer hours, contacts made, monthly reports on time, late and missing, "
       "stations open at the year's end (new this year) and working days a station opened "
       "short.",
       "coordinators (their units), admins, auditors",
       {kMinPosition, {"year", "string", "YYYY (default: this year)"}},
       &AssessmentRoute,
       false,
       true,
       csv::ExportKind::kAssessment},
      {"/v1/units/{unit_id}/school-actions",
       "A school's six actions in a term (六个一), per unit under the given unit: the flag "
       "ceremonies, class meetings and forums held, and of its children how many wrote a "
       "letter to their parents, whose parents had a call, and whose archive card is approved; "
       "done when all six are.",
       "coordinators (their units), admins, auditors",
       {kMinPosition,
        {"term", "string",
         "YYYY-spring (1 February to 31 July) or YYYY-autumn (1 August to 31 "
         "January; default: this term)"}},
       &SchoolActionsRoute,
       false,
       true},
      {"/v1/sponsors",
       "Sponsors (爱心单位) over a year: each one's pledges to the activities that begin in it "
       "(what, how many, how many delivered, the activity and its status), how many pledges "
       "and how many delivered in full.",
       "coordinators (their units), admins, auditors",
       {kMinPosition, {"year", "string", "YYYY (default: this year)"}},
       &SponsorsRoute,
       false,
       true,
       csv::ExportKind::kSponsors},
      {"/v1/service-records",
       "Volunteer service records (志愿服务记录) as a unit loads them into the national "
       "volunteer system: one row per volunteer and activity with confirmed hours, with the "
       "record rules' fields (name, identity document, contact, skills; organization, "
       "project, place, time, hours, person in charge, who recorded them and when), header "
       "row first. One volunteer's rows are read from the streams they name; "
       "everyone's from the whole log.",
       "coordinators (their units), admins, auditors, a volunteer (their own)",
       {{"volunteer", "string", "only this volunteer's records (a volunteer: their own)"},
        {"from", "date", "only activities from this day (Beijing time)"},
        {"to", "date", "only activities up to this day (Beijing time)"}},
       &ServiceRecordsRoute,
       false,
       true,
       csv::ExportKind::kServiceRecords},
  };
  for (ReadRoute& route : AuditReadRoutes()) routes.push_back(std::move(route));
  return routes;
}

}  // namespace

const std::vector<ReadRoute>& ReadRoutes() {
  static const std::vector<ReadRoute> routes = [] {
    std::vector<ReadRoute> all = MakeRoutes();
    for (ReadRoute& route : all)
      if (route.table) route.query.push_back(kFormatParam);
    return all;
  }();
  return routes;
}

}  // namespace homeward::http
