// The whole authorization matrix of writes: every command route, sent by each
// role that must not act on someone else's object (zhou, coordinator of
// another unit; wang, a volunteer naming another volunteer; xu, a counselor
// naming another; an auditor), on xiaocao's objects with a body of the
// command's own schema, is refused with 403, shows none of the personal data
// the asker may not read, and writes nothing. Admins and gao, who may act on
// them, are in command_routes_test.cc.

#include <set>

#include "adapters/http/command_routes.h"
#include "tests/adapters/matrix_fixture.h"

namespace homeward::http {
namespace {

namespace json = boost::json;

// Someone else's object for an id field (matrix_fixture.h); "x" for the ids
// of things inside them (a slot, a pledge, a contact).
std::string ObjectFor(std::string_view field) {
  if (field == "unit_id" || field == "parent_id" || field == "to_unit_id") return "xiaocao";
  if (field == "activity_id") return "trip-childrens-day";
  if (field == "volunteer_id" || field == "counselor_id" || field == "person_id") return "v-sun";
  if (field == "child_id") return "xiaoming";
  if (field == "station_id") return "station-xiaocao";
  if (field == "account_id") return "gao";
  if (field == "year") return "2027";
  return "x";
}

// The string `key` of `schema`, or empty. (A view of the schema's own string:
// a conditional with a literal would view a temporary.)
json::string_view TextOf(const json::object& schema, std::string_view key) {
  const json::value* text = schema.if_contains(key);
  return text ? json::string_view(text->as_string()) : json::string_view();
}

// A value of `schema` (a JSON Schema of the API document): its required
// fields only, each id someone else's, dates and times well formed.
json::value Sample(const json::object& schema, std::string_view field = "") {
  if (const auto* one_of = schema.if_contains("oneOf")) {
    return Sample(one_of->as_array().at(0).as_object(), field);
  }
  if (const auto* values = schema.if_contains("enum")) return values->as_array().at(0);
  const json::string_view type = TextOf(schema, "type");
  if (type == "object") {
    json::object out;
    if (const auto* required = schema.if_contains("required")) {
      for (const json::value& name : required->as_array()) {
        const json::string_view key = name.as_string();
        out[key] = Sample(schema.at("properties").at(key).as_object(), key);
      }
    }
    return out;
  }
  if (type == "array") return json::array{};
  if (type == "boolean") return false;
  if (type == "integer" || type == "number") return 1;
  const json::string_view format = TextOf(schema, "format");
  if (format == "date") return "2027-06-01";
  if (format == "date-time") return "2027-06-01T09:00:00Z";
  return json::value(ObjectFor(field));
}

BOOST_FIXTURE_TEST_SUITE(write_matrix_test, MatrixFixture)

BOOST_AUTO_TEST_CASE(no_role_writes_on_someone_elses_object) {
  const std::uint64_t head = log.Head();
  for (const CommandRoute& route : CommandRoutes()) {
    // The fields the route requires, each as its schema says, and the id
    // where the path does not carry it (a command that creates).
    const json::object schema = route.schema();
    json::object body;
    std::vector<std::string_view> fields = route.required;
    if (route.Path().find('{') == std::string::npos) fields.push_back(route.id_field);
    for (std::string_view field : fields) {
      const json::value* property = schema.at("properties").as_object().if_contains(field);
      body[field] = property ? Sample(property->as_object(), field) : json::value(ObjectFor(field));
    }
    // A volunteer or counselor names someone else where they may name themselves.
    if (!route.self_field.empty()) body[route.self_field] = "v-sun";
    std::string path = route.Path();
    const std::string placeholder = "{" + std::string(route.id_field) + "}";
    if (const std::size_t at = path.find(placeholder); at != std::string::npos) {
      path.replace(at, placeholder.size(), ObjectFor(route.id_field));
    }
    for (const char* who : {"zhou", "wang", "xu", "audit"}) {
      const Response r = Post(path, TokenOf(who), json::serialize(body));
      BOOST_TEST(r.status == 403, who << " POST " << path << " " << json::serialize(body) << " -> "
                                      << r.status << " " << r.body);
      // A refusal names no one's personal data the asker may not read.
      for (const std::string& hidden : HiddenFrom(who)) {
        BOOST_TEST(r.body.find(hidden) == std::string::npos,
                   who << " POST " << path << ": " << r.body);
      }
    }
  }
  // Then nothing was written.
  BOOST_TEST(log.Head() == head);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::http
