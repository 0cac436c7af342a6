// What the read routes of children and their care answer: a child's archive card, the
// "3+1" care board, and the children in one volunteer's care.

#include "adapters/http/answer_schemas.h"

namespace homeward::http {

std::string_view CareAnswerSchemaText() {
  return R"json({
  "routes": {
    "/v1/volunteers/{volunteer_id}/care": "VolunteerCare",
    "/v1/children/{child_id}/card": "ArchiveCard",
    "/v1/care-board": "CareBoard"
  },
  "schemas": {
    "VolunteerCare": {
      "type": "object",
      "description": "The children in a volunteer's care: the roles they hold and their help pairs.",
      "properties": {
        "volunteer_id": {"type": "string"}, "name": {"type": "string", "description": "the volunteer's name"},
        "roles": {"type": "array", "items": {
          "type": "object",
          "properties": {
            "child_id": {"type": "string"}, "name": {"type": "string", "description": "the child's name"},
            "role": {"type": "string", "enum": ["caring_mother", "proxy_parent", "happy_companion"]},
            "since": {"type": "string", "format": "date-time"}
          }
        }},
        "help_pairs": {"type": "array", "items": {
          "type": "object",
          "properties": {
            "child_id": {"type": "string"}, "name": {"type": "string", "description": "the child's name"},
            "since": {"type": "string", "format": "date-time"}
          }
        }}
      }
    },
    "ArchiveCard": {
      "type": "object",
      "description": "A child's archive card (档案卡) with its sign-off, consents, \"3+1\" team, contacts, surveys, counseling sessions and aid.",
      "properties": {
        "child_id": {"type": "string"}, "unit_id": {"type": "string"}, "left": {"type": "boolean"},
        "erased": {"type": "boolean", "description": "the child's personal data was erased; those fields read \"[erased]\""},
        "consent_withdrawn": {"type": "boolean", "description": "the guardian's consent to processing stands withdrawn"},
        "version": {"type": "integer", "minimum": 0, "description": "the child's stream version, for If-Match"},
        "card": {
          "type": "object",
          "description": "The card's fields; personal ones may read \"[masked]\" or \"[erased]\".",
          "properties": {
            "name": {"type": "string"}, "sex": {"type": "string", "enum": ["unspecified", "male", "female"]}, "ethnicity": {"type": "string"},
            "date_of_birth": {"type": "string", "description": "YYYY-MM-DD, or \"[masked]\""},
            "id_number": {"type": "string"}, "household_registration": {"type": "string"}, "residence": {"type": "string"},
            "school": {"type": "string"}, "class_name": {"type": "string"}, "boarding": {"type": "boolean"},
            "schooling_status": {"type": "string"}, "health": {"type": "string"}, "disability": {"type": "string"},
            "father": {"$ref": "#/components/schemas/CardParent"},
            "mother": {"$ref": "#/components/schemas/CardParent"},
            "guardian": {
              "type": "object",
              "description": "The person actually caring for the child.",
              "properties": {"name": {"type": "string"}, "relation": {"type": "string"}, "phone": {"type": "string"}, "address": {"type": "string"}}
            },
            "guardianship_rating": {"$ref": "#/components/schemas/GuardianshipRating"}, "support_received": {"type": "string"},
            "teacher_notes": {"type": "string", "description": "the head teacher's notes"}
          }
        },
        "filled_by": {"type": "string"},
        "reviewed_by": {"type": "string", "description": "empty until reviewed"},
        "approved_by": {"type": "string", "description": "empty until approved"},
        "last_survey": {"type": "string", "anyOf": [{"format": "date"}, {"enum": [""]}], "description": "the day of the latest survey done; empty for none"},
        "consents": {"type": "array", "description": "the consents in force", "items": {
          "type": "object",
          "properties": {
            "kind": {"type": "string", "enum": ["trips", "data_processing"]}, "guardian_name": {"type": "string"}, "purpose": {"type": "string"},
            "retention": {"type": "string", "description": "how long the data is kept (for data_processing)"},
            "given_on": {"type": "string", "anyOf": [{"format": "date"}, {"enum": [""]}], "description": "empty when not given"}
          }
        }},
        "roles": {
          "type": "object",
          "description": "Each \"3+1\" role's holder, null while vacant.",
          "properties": {
            "caring_mother": {"allOf": [{"$ref": "#/components/schemas/CardRoleHolder"}], "nullable": true},
            "proxy_parent": {"allOf": [{"$ref": "#/components/schemas/CardRoleHolder"}], "nullable": true},
            "happy_companion": {"allOf": [{"$ref": "#/components/schemas/CardRoleHolder"}], "nullable": true}
          }
        },
        "help_pairs": {"type": "array", "items": {"type": "string"}, "description": "the volunteer ids of the child's help pairs"},
        "contacts": {"type": "array", "description": "every contact, in time order, as corrected", "items": {
          "type": "object",
          "properties": {
            "contact_id": {"type": "string"},
            "kind": {"type": "string", "enum": ["phone_call", "letter", "talk", "home_visit", "school_visit", "follow_up_visit", "forum"]},
            "by": {"type": "string"}, "at": {"type": "string", "format": "date-time"},
            "minutes": {"type": "integer", "minimum": 0}, "summary": {"type": "string"},
            "corrections": {"type": "integer", "minimum": 0, "description": "how many times it was corrected"}
          }
        }},
        "surveys": {"type": "array", "description": "every half-yearly survey (摸底调查), in the order done", "items": {
          "type": "object",
          "properties": {
            "surveyed_on": {"type": "string", "anyOf": [{"format": "date"}, {"enum": [""]}]}, "surveyed_by": {"type": "string"},
            "guardianship_rating": {"$ref": "#/components/schemas/GuardianshipRating"}, "notes": {"type": "string"}
          }
        }},
        "counseling": {"type": "array", "description": "the counseling sessions the child took part in, never their notes", "items": {
          "type": "object",
          "properties": {
            "activity_id": {"type": "string"}, "counselor_id": {"type": "string"},
            "outcome": {"type": "string", "enum": ["held", "cancelled", "no_show"]},
            "group": {"type": "boolean", "description": "a group session"},
            "at": {"type": "string", "format": "date-time", "description": "when it was recorded"}
          }
        }},
        "aid": {"type": "array", "description": "aid the child received at activities", "items": {
          "type": "object",
          "properties": {
            "activity_id": {"type": "string"}, "donor": {"type": "string"}, "what": {"type": "string"},
            "quantity": {"type": "integer", "minimum": 0}, "at": {"type": "string", "format": "date-time"}
          }
        }}
      }
    },
    "CardParent": {
      "type": "object",
      "description": "A parent as the archive card names them.",
      "properties": {"name": {"type": "string"}, "work_city": {"type": "string"}, "phone": {"type": "string"}}
    },
    "CardRoleHolder": {
      "type": "object",
      "description": "Who holds a child's \"3+1\" role on the archive card, and since when.",
      "properties": {"volunteer_id": {"type": "string"}, "since": {"type": "string", "format": "date-time"}}
    },
    "GuardianshipRating": {"type": "string", "description": "How well the child is looked after.", "enum": ["unrated", "good", "fair", "poor"]},
    "CareBoard": {
      "type": "object",
      "description": "The \"3+1\" care board: each child's role holders, gaps and last contact.",
      "properties": {
        "children": {"type": "array", "items": {"$ref": "#/components/schemas/CareBoardChild"}},
        "missing_role": {"type": "array", "items": {"type": "string"}, "description": "ids of the children missing a role"},
        "no_recent_contact": {"type": "array", "items": {"type": "string"}, "description": "ids of the children without a contact within contact_days"},
        "over_limit": {"type": "array", "items": {"type": "string"}, "description": "ids of the children with a carer over their unit's limits"},
        "contact_days": {"type": "integer", "minimum": 1, "description": "days without contact that flag a child"}
      }
    },
    "CareBoardChild": {
      "type": "object",
      "description": "One child on the care board.",
      "properties": {
        "child_id": {"type": "string"}, "name": {"type": "string"}, "unit_id": {"type": "string"},
        "time_zone": {"type": "string", "description": "the child's unit's time zone"},
        "roles": {
          "type": "object",
          "description": "Each \"3+1\" role's holder, null while vacant.",
          "properties": {
            "caring_mother": {"allOf": [{"$ref": "#/components/schemas/CareHolder"}], "nullable": true},
            "proxy_parent": {"allOf": [{"$ref": "#/components/schemas/CareHolder"}], "nullable": true},
            "happy_companion": {"allOf": [{"$ref": "#/components/schemas/CareHolder"}], "nullable": true}
          }
        },
        "help_pairs": {"type": "array", "items": {"$ref": "#/components/schemas/CareHolder"}, "description": "in the order formed"},
        "last_contact": {"type": "string", "anyOf": [{"format": "date-time"}, {"enum": [""]}], "description": "empty when there was none"},
        "missing": {"type": "array", "items": {"type": "string", "enum": ["caring_mother", "proxy_parent", "happy_companion"]}}, "no_recent_contact": {"type": "boolean"},
        "over_limit": {"type": "array", "description": "each of its carers who cares for more children that way than the child's unit allows", "items": {
          "type": "object",
          "properties": {
            "volunteer_id": {"type": "string"}, "role": {"type": "string", "enum": ["caring_mother", "proxy_parent", "happy_companion", "help_pair"]},
            "holds": {"type": "integer", "minimum": 0}, "limit": {"type": "integer", "minimum": 0}
          }
        }}
      }
    },
    "CareHolder": {
      "type": "object",
      "description": "A volunteer holding a role or a help pair on the care board, and since when.",
      "properties": {
        "volunteer_id": {"type": "string"}, "name": {"type": "string", "description": "the volunteer's name; empty when unknown"},
        "since": {"type": "string", "format": "date-time"}
      }
    }
  }
})json";
}

}  // namespace homeward::http
