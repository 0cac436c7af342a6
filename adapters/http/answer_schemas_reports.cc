// What the report, assessment, school-actions, audit and as-of replay routes answer.

#include "adapters/http/answer_schemas.h"

namespace homeward::http {

std::string_view ReportAnswerSchemaText() {
  return R"json({
  "routes": {
    "/v1/units/{unit_id}/report": "UnitReport",
    "/v1/units/{unit_id}/assessment": "Assessment",
    "/v1/units/{unit_id}/school-actions": "SchoolActions",
    "/v1/audit/reads": "PersonalReads",
    "/v1/audit/verify": "ChainVerification",
    "/v1/replay/{name}": "Replay"
  },
  "schemas": {
    "UnitReport": {
      "type": "object",
      "description": "A unit's monthly report, rolled up over the units under it.",
      "properties": {
        "unit_id": {"type": "string"},
        "month": {"type": "string", "description": "YYYY-MM"},
        "units": {"type": "array", "items": {"$ref": "#/components/schemas/UnitReportRow"},
                  "description": "the unit and each unit under it that month, parents first"},
        "total": {"$ref": "#/components/schemas/ReportFigures"},
        "late_reports": {"type": "array", "items": {"$ref": "#/components/schemas/LateReport"}},
        "short_openings": {"type": "array", "items": {"$ref": "#/components/schemas/ShortOpening"},
                           "description": "each working day a station was open less than its daily minimum"},
        "rest_day_openings": {"type": "array", "items": {"$ref": "#/components/schemas/RestDayOpenings"},
                              "description": "each station with weekends or holidays in the month"}
      }
    },
    "ReportFigures": {
      "type": "object",
      "description": "A unit's work over a month, or the tree's summed.",
      "properties": {
        "activities_held": {"type": "integer", "minimum": 0, "description": "completed activities that started in it"},
        "children_reached": {"type": "integer", "minimum": 0, "description": "distinct children reached by an activity or a contact"},
        "volunteer_hours": {"type": "number", "minimum": 0, "description": "confirmed volunteer minutes / 60"},
        "contacts_made": {"type": "integer", "minimum": 0}
      }
    },
    "UnitReportRow": {
      "type": "object",
      "description": "One unit's figures in a monthly report and the standing of its own report.",
      "extends": "ReportFigures",
      "properties": {
        "unit_id": {"type": "string"}, "name": {"type": "string"},
        "report": {"type": "string", "enum": ["on_time", "late", "missing", "not_due"],
                   "description": "the unit's report of the month: not_due when not in yet or not owed"},
        "owes": {"type": "boolean", "description": "whether the unit owes that month's report at all"}
      }
    },
    "LateReport": {
      "type": "object",
      "description": "A unit whose monthly report came in late or is missing.",
      "properties": {
        "unit_id": {"type": "string"}, "name": {"type": "string"},
        "report": {"type": "string", "enum": ["late", "missing"]}
      }
    },
    "ShortOpening": {
      "type": "object",
      "description": "A working day a station was open less than its daily minimum.",
      "properties": {
        "station_id": {"type": "string"}, "name": {"type": "string"}, "unit_id": {"type": "string"},
        "day": {"type": "string", "format": "date"},
        "minutes": {"type": "integer", "minimum": 0, "description": "minutes open; 0 when it did not open"}
      }
    },
    "RestDayOpenings": {
      "type": "object",
      "description": "A station's weekends and holidays in the month, from its registration to yesterday.",
      "properties": {
        "station_id": {"type": "string"}, "name": {"type": "string"}, "unit_id": {"type": "string"},
        "rest_days": {"type": "integer", "minimum": 0},
        "days_open": {"type": "integer", "minimum": 0},
        "days_open_all_day": {"type": "integer", "minimum": 0, "description": "days open 8 hours or more"}
      }
    },
    "Assessment": {
      "type": "object",
      "description": "A unit's assessment (考核) over a year, per unit under it.",
      "properties": {
        "unit_id": {"type": "string"},
        "year": {"type": "string", "description": "YYYY"},
        "units": {"type": "array", "items": {"$ref": "#/components/schemas/AssessmentRow"},
                  "description": "each unit in the unit's tree in any month of the year, in the order first seen"},
        "total": {"$ref": "#/components/schemas/AssessmentFigures"}
      }
    },
    "AssessmentFigures": {
      "type": "object",
      "description": "An assessment's figures over the year, summed over the units (children counted once).",
      "extends": "ReportFigures",
      "properties": {
        "reports_on_time": {"type": "integer", "minimum": 0},
        "reports_late": {"type": "integer", "minimum": 0},
        "reports_missing": {"type": "integer", "minimum": 0},
        "stations": {"type": "integer", "minimum": 0, "description": "stations open at the year's end"},
        "stations_new": {"type": "integer", "minimum": 0, "description": "of those, registered in the year"},
        "short_opening_days": {"type": "integer", "minimum": 0, "description": "working days a station opened short"}
      }
    },
    "AssessmentRow": {
      "type": "object",
      "description": "One unit's figures in an assessment, over the months it was in the tree.",
      "extends": "AssessmentFigures",
      "properties": {
        "unit_id": {"type": "string"}, "name": {"type": "string"}
      }
    },
    "SchoolActions": {
      "type": "object",
      "description": "A school's six actions in a term (六个一), per unit under the given unit.",
      "properties": {
        "term": {"type": "string", "description": "YYYY-spring or YYYY-autumn"},
        "from": {"type": "string", "format": "date"},
        "to": {"type": "string", "format": "date"},
        "units": {"type": "array", "items": {"$ref": "#/components/schemas/SchoolActionsRow"},
                  "description": "parents first; a unit with no children that held none of the three is left out"}
      }
    },
    "SchoolActionsRow": {
      "type": "object",
      "description": "One unit's six actions in the term.",
      "properties": {
        "unit_id": {"type": "string"}, "name": {"type": "string"},
        "flag_ceremonies": {"type": "array", "items": {"type": "string", "format": "date"},
                            "description": "the days held, ascending"},
        "class_meetings": {"type": "integer", "minimum": 0},
        "forums": {"type": "integer", "minimum": 0},
        "children": {"type": "integer", "minimum": 0, "description": "the unit's children in the programme"},
        "letters": {"type": "integer", "minimum": 0, "description": "children who wrote a letter to their parents"},
        "calls": {"type": "integer", "minimum": 0, "description": "children whose parents had a call"},
        "cards": {"type": "integer", "minimum": 0, "description": "children whose archive card is approved"},
        "done": {"type": "boolean", "description": "all six done"}
      }
    },
    "PersonalReads": {
      "type": "array",
      "description": "Who read a child's personal data, oldest first.",
      "items": {"$ref": "#/components/schemas/PersonalRead"}
    },
    "PersonalRead": {
      "type": "object",
      "description": "One answer that showed a child's personal fields.",
      "properties": {
        "position": {"type": "integer", "minimum": 1, "description": "the record's log position"},
        "at": {"type": "string", "format": "date-time"},
        "account_id": {"type": "string"},
        "role": {"type": "string", "enum": ["admin", "coordinator", "counselor", "volunteer", "auditor"]},
        "route": {"type": "string", "description": "method and route pattern, e.g. GET /v1/care-board"},
        "fields": {"type": "array", "items": {"type": "string"},
                   "description": "paths within the answer's data, e.g. card.name"}
      }
    },
    "ChainVerification": {
      "type": "object",
      "description": "The outcome of walking the hash chain of the whole log.",
      "properties": {
        "ok": {"type": "boolean"},
        "count": {"type": "integer", "minimum": 0, "description": "records that verified"},
        "head_position": {"type": "integer", "minimum": 0, "description": "the last verified position"},
        "head_hash": {"type": "string", "description": "its SHA-256, hex: later runs prove the past unchanged"},
        "bad_position": {"type": "integer", "minimum": 0, "description": "the first position that fails; 0 when ok"},
        "problem": {"type": "string", "description": "what is wrong there; empty when ok"}
      }
    },
    "Replay": {
      "type": "object",
      "description": "A view as it stood at a log position or the end of a day.",
      "properties": {
        "projection": {"type": "string", "description": "the view's name",
                       "enum": ["roster", "care", "reminders", "archive", "report", "accounts", "volunteers",
                                "stations", "assessment", "sponsors", "school-actions", "service-records"]},
        "position": {"type": "integer", "minimum": 0, "description": "the last log position folded"},
        "as_of": {"type": "string", "format": "date-time", "description": "the moment the view is computed at"},
        "view": {
          "description": "The view as its live route answers it. roster: every activity's roster, one activity's (id), or a volunteer's schedule (id v:ID); care: the care board, or a volunteer's care (id); reminders; archive: every child, or one child's card (id); report: every top unit's monthly report, or one unit's (id); accounts; volunteers: each volunteer's state as the rules see it, or one's (id); stations (14 days); assessment; sponsors; school-actions; service-records.",
          "anyOf": [
            {"$ref": "#/components/schemas/Roster"},
            {"type": "array", "items": {"$ref": "#/components/schemas/Roster"}},
            {"$ref": "#/components/schemas/Schedule"},
            {"$ref": "#/components/schemas/CareBoard"},
            {"$ref": "#/components/schemas/VolunteerCare"},
            {"$ref": "#/components/schemas/ReminderList"},
            {"$ref": "#/components/schemas/ArchiveCard"},
            {"type": "array", "items": {"$ref": "#/components/schemas/ReplayedChild"}},
            {"$ref": "#/components/schemas/UnitReport"},
            {"type": "array", "items": {"$ref": "#/components/schemas/UnitReport"}},
            {"$ref": "#/components/schemas/AccountList"},
            {"$ref": "#/components/schemas/ReplayedVolunteer"},
            {"type": "array", "items": {"$ref": "#/components/schemas/ReplayedVolunteer"}},
            {"$ref": "#/components/schemas/StationList"},
            {"$ref": "#/components/schemas/Assessment"},
            {"$ref": "#/components/schemas/SponsorYear"},
            {"$ref": "#/components/schemas/SchoolActions"},
            {"$ref": "#/components/schemas/ReplayedServiceRecords"}
          ]
        }
      }
    },
    "ReplayedChild": {
      "type": "object",
      "description": "A child as the archive lists them.",
      "properties": {
        "child_id": {"type": "string"},
        "name": {"type": "string", "description": "\"[masked]\" to an auditor without a grant; \"[erased]\" once erased"},
        "unit_id": {"type": "string"},
        "school": {"type": "string"},
        "left": {"type": "boolean"},
        "contacts": {"type": "integer", "minimum": 0, "description": "how many contacts were recorded"}
      }
    },
    "ReplayedVolunteer": {
      "type": "object",
      "description": "A volunteer's state as the rules decide on it.",
      "properties": {
        "volunteer_id": {"type": "string"},
        "stream_version": {"type": "integer", "minimum": 0, "description": "the volunteer stream's version it reflects"},
        "unit_id": {"type": "string"},
        "suspended": {"type": "boolean"}, "left": {"type": "boolean"}, "erased": {"type": "boolean"},
        "vetted_until": {"type": "string", "format": "date", "nullable": true, "description": "null when never vetted"},
        "waivers": {"type": "array", "description": "the last waiver version accepted of each unit",
                    "items": {"type": "object", "properties": {"unit_id": {"type": "string"}, "version": {"type": "string"}}}},
        "roles": {"type": "array", "description": "active \"3+1\" roles",
                  "items": {"type": "object", "properties": {
                    "child_id": {"type": "string"},
                    "role": {"type": "string", "enum": ["caring_mother", "proxy_parent", "happy_companion"]}}}},
        "paired_children": {"type": "array", "items": {"type": "string"}, "description": "children in active help pairs"},
        "bookings": {"type": "array", "description": "places held in activities",
                     "items": {"type": "object", "properties": {
                       "activity_id": {"type": "string"}, "slot_id": {"type": "string"},
                       "starts_at": {"type": "string", "format": "date-time"},
                       "ends_at": {"type": "string", "format": "date-time"},
                       "cancelled": {"type": "boolean"}}}}
      }
    },
    "ReplayedServiceRecords": {
      "type": "object",
      "description": "Volunteer service records (志愿服务记录), in the order the hours were first confirmed.",
      "properties": {
        "records": {"type": "array", "items": {"$ref": "#/components/schemas/ReplayedServiceRecord"}},
        "total_hours": {"type": "string", "description": "hours with two decimals, e.g. 12.50"}
      }
    },
    "ReplayedServiceRecord": {
      "type": "object",
      "description": "A volunteer's confirmed hours on one activity.",
      "properties": {
        "volunteer_id": {"type": "string"}, "name": {"type": "string", "description": "the volunteer's"},
        "activity_id": {"type": "string"}, "title": {"type": "string"},
        "kind": {"type": "string", "description": "the activity kind's Chinese name",
                 "enum": ["外出活动", "图书屋建设", "心理辅导", "升旗仪式", "主题班会", "座谈会", "活动站开放",
                          "蒲公英安全教育", "牵牛花家教培训", "迎春花帮扶", "其他"]},
        "unit_id": {"type": "string"}, "unit": {"type": "string", "description": "the unit's name"},
        "place": {"type": "string"},
        "starts_at": {"type": "string", "format": "date-time"},
        "ends_at": {"type": "string", "format": "date-time"},
        "minutes": {"type": "integer", "minimum": 0},
        "hours": {"type": "string", "description": "minutes as hours with two decimals, e.g. 12.50"},
        "person_in_charge": {"type": "string"},
        "recorded_by": {"type": "string", "description": "the account that confirmed or corrected the hours"},
        "recorded_on": {"type": "string", "format": "date", "description": "the day in Beijing time"}
      }
    }
  }
})json";
}

}  // namespace homeward::http
