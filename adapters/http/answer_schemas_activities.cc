// The answers of the activity routes: activities, rosters, calendars, schedules, reminders,
// sponsors and service records.

#include "adapters/http/answer_schemas.h"

namespace homeward::http {

std::string_view ActivityAnswerSchemaText() {
  return R"json({
  "routes": {
    "/v1/activities": "ActivityList",
    "/v1/activities/{activity_id}/roster": "Roster",
    "/v1/activities/{activity_id}/calendar.ics": {"text/calendar": {"schema": {"type": "string", "description": "an iCalendar file with one event: the activity as this reader sees it"}}},
    "/v1/activities/{activity_id}/calendar-link": "CalendarLink",
    "/v1/links/{link}": {"text/calendar": {"schema": {"type": "string", "description": "an iCalendar file with one event: the activity as the link's account would download it"}}},
    "/v1/calendar/{feed}": {"text/calendar": {"schema": {"type": "string", "description": "an iCalendar feed: the volunteer's activities and open reminders (empty for a closed feed)"}}},
    "/v1/activities/{activity_id}/children": "EnrolledChildren",
    "/v1/activities/{activity_id}/sessions": "CounselingSessionList",
    "/v1/volunteers/{volunteer_id}/schedule": "Schedule",
    "/v1/volunteers/{volunteer_id}/service-record": {"application/json": {"schema": {"type": "object", "properties": {
      "data": {"$ref": "#/components/schemas/VolunteerServiceRecord"},
      "head": {"type": "integer", "minimum": 0, "description": "the log position the records were read up to"}}}}},
    "/v1/reminders": "ReminderList",
    "/v1/sponsors": "SponsorYear",
    "/v1/service-records": {"application/json": {"schema": {"type": "object", "properties": {
      "data": {"$ref": "#/components/schemas/ServiceRecordTable"},
      "head": {"type": "integer", "minimum": 0, "description": "the log position the records were read up to"}}}}}
  },
  "schemas": {
    "ActivityKind": {"type": "string", "description": "An activity's kind.", "enum": ["trip", "library_build", "counseling", "flag_ceremony", "class_meeting", "forum", "station_opening", "safety_education", "guardian_training", "aid_distribution", "other"]},
    "ActivityStatus": {"type": "string", "description": "An activity's status: planned (recruitment not yet open), recruiting, full, closed (closed before it filled), cancelled or completed.", "enum": ["planned", "recruiting", "full", "closed", "cancelled", "completed"]},
    "ActivityList": {"type": "array", "description": "Every activity with its status and free places, soonest first.", "items": {"$ref": "#/components/schemas/ActivitySummary"}},
    "ActivitySummary": {
      "type": "object",
      "description": "One activity as lists show it.",
      "properties": {
        "activity_id": {"type": "string"}, "unit_id": {"type": "string"},
        "kind": {"$ref": "#/components/schemas/ActivityKind"},
        "title": {"type": "string"}, "place": {"type": "string"},
        "starts_at": {"type": "string", "format": "date-time"}, "ends_at": {"type": "string", "format": "date-time"},
        "time_zone": {"type": "string", "description": "the IANA time zone of the activity's unit"},
        "version": {"type": "integer", "minimum": 0, "description": "the activity stream's version, for If-Match"},
        "status": {"$ref": "#/components/schemas/ActivityStatus"},
        "free_places": {"type": "integer", "minimum": 0, "description": "places not yet taken, over every slot"}
      }
    },
    "HoursCorrection": {
      "type": "object",
      "description": "A correction of their hours a volunteer asked for, waiting for a decision.",
      "properties": {"minutes": {"type": "integer", "minimum": 0, "description": "the minutes asked for"}, "reason": {"type": "string"}}
    },
    "RosterPerson": {
      "type": "object",
      "description": "A volunteer on a roster: a holder, a waiter or a caring family.",
      "properties": {
        "volunteer_id": {"type": "string"}, "name": {"type": "string"},
        "group": {"type": "string", "description": "the group_id of their group; empty when in none"},
        "confirmed_minutes": {"type": "integer", "minimum": 0, "description": "their confirmed hours in minutes, once confirmed"},
        "correction": {"$ref": "#/components/schemas/HoursCorrection"}
      },
      "optional": ["confirmed_minutes", "correction"]
    },
    "Roster": {
      "type": "object",
      "description": "An activity's roster: slots, holders by group, waitlist, children, pledges.",
      "extends": "ActivitySummary",
      "properties": {
        "itinerary": {"type": "array", "items": {"type": "string"}, "description": "the stops, in order"},
        "person_in_charge": {"type": "string"}, "coordinator": {"type": "string"}, "children_contact": {"type": "string"},
        "cancel_reason": {"type": "string", "description": "empty unless cancelled"},
        "weather": {"type": "boolean", "description": "whether it was cancelled for the weather"},
        "slots": {"type": "array", "items": {"$ref": "#/components/schemas/RosterSlot"}},
        "groups": {"type": "array", "items": {"$ref": "#/components/schemas/RosterGroup"}},
        "children": {"type": "array", "items": {"type": "string"}, "description": "the ids of the enrolled children"},
        "children_capacity": {"type": "integer", "minimum": 0},
        "pledges": {"type": "array", "items": {"$ref": "#/components/schemas/RosterPledge"}},
        "check_in": {
          "type": "object", "description": "the day's check-in, once opened (since the last reschedule)",
          "properties": {"day": {"type": "string", "format": "date"}, "code": {"type": "string", "description": "the code read out on the spot; masked to volunteers and counselors"}, "opened_by": {"type": "string"}}
        },
        "reflections": {"type": "array", "items": {"$ref": "#/components/schemas/Reflection"}},
        "families": {"type": "array", "items": {"$ref": "#/components/schemas/RosterPerson"}, "description": "a library build only: the caring families that joined it"},
        "books_on_shelf": {"type": "integer", "minimum": 0, "description": "a library build only"},
        "paired_friends": {"type": "array", "items": {"$ref": "#/components/schemas/PairedFriend"}, "description": "a library build only: each child's city friend"}
      },
      "optional": ["check_in", "families", "books_on_shelf", "paired_friends"]
    },
    "RosterSlot": {
      "type": "object",
      "description": "A kind of place in an activity, with its holders and its waitlist in arrival order.",
      "properties": {
        "slot_id": {"type": "string"}, "role": {"type": "string"}, "capacity": {"type": "integer", "minimum": 0},
        "holders": {"type": "array", "items": {"$ref": "#/components/schemas/RosterPerson"}},
        "waitlist": {"type": "array", "items": {"$ref": "#/components/schemas/RosterPerson"}}
      }
    },
    "RosterGroup": {
      "type": "object",
      "description": "A group of an activity (分组) with its volunteers and children.",
      "properties": {
        "group_id": {"type": "string"}, "name": {"type": "string"},
        "adults": {"type": "array", "items": {"type": "string"}, "description": "volunteer ids of its vetted adults"},
        "others": {"type": "array", "items": {"type": "string"}, "description": "volunteer ids of its other volunteers"},
        "children": {"type": "array", "items": {"type": "string"}, "description": "child ids"},
        "broken_rule": {"type": "string", "enum": ["", "two_adult_rule", "ratio_exceeded"], "description": "the rule a removal left it breaking; empty when none"}
      }
    },
    "RosterPledge": {
      "type": "object",
      "description": "A sponsor's pledge to an activity and how much of it was delivered.",
      "properties": {
        "pledge_id": {"type": "string"}, "sponsor": {"type": "string"}, "what": {"type": "string"},
        "quantity": {"type": "integer", "minimum": 0}, "delivered": {"type": "integer", "minimum": 0},
        "fulfilled": {"type": "boolean", "description": "whether delivered in full"}
      }
    },
    "Reflection": {
      "type": "object",
      "description": "What a volunteer who took part wrote afterwards (their latest).",
      "properties": {"volunteer_id": {"type": "string"}, "name": {"type": "string"}, "text": {"type": "string"}}
    },
    "PairedFriend": {
      "type": "object",
      "description": "A child's city friend at a library build.",
      "properties": {"child_id": {"type": "string"}, "friend_name": {"type": "string", "description": "the child's personal data: masked to volunteers, counselors and auditors without the grant"}}
    },
    "CalendarLink": {
      "type": "object",
      "description": "A link that opens the activity's iCalendar file without a token.",
      "properties": {
        "url": {"type": "string", "description": "the path /v1/links/{link}, relative to this server"},
        "expires_at": {"type": "string", "format": "date-time"}
      }
    },
    "EnrolledChildren": {
      "type": "object",
      "description": "The children enrolled in an activity, each with name and unit.",
      "properties": {
        "activity_id": {"type": "string"},
        "children": {"type": "array", "items": {"$ref": "#/components/schemas/EnrolledChild"}}
      }
    },
    "EnrolledChild": {
      "type": "object",
      "description": "A child enrolled in an activity.",
      "properties": {
        "child_id": {"type": "string"},
        "name": {"type": "string", "description": "masked to auditors without the grant; empty when the child is unknown"},
        "unit_id": {"type": "string", "description": "empty when the child is unknown"}
      }
    },
    "CounselingSessionList": {"type": "array", "description": "A counseling activity's sessions with their confidential notes, in the order recorded.", "items": {"$ref": "#/components/schemas/CounselingSession"}},
    "CounselingSession": {
      "type": "object",
      "description": "One counseling session as its counselor recorded it.",
      "properties": {
        "counselor_id": {"type": "string"},
        "outcome": {"type": "string", "enum": ["held", "cancelled", "no_show"]},
        "group": {"type": "boolean", "description": "whether a group session"},
        "children": {"type": "array", "items": {"type": "string"}, "description": "child ids"},
        "confidential_notes": {"type": "string"}
      }
    },
    "Schedule": {
      "type": "object",
      "description": "A volunteer's schedule, upcoming and past, and hours by month.",
      "properties": {
        "volunteer_id": {"type": "string"}, "name": {"type": "string"},
        "upcoming": {"type": "array", "items": {"$ref": "#/components/schemas/ScheduleItem"}, "description": "not yet ended nor completed, by start"},
        "past": {"type": "array", "items": {"$ref": "#/components/schemas/ScheduleItem"}, "description": "by start"},
        "hours_by_month": {"type": "object", "additionalProperties": {"type": "number"}, "description": "confirmed hours by the month (YYYY-MM) the activity started in its unit's zone"}
      }
    },
    "ScheduleItem": {
      "type": "object",
      "description": "A place a volunteer holds or waits for in an activity, or a library build they joined as a caring family.",
      "extends": "ActivitySummary",
      "properties": {
        "slot_id": {"type": "string", "description": "empty for a caring family"},
        "role": {"type": "string", "description": "the slot's role, or family for a caring family"},
        "group_name": {"type": "string", "description": "empty when in no group"},
        "person_in_charge": {"type": "string"}, "coordinator": {"type": "string"},
        "itinerary": {"type": "array", "items": {"type": "string"}},
        "checked_in_at": {"type": "string", "format": "date-time"}, "checked_out_at": {"type": "string", "format": "date-time"},
        "confirmed_minutes": {"type": "integer", "minimum": 0, "description": "their confirmed hours in minutes, once confirmed"},
        "correction": {"$ref": "#/components/schemas/HoursCorrection"},
        "reflection": {"type": "string", "description": "what they wrote afterwards, once written"},
        "waiting": {"type": "boolean", "description": "whether on the waitlist"},
        "waitlist_place": {"type": "integer", "minimum": 1, "description": "when waiting: their place on the waitlist, from 1"}
      },
      "optional": ["checked_in_at", "checked_out_at", "confirmed_minutes", "correction", "reflection", "waitlist_place"]
    },
    "VolunteerServiceRecord": {
      "type": "object",
      "description": "A volunteer's service record: their details, each activity with confirmed hours and the total.",
      "properties": {
        "volunteer_id": {"type": "string"}, "name": {"type": "string"},
        "sex": {"type": "string", "enum": ["unspecified", "male", "female"]},
        "date_of_birth": {"type": "string", "description": "YYYY-MM-DD; empty when unknown"},
        "id_number": {"type": "string"}, "contact": {"type": "string"}, "unit_id": {"type": "string"},
        "from": {"type": "string", "format": "date", "nullable": true, "description": "the from asked for; null when none"},
        "to": {"type": "string", "format": "date", "nullable": true, "description": "the to asked for; null when none"},
        "records": {"type": "array", "items": {"$ref": "#/components/schemas/ServiceRecord"}, "description": "in the order the hours were first confirmed"},
        "total_minutes": {"type": "integer", "minimum": 0},
        "total_hours": {"type": "string", "description": "hours with two decimals, e.g. 12.50"},
        "issued_on": {"type": "string", "format": "date", "description": "today in Beijing time"}
      }
    },
    "ServiceRecord": {
      "type": "object",
      "description": "A volunteer's confirmed hours on one activity.",
      "properties": {
        "activity_id": {"type": "string"}, "title": {"type": "string"},
        "kind": {"type": "string", "description": "the activity's kind in Chinese (empty for an unknown activity)", "enum": ["外出活动", "图书屋建设", "心理辅导", "升旗仪式", "主题班会", "座谈会", "活动站开放", "蒲公英安全教育", "牵牛花家教培训", "迎春花帮扶", "其他", ""]},
        "unit_id": {"type": "string"}, "unit": {"type": "string", "description": "the unit's name (its id when unknown)"}, "place": {"type": "string"},
        "starts_at": {"type": "string", "format": "date-time"}, "ends_at": {"type": "string", "format": "date-time"},
        "minutes": {"type": "integer", "minimum": 0}, "hours": {"type": "string", "description": "hours with two decimals"},
        "person_in_charge": {"type": "string"}, "recorded_by": {"type": "string", "description": "who confirmed the hours or decided their correction"},
        "recorded_on": {"type": "string", "format": "date", "description": "the day recorded, Beijing time"}
      }
    },
    "ServiceRecordTable": {"type": "array", "description": "Volunteer service records as rows of the national system's 19 columns, header row first.", "items": {"type": "array", "items": {"type": "string"}}},
    "ReminderList": {"type": "array", "description": "Follow-up reminders with their state, soonest due first.", "items": {"$ref": "#/components/schemas/Reminder"}},
    "Reminder": {
      "type": "object",
      "description": "A follow-up reminder: what is due, for whom, by when.",
      "properties": {
        "id": {"type": "string"},
        "kind": {"type": "string", "enum": ["monthly_report", "consent", "erasure", "survey", "monthly_contact", "care_waiver", "vetting", "readiness", "activity_notice", "group_short", "activity_completion", "hours_confirmation", "school_visit", "library_restock", "counseling_follow_up"]},
        "subject": {"type": "string", "description": "what it is about: a child, volunteer or activity id, or a report's month"},
        "for": {"type": "string", "description": "whom it is for: a volunteer id, a unit id or a coordinator's name"},
        "unit_id": {"type": "string"},
        "due": {"type": "string", "format": "date", "description": "the day it falls due, in its unit's zone"},
        "due_at": {"type": "string", "format": "date-time", "description": "past this it is overdue"},
        "source_position": {"type": "integer", "minimum": 0, "description": "the log position of the event that started it"},
        "state": {"type": "string", "enum": ["upcoming", "due", "overdue", "done"]},
        "done_position": {"type": "integer", "minimum": 0, "description": "when done: the log position of the event that answered it"}
      },
      "optional": ["done_position"]
    },
    "SponsorYear": {
      "type": "object",
      "description": "Sponsors (爱心单位) over a year with their pledges, by name.",
      "properties": {
        "year": {"type": "string", "description": "YYYY"},
        "sponsors": {"type": "array", "items": {"$ref": "#/components/schemas/Sponsor"}}
      }
    },
    "Sponsor": {
      "type": "object",
      "description": "One sponsor's pledges over a year, by the activity's start.",
      "properties": {
        "sponsor": {"type": "string"},
        "pledges": {"type": "array", "items": {"$ref": "#/components/schemas/SponsorPledge"}},
        "pledged": {"type": "integer", "minimum": 0, "description": "pledges to activities not cancelled"},
        "fulfilled": {"type": "integer", "minimum": 0, "description": "of those, the ones delivered in full"}
      }
    },
    "SponsorPledge": {
      "type": "object",
      "description": "A pledge to an activity, with the activity and its status.",
      "properties": {
        "activity_id": {"type": "string"}, "title": {"type": "string"}, "unit_id": {"type": "string"},
        "starts_at": {"type": "string", "format": "date-time"},
        "time_zone": {"type": "string", "description": "the IANA time zone of the activity's unit"},
        "status": {"$ref": "#/components/schemas/ActivityStatus"},
        "what": {"type": "string"}, "quantity": {"type": "integer", "minimum": 0}, "delivered": {"type": "integer", "minimum": 0},
        "fulfilled": {"type": "boolean", "description": "whether delivered in full"}
      }
    }
  }
})json";
}

}  // namespace homeward::http
