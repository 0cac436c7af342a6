// What the API document says each read route answers: every route has a
// schema, every reference resolves, and the texts' shorthand becomes plain
// OpenAPI. Whether live answers meet the schemas is routes_over_socket's part.

#include "adapters/http/answer_schemas.h"

#include <boost/json.hpp>
#include <boost/test/unit_test.hpp>
#include <set>

#include "adapters/http/api_document.h"
#include "adapters/http/read_routes.h"
#include "events/event.h"

namespace homeward::http {
namespace {

namespace json = boost::json;

// Every "$ref" under `v`, as the JSON pointer after "#/components/"
// ("schemas/Roster", "responses/Error").
void Refs(const json::value& v, std::set<std::string>& out) {
  if (v.is_array()) {
    for (const json::value& item : v.get_array()) Refs(item, out);
  } else if (v.is_object()) {
    for (const auto& [key, value] : v.get_object()) {
      if (key == "$ref") {
        const std::string_view ref = value.as_string();
        BOOST_TEST_CONTEXT(ref) { BOOST_TEST(ref.starts_with("#/components/")); }
        out.emplace(ref.substr(std::string_view("#/components/").size()));
      } else {
        Refs(value, out);
      }
    }
  }
}

// Every object schema under `v` that lists properties: closed, and each of
// its required names one of them.
void ExpectExpanded(const json::value& v) {
  if (v.is_array()) {
    for (const json::value& item : v.get_array()) ExpectExpanded(item);
    return;
  }
  if (!v.is_object()) return;
  const json::object& object = v.get_object();
  BOOST_TEST(!object.contains("optional"));
  if (object.contains("nullable")) BOOST_TEST(object.contains("type"));
  for (const auto& [key, value] : object) {
    if (key == "properties") {
      for (const auto& [name, schema] : value.get_object()) ExpectExpanded(schema);
    } else {
      ExpectExpanded(value);
    }
  }
  if (const json::value* properties = object.if_contains("properties")) {
    if (const json::value* required = object.if_contains("required")) {
      for (const json::value& name : required->as_array())
        BOOST_TEST(properties->as_object().contains(name.as_string()));
    }
  }
}

BOOST_AUTO_TEST_SUITE(answer_schemas_test)

BOOST_AUTO_TEST_CASE(every_read_route_says_what_it_answers_in_json_or_as_a_file) {
  const AnswerSchemas& schemas = ReadAnswerSchemas();
  for (const ReadRoute& route : ReadRoutes()) {
    std::string path(route.path);
    if (const auto star = path.find("*}"); star != std::string::npos) path.erase(star, 1);
    BOOST_TEST_CONTEXT(path) {
      const json::value* content = schemas.routes.if_contains(path);
      BOOST_REQUIRE(content);
      const bool calendar = path.ends_with(".ics") || route.secret_in_path;
      BOOST_TEST(content->as_object().contains("text/calendar") == calendar);
      BOOST_TEST(content->as_object().contains("application/json") == !calendar);
    }
  }
  BOOST_TEST(schemas.routes.size() == ReadRoutes().size());
}

BOOST_AUTO_TEST_CASE(every_reference_in_the_document_names_a_schema_and_every_schema_is_used) {
  const json::object doc = ApiDocument();
  const json::object& components = doc.at("components").as_object();
  std::set<std::string> used;
  Refs(doc.at("paths"), used);
  // A component is used when a path reaches it, directly or through others.
  std::set<std::string> reached;
  std::vector<std::string> unvisited(used.begin(), used.end());
  while (!unvisited.empty()) {
    const std::string pointer = unvisited.back();
    unvisited.pop_back();
    if (!reached.insert(pointer).second) continue;
    BOOST_TEST_CONTEXT(pointer) {
      const auto slash = pointer.find('/');
      BOOST_REQUIRE(slash != std::string::npos);
      const json::value* kind = components.if_contains(pointer.substr(0, slash));
      BOOST_REQUIRE(kind);
      const json::value* component = kind->as_object().if_contains(pointer.substr(slash + 1));
      BOOST_REQUIRE(component);
      std::set<std::string> inner;
      Refs(*component, inner);
      unvisited.insert(unvisited.end(), inner.begin(), inner.end());
    }
  }
  for (const auto& [name, schema] : components.at("schemas").as_object()) {
    BOOST_TEST_CONTEXT(name) { BOOST_TEST(reached.contains("schemas/" + std::string(name))); }
  }
}

BOOST_AUTO_TEST_CASE(the_shorthand_becomes_required_and_closed_objects) {
  const AnswerSchemas& schemas = ReadAnswerSchemas();
  for (const auto& [name, schema] : schemas.schemas) {
    BOOST_TEST_CONTEXT(name) { ExpectExpanded(schema); }
  }
  const json::object& stream = schemas.schemas.at("Stream").as_object();
  BOOST_TEST(stream.at("additionalProperties") == json::value(false));
  BOOST_TEST(stream.at("required") == json::parse(R"(["stream_id", "version", "events"])"));
  // An event record's only optional member is why it did not decode.
  const json::object& record = schemas.schemas.at("EventRecord").as_object();
  const json::array& required = record.at("required").as_array();
  BOOST_TEST(std::find(required.begin(), required.end(), json::value("problem")) == required.end());
  BOOST_TEST(std::find(required.begin(), required.end(), json::value("event")) != required.end());
}

BOOST_AUTO_TEST_CASE(an_event_record_binds_each_type_to_its_payload) {
  const json::object& record = ReadAnswerSchemas().schemas.at("EventRecord").as_object();
  const json::array& branches = record.at("anyOf").as_array();
  // One branch per event type, and one for a payload that did not decode.
  BOOST_TEST(branches.size() == std::variant_size_v<Event> + 1);
  const json::array& types = record.at("properties").at("type").at("enum").as_array();
  BOOST_TEST(types.size() == std::variant_size_v<Event>);
  const json::value& created = branches.front();
  BOOST_TEST(created.at("properties").at("type").at("enum") == json::array{"unit.created"});
  BOOST_TEST(created.at("properties").at("event").at("$ref") ==
             "#/components/schemas/event.unit.created");
  BOOST_TEST(ReadAnswerSchemas()
                 .schemas.at("event.unit.created")
                 .at("properties")
                 .as_object()
                 .contains("time_zone"));
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::http
