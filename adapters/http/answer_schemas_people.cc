// What the read routes of accounts, volunteers, units, holidays and stations answer, and
// the body of GET /healthz.

#include "adapters/http/answer_schemas.h"

namespace homeward::http {

std::string_view PeopleAnswerSchemaText() {
  return R"json({
  "routes": {
    "/v1/me": "Me",
    "/v1/accounts": "AccountList",
    "/v1/volunteers": "VolunteerList",
    "/v1/volunteers/{volunteer_id}": "VolunteerDetails",
    "/v1/units": "UnitList",
    "/v1/units/{unit_id}/waiver": "Waiver",
    "/v1/holidays/{year}": "Holidays",
    "/v1/stations": "StationList"
  },
  "schemas": {
    "Health": {
      "type": "object",
      "description": "Liveness: the log's head and each projection's position (the whole body, not wrapped in data).",
      "properties": {
        "status": {"type": "string", "enum": ["ok", "rebuilding", "failing"], "description": "failing (with HTTP 503) when following the log failed; rebuilding while a projection catches up"},
        "head": {"type": "integer", "minimum": 0, "description": "the log's last position"},
        "projections": {"type": "array", "items": {
          "type": "object",
          "properties": {
            "name": {"type": "string", "enum": ["roster", "care", "reminders", "archive", "report", "accounts", "volunteers"]},
            "version": {"type": "integer", "minimum": 0, "description": "the projection's code version"},
            "position": {"type": "integer", "minimum": 0, "description": "the log position applied up to and including"},
            "rebuilding": {"type": "boolean", "description": "started from empty and not caught up yet"}
          }
        }},
        "problem": {"type": "string", "description": "why following failed; empty unless failing"}
      }
    },
    "Me": {
      "type": "object",
      "description": "The account the token belongs to.",
      "properties": {
        "account_id": {"type": "string"}, "name": {"type": "string"},
        "role": {"type": "string", "enum": ["admin", "coordinator", "counselor", "volunteer", "auditor"]},
        "unit_id": {"type": "string", "description": "the unit a coordinator acts for; empty when none"},
        "volunteer_id": {"type": "string", "description": "the volunteer a volunteer's or counselor's account acts as; empty otherwise"}
      }
    },
    "AccountList": {"type": "array", "description": "The organization's accounts, revoked ones too.", "items": {"$ref": "#/components/schemas/Account"}},
    "Account": {
      "type": "object",
      "description": "One account: never its token.",
      "properties": {
        "account_id": {"type": "string"}, "name": {"type": "string"},
        "role": {"type": "string", "enum": ["admin", "coordinator", "counselor", "volunteer", "auditor"]},
        "unit_id": {"type": "string", "description": "the unit a coordinator acts for; empty when none"},
        "volunteer_id": {"type": "string", "description": "the volunteer the account acts as; empty when none"},
        "revoked": {"type": "boolean"},
        "personal_data": {"type": "boolean", "description": "an auditor granted children's personal fields"}
      }
    },
    "VolunteerList": {"type": "array", "description": "The volunteers who have not left, or with left=true those who left, by id.", "items": {"$ref": "#/components/schemas/VolunteerSummary"}},
    "VolunteerSummary": {
      "type": "object",
      "description": "A volunteer as the list shows them: no contact details.",
      "properties": {
        "volunteer_id": {"type": "string"}, "unit_id": {"type": "string"},
        "name": {"type": "string", "description": "\"[erased]\" once their personal data was erased"},
        "roles": {"type": "integer", "minimum": 0, "description": "how many \"3+1\" roles they hold for children still in the programme"},
        "help_pairs": {"type": "integer", "minimum": 0, "description": "how many help pairs (结对帮扶) they are in"},
        "party_member": {"type": "boolean", "description": "a party member or cadre, who alone forms help pairs"},
        "suspended": {"type": "boolean"}, "left": {"type": "boolean"},
        "vetted_until": {"type": "string", "anyOf": [{"format": "date"}, {"enum": [""]}], "description": "the last day their criminal-record check counts; empty for none"},
        "erased": {"type": "boolean", "description": "their personal data was erased"}
      }
    },
    "VolunteerDetails": {
      "type": "object",
      "description": "A volunteer's details as recorded, their unit, standing and stream version.",
      "properties": {
        "volunteer_id": {"type": "string"}, "unit_id": {"type": "string"},
        "version": {"type": "integer", "minimum": 0, "description": "the volunteer stream's version, for If-Match"},
        "details": {
          "type": "object",
          "description": "Name, identity number, residence area and contact read \"[erased]\" once erased.",
          "properties": {
            "name": {"type": "string"}, "sex": {"type": "string", "enum": ["unspecified", "male", "female"]},
            "date_of_birth": {"type": "string", "format": "date"},
            "id_number": {"type": "string"}, "residence_area": {"type": "string"}, "contact": {"type": "string"},
            "skills": {"type": "array", "items": {"type": "string"}},
            "service_categories": {"type": "array", "items": {"type": "string"}},
            "kinds": {"type": "array", "items": {"type": "string", "enum": ["caring_family", "party_member", "counselor", "teacher", "student", "retired_elder", "other"]}},
            "family_members": {"type": "integer", "minimum": 0, "description": "for a caring family (爱心家庭)"}
          }
        },
        "vetted_until": {"type": "string", "format": "date", "nullable": true, "description": "the last day their criminal-record check counts; null for none"},
        "suspended": {"type": "boolean"}, "left": {"type": "boolean"},
        "erased": {"type": "boolean", "description": "their personal data was erased"}
      }
    },
    "UnitList": {"type": "array", "description": "The organization's units, each parent before the units under it.", "items": {"$ref": "#/components/schemas/Unit"}},
    "Unit": {
      "type": "object",
      "description": "One unit of the organization.",
      "properties": {
        "unit_id": {"type": "string"}, "name": {"type": "string"},
        "parent_id": {"type": "string", "description": "the unit it is under; empty for a top unit"},
        "time_zone": {"type": "string", "description": "an IANA zone name, such as Asia/Shanghai"},
        "closed": {"type": "boolean"}
      }
    },
    "Waiver": {
      "type": "object",
      "description": "A unit's current waiver (特别承诺).",
      "properties": {
        "unit_id": {"type": "string"}, "name": {"type": "string", "description": "the unit's name"},
        "version": {"type": "string", "description": "the waiver's version, to name when accepting it"},
        "text": {"type": "string"}
      }
    },
    "Holidays": {
      "type": "object",
      "description": "A year's working calendar as last declared.",
      "properties": {
        "year": {"type": "string", "description": "YYYY"},
        "days_off": {"type": "array", "items": {"type": "string", "format": "date"}, "description": "weekdays that are public holidays, ascending"},
        "workdays": {"type": "array", "items": {"type": "string", "format": "date"}, "description": "weekend days worked in their place (调休), ascending"},
        "source": {"type": "string", "description": "the notice the calendar comes from"}
      }
    },
    "StationList": {"type": "array", "description": "The activity stations, by unit and name, each with its last days.", "items": {"$ref": "#/components/schemas/Station"}},
    "Station": {
      "type": "object",
      "description": "An activity station (留守儿童快乐成长活动站) with its last days.",
      "properties": {
        "station_id": {"type": "string"}, "name": {"type": "string"}, "unit_id": {"type": "string"},
        "min_daily_minutes": {"type": "integer", "minimum": 0, "description": "the minutes it must be open on a working day it owes"},
        "registered_on": {"type": "string", "format": "date"},
        "closed_on": {"type": "string", "anyOf": [{"format": "date"}, {"enum": [""]}], "description": "the first day of the closing in force; empty while open"},
        "reopened_on": {"type": "string", "anyOf": [{"format": "date"}, {"enum": [""]}], "description": "the day it last opened again after a closing; empty if never"},
        "days": {"type": "array", "description": "the days asked for up to today in its unit's time zone, newest first, none before it was registered", "items": {
          "type": "object",
          "properties": {
            "day": {"type": "string", "format": "date"},
            "minutes": {"type": "integer", "minimum": 0, "description": "minutes open, summed over the day's openings"},
            "working_day": {"type": "boolean", "description": "by the organization's calendar"}, "closed": {"type": "boolean", "description": "the station was closed that day"},
            "short": {"type": "boolean", "description": "a working day it owed its minimum on and was open less"}
          }
        }}
      }
    }
  }
})json";
}

}  // namespace homeward::http
