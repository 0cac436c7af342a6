#include "adapters/http/answer_schemas.h"

#include <boost/json.hpp>
#include <stdexcept>

#include "adapters/json/event_json.h"
#include "adapters/json/struct_schema.h"
#include "events/event.h"

namespace homeward::http {
namespace {

namespace json = boost::json;

json::object Ref(std::string_view name) {
  return {{"$ref", "#/components/schemas/" + std::string(name)}};
}

// The schema only null meets (OpenAPI 3.0 has no "null" type).
json::object NullOnly() {
  return {{"type", "object"}, {"nullable", true}, {"enum", json::array{nullptr}}};
}

// The shorthand of answer_schemas.h made plain OpenAPI, depth first.
void Expand(json::value& schema) {
  if (schema.is_array()) {
    for (json::value& item : schema.get_array()) Expand(item);
    return;
  }
  if (!schema.is_object()) return;
  json::object& object = schema.get_object();
  if (object.contains("nullable") && !object.contains("type")) {
    // OpenAPI 3.0's "nullable" only widens a "type" beside it, so a schema
    // without one (a reference) that may be null is either it or null.
    object.erase("nullable");
    if (const json::value* all = object.if_contains("allOf");
        all && object.size() == 1 && all->as_array().size() == 1) {
      schema = all->as_array().front();  // {"allOf": [X]}: X itself
    }
    Expand(schema);
    schema = json::object{{"anyOf", json::array{std::move(schema), NullOnly()}}};
    return;
  }
  for (auto& [key, value] : object) {
    if (key != "properties") Expand(value);
  }
  json::value* properties = object.if_contains("properties");
  if (!properties) return;
  json::object& named = properties->as_object();
  for (auto& [key, value] : named) Expand(value);
  json::array optional;
  if (json::value* listed = object.if_contains("optional")) {
    optional = listed->as_array();
    object.erase("optional");
  }
  for (const json::value& name : optional) {
    if (!named.contains(name.as_string()))
      throw std::logic_error("answer schema: optional names no property " + json::serialize(name));
  }
  if (!object.contains("required")) {
    json::array required;
    for (const auto& [key, value] : named) {
      if (std::find(optional.begin(), optional.end(), json::value(key)) == optional.end())
        required.emplace_back(key);
    }
    if (!required.empty()) object["required"] = std::move(required);
  }
  if (!object.contains("additionalProperties")) object["additionalProperties"] = false;
}

// A day in an event is empty when not known, and may be a child's birth
// date, which a reader not granted it reads as "[masked]"
// (adapters/json/mask.h), like any personal text.
void AllowMaskedDays(json::value& schema) {
  if (schema.is_array()) {
    for (json::value& item : schema.get_array()) AllowMaskedDays(item);
    return;
  }
  if (!schema.is_object()) return;
  json::object& object = schema.get_object();
  if (const json::value* format = object.if_contains("format"); format && *format == "date") {
    // FormatDate writes "" for a day not known.
    object.erase("format");
    object["pattern"] = "^([0-9]{4}-[0-9]{2}-[0-9]{2}|\\[masked\\])?$";
    object["description"] =
        "YYYY-MM-DD, empty for none, or \"[masked]\" for a reader who may not see it";
    return;
  }
  for (auto& [key, value] : object) AllowMaskedDays(value);
}

// The name of event type `type`'s schema ("event.unit.created").
std::string EventSchemaName(std::string_view type) { return "event." + std::string(type); }

// One schema per event type, as EventJson writes its payload, and the record
// of a logged event (EnvelopeJson): the envelope's fields, with `event`
// holding the payload its `type` names, or null and a `problem` (each
// type's branch excludes the others by its "type").
void AddEventSchemas(json::object& schemas) {
  json::array types;
  json::array bindings;
  [&]<class... Ts>(std::variant<Ts...>*) {
    (
        [&] {
          const std::string name = EventSchemaName(Ts::kType);
          json::value schema = jsonc::SchemaOf<Ts>();
          Expand(schema);  // EventJson writes every member, null when unset
          AllowMaskedDays(schema);
          schemas[name] = std::move(schema);
          types.emplace_back(Ts::kType);
          bindings.push_back(
              json::object{{"properties",
                            {{"type", {{"type", "string"}, {"enum", json::array{Ts::kType}}}},
                             {"event", Ref(name)}}}});
        }(),
        ...);
  }(static_cast<Event*>(nullptr));
  json::value record = json::parse(R"json({
    "type": "object",
    "description": "One event of the log as recorded, with its payload opened for the reader.",
    "properties": {
      "position": {"type": "integer", "minimum": 1, "description": "its place in the whole log"},
      "stream_id": {"type": "string"},
      "stream_version": {"type": "integer", "minimum": 1},
      "type": {"type": "string"},
      "schema_version": {"type": "integer", "minimum": 1},
      "recorded_at": {"type": "string", "format": "date-time"},
      "recorded_at_us": {"type": "integer", "description": "microseconds since 1970 (UTC)"},
      "actor": {"type": "string", "description": "the account that recorded it"},
      "correlation_id": {"type": "string"}, "causation_id": {"type": "string"},
      "idempotency_key": {"type": "string"},
      "prev_hash": {"type": "string", "description": "SHA-256 of the previous record, hex"},
      "hash": {"type": "string", "description": "SHA-256 chaining this record to the previous"},
      "sealed_bytes": {"type": "integer", "minimum": 0,
                       "description": "the size of its sealed personal fields"},
      "event": {"type": "object", "nullable": true,
                "description": "the payload: personal fields opened, masked or \"[erased]\"; null when it does not decode"},
      "problem": {"type": "string", "description": "why the payload does not decode"}
    },
    "optional": ["problem"]
  })json");
  record.as_object()["properties"].as_object()["type"].as_object()["enum"] = std::move(types);
  Expand(record);
  bindings.push_back(
      json::object{{"required", json::array{"problem"}},
                   {"properties", {{"event", NullOnly()}, {"problem", {{"type", "string"}}}}}});
  record.as_object()["anyOf"] = std::move(bindings);
  schemas["EventRecord"] = std::move(record);
}

// The routes and the schemas, as written, of one text into `out`.
void Merge(std::string_view text, AnswerSchemas& out) {
  json::value parsed = json::parse(text);
  for (auto& [path, answer] : parsed.at("routes").as_object()) {
    if (out.routes.contains(path))
      throw std::logic_error("answer schema: route " + std::string(path) + " named twice");
    if (answer.is_string()) {
      out.routes[path] = json::object{{"application/json",
                                       {{"schema",
                                         {{"type", "object"},
                                          {"required", json::array{"data"}},
                                          {"additionalProperties", false},
                                          {"properties", {{"data", Ref(answer.as_string())}}}}}}}};
    } else {
      Expand(answer);
      out.routes[path] = std::move(answer.as_object());
    }
  }
  for (auto& [name, schema] : parsed.at("schemas").as_object()) {
    if (out.schemas.contains(name))
      throw std::logic_error("answer schema: " + std::string(name) + " named twice");
    out.schemas[name] = std::move(schema);
  }
}

// Schema `name` with what it "extends" folded in: the base's properties
// first, then its own, and both "optional" lists.
void Extend(json::object& schemas, std::string_view name, int depth = 0) {
  json::object& schema = schemas.at(name).as_object();
  const json::value* base_name = schema.if_contains("extends");
  if (!base_name) return;
  const std::string base_key(base_name->as_string());
  if (!schemas.contains(base_key) || depth > 8)
    throw std::logic_error("answer schema: " + std::string(name) + " extends " + base_key);
  Extend(schemas, base_key, depth + 1);
  const json::object& base = schemas.at(base_key).as_object();
  json::object properties = base.at("properties").as_object();
  for (auto& [key, value] : schema["properties"].as_object()) properties[key] = value;
  json::array optional;
  for (const json::object* from : {&base, static_cast<const json::object*>(&schema)}) {
    if (const json::value* listed = from->if_contains("optional"))
      for (const json::value& field : listed->as_array()) optional.push_back(field);
  }
  schema["properties"] = std::move(properties);
  if (!optional.empty()) schema["optional"] = std::move(optional);
  schema.erase("extends");
}

// The log's routes: pages of event records (AddEventSchemas).
std::string_view LogAnswerSchemaText() {
  return R"json({
      "routes": {
        "/v1/events": {"application/json": {"schema": {
          "type": "object",
          "properties": {
            "data": {"type": "array", "items": {"$ref": "#/components/schemas/EventRecord"}},
            "next": {"type": "integer", "minimum": 0,
                     "description": "the position to ask for next (from=next)"},
            "head": {"type": "integer", "minimum": 0, "description": "the log's last position"}
          }}}},
        "/v1/streams/{stream_id}": "Stream"
      },
      "schemas": {
        "Stream": {
          "type": "object",
          "description": "A page of one stream's events, in order.",
          "properties": {
            "stream_id": {"type": "string"},
            "version": {"type": "integer", "minimum": 0, "description": "the stream's last version"},
            "events": {"type": "array", "items": {"$ref": "#/components/schemas/EventRecord"}}
          }
        }
      }
    })json";
}

}  // namespace

const AnswerSchemas& ReadAnswerSchemas() {
  static const AnswerSchemas schemas = [] {
    AnswerSchemas out;
    for (std::string_view text :
         {PeopleAnswerSchemaText(), CareAnswerSchemaText(), ActivityAnswerSchemaText(),
          ReportAnswerSchemaText(), LogAnswerSchemaText()}) {
      Merge(text, out);
    }
    for (auto& [name, schema] : out.schemas) Extend(out.schemas, name);
    for (auto& [name, schema] : out.schemas) Expand(schema);
    AddEventSchemas(out.schemas);
    return out;
  }();
  return schemas;
}

}  // namespace homeward::http
