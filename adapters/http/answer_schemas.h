#pragma once
// What each read route answers, as OpenAPI 3.0 schemas, for docs/openapi.yaml.
//
// The schemas are written as JSON in answer_schemas_*.cc, one text per area
// of the API. Each text is an object:
//
//   {"routes":  {"/v1/activities/{activity_id}/roster": "Roster", ...},
//    "schemas": {"Roster": {...schema...}, ...}}
//
// A route named with a string answers `{"data": X}` where X is the named
// schema; a route named with an object answers a file, and the object is its
// 200 response's `content` ({"text/calendar": {"schema": ...}}). A schema
// refers to another as {"$ref": "#/components/schemas/Name"}.
//
// One shorthand keeps the texts short: an object schema with `properties`
// requires every property except those it lists in `"optional": [...]`, and
// allows no property it does not list (`additionalProperties: false`), unless
// it says otherwise. A schema of the "schemas" object may say
// `"extends": "Base"`: it then has Base's properties (and "optional" names)
// before its own, as an answer that adds fields to another does. And a
// schema without a "type" (a reference,
// {"allOf": [{"$ref": ...}], "nullable": true}) may say "nullable": it is
// then that schema or null. ReadAnswerSchemas expands all three, so the document
// is plain OpenAPI 3.0, and a test holds every live answer to its schema.

#include <boost/json/object.hpp>
#include <string_view>

namespace homeward::http {

// Every read route's answer schema, merged from all the texts and expanded:
// `routes` maps a route's path to its 200 response's `content` object;
// `schemas` is the document's components/schemas. Throws std::logic_error on a
// text that is not JSON, a schema named twice, or a route named twice (a fault
// of the program, caught by the API document's test).
struct AnswerSchemas {
  boost::json::object routes;
  boost::json::object schemas;
};
const AnswerSchemas& ReadAnswerSchemas();

// The texts, one per area (answer_schemas_people.cc, ..._care.cc,
// ..._activities.cc, ..._reports.cc): accounts, volunteers, units, holidays,
// stations and /healthz; children's cards and care; activities, schedules,
// reminders, sponsors and service records; reports, assessments, school
// actions and the audit routes (the log's events are made in
// answer_schemas.cc from the events' own descriptions).
std::string_view PeopleAnswerSchemaText();
std::string_view CareAnswerSchemaText();
std::string_view ActivityAnswerSchemaText();
std::string_view ReportAnswerSchemaText();

}  // namespace homeward::http
