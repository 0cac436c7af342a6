#include "adapters/http/api_document.h"

#include <boost/json.hpp>
#include <cctype>
#include <cstring>
#include <stdexcept>

#include "adapters/http/answer_schemas.h"
#include "adapters/http/command_routes.h"
#include "adapters/http/read_routes.h"

namespace homeward::http {
namespace {

namespace json = boost::json;

json::object Ref(std::string_view name) { return {{"$ref", "#/components/" + std::string(name)}}; }

// "{activity_id}" parameters of a path, as OpenAPI parameters.
json::array PathParameters(std::string_view path) {
  json::array out;
  for (std::size_t open = path.find('{'); open != std::string_view::npos;
       open = path.find('{', open + 1)) {
    std::string name(path.substr(open + 1, path.find('}', open) - open - 1));
    if (name.ends_with('*')) name.pop_back();
    out.push_back(json::object{
        {"name", name}, {"in", "path"}, {"required", true}, {"schema", {{"type", "string"}}}});
  }
  return out;
}

std::string DocPath(std::string_view path) {
  std::string out(path);
  if (const auto star = out.find("*}"); star != std::string::npos) out.erase(star, 1);
  return out;
}

json::object QuerySchema(std::string_view type) {
  if (type == "date") return {{"type", "string"}, {"format", "date"}};
  return {{"type", type}};
}

json::object Errors(std::initializer_list<std::string_view> codes) {
  json::object out;
  for (std::string_view code : codes)
    out[code] = Ref(code == "429" ? "responses/RateLimited" : "responses/Error");
  return out;
}

json::object ReadOperation(const ReadRoute& route) {
  json::array parameters = PathParameters(route.path);
  for (const QueryParam& q : route.query) {
    json::object parameter{{"name", q.name},
                           {"in", "query"},
                           {"description", q.description},
                           {"schema", QuerySchema(q.type)}};
    if (q.required) parameter["required"] = true;
    parameters.push_back(std::move(parameter));
  }
  const json::value* content = ReadAnswerSchemas().routes.if_contains(DocPath(route.path));
  if (!content)
    throw std::logic_error("no answer schema for " + std::string(route.path) +
                           " (adapters/http/answer_schemas_*.cc)");
  const bool file = !content->as_object().contains("application/json");
  json::object responses{{"200",
                          {{"description", file ? "The file." : "The answer, as {\"data\": ...}."},
                           {"content", *content}}}};
  if (route.table) {
    // With format=csv: the view's rows, as a file to download.
    responses["200"].as_object()["content"].as_object()["text/csv"] = json::object{
        {"schema", {{"type", "string"}, {"description", "UTF-8 with a BOM, header row first"}}}};
  }
  for (auto& [code, ref] : Errors({"400", "401", "403", "404", "429", "503"}))
    responses[code] = ref;
  std::string id(route.path.substr(4));
  for (char& ch : id) {
    if (ch == '/' || ch == '{' || ch == '}' || ch == '*' || ch == '-') ch = '_';
  }
  return {{"operationId", "get_" + id},
          {"summary", route.summary},
          {"description", "Who may read it: " + std::string(route.readers) + "."},
          {"parameters", std::move(parameters)},
          {"responses", std::move(responses)}};
}

json::object CommandOperation(const CommandRoute& route) {
  json::array parameters = PathParameters(route.Path());
  parameters.push_back(Ref("parameters/IdempotencyKey"));
  parameters.push_back(Ref("parameters/IfMatch"));
  json::object schema = route.schema();
  json::array required;
  if (route.action.empty()) required.emplace_back(route.id_field);
  for (std::string_view field : route.required) required.emplace_back(field);
  if (!required.empty()) schema["required"] = std::move(required);
  json::object responses{{"201", Ref("responses/Written")}};
  for (auto& [code, ref] :
       Errors({"400", "401", "403", "404", "409", "412", "413", "429", "503"})) {
    responses[code] = ref;
  }
  static const std::map<Allowed, std::string_view> kWho = {
      {Allowed::kStaff, "admins, and coordinators within their units"},
      {Allowed::kSelf, "admins, coordinators within their units, and a volunteer for themself"},
      {Allowed::kCounselor,
       "admins, coordinators within their units, and a counselor for themself"},
      {Allowed::kAdmin, "admins"},
      {Allowed::kAccounts,
       "admins, and coordinators for a volunteer's account (role volunteer) of their units"}};
  return {{"operationId", route.command},
          {"summary", route.summary},
          {"description", "Who may send it: " + std::string(kWho.at(route.allowed)) + "."},
          {"parameters", std::move(parameters)},
          {"requestBody",
           {{"required", true}, {"content", {{"application/json", {{"schema", schema}}}}}}},
          {"responses", std::move(responses)}};
}

json::object Components() {
  json::object error_schema{
      {"type", "object"},
      {"required", json::array{"error"}},
      {"properties",
       {{"error",
         {{"type", "object"},
          {"required", json::array{"code", "message", "details"}},
          {"properties",
           {{"code", {{"type", "string"}}},
            {"message", {{"type", "string"}}},
            {"details",
             {{"type", "object"}, {"additionalProperties", {{"type", "string"}}}}}}}}}}}};
  json::object written{{"type", "object"},
                       {"properties",
                        {{"data",
                          {{"type", "object"},
                           {"properties",
                            {{"position", {{"type", "integer"}}},
                             {"positions", {{"type", "array"}, {"items", {{"type", "integer"}}}}},
                             {"token", {{"type", "string"}}},
                             {"feed", {{"type", "string"}}}}}}}}}};
  json::object schemas = ReadAnswerSchemas().schemas;
  schemas["Error"] = std::move(error_schema);
  schemas["Written"] = std::move(written);
  return {
      {"securitySchemes", {{"bearer", {{"type", "http"}, {"scheme", "bearer"}}}}},
      {"schemas", std::move(schemas)},
      {"parameters",
       {{"IdempotencyKey",
         {{"name", "Idempotency-Key"},
          {"in", "header"},
          {"description", "A retry with the same key gets the first answer (per account)."},
          {"schema", {{"type", "string"}, {"maxLength", 200}}}}},
        {"IfMatch",
         {{"name", "If-Match"},
          {"in", "header"},
          {"description",
           "The version of the path's stream the client saw (an activity's roster carries it as "
           "version); 412 if it moved."},
          {"schema", {{"type", "string"}}}}}}},
      {"responses",
       {{"Error",
         {{"description", "The one error shape."},
          {"content", {{"application/json", {{"schema", Ref("schemas/Error")}}}}}}},
        {"RateLimited",
         {{"description",
           "Past the rate of the account (or of the calendar feed or the link's account) "
           "(error code rate_limited); retry after the header's seconds."},
          {"headers",
           {{"Retry-After",
             {{"description", "whole seconds until a request will be taken again"},
              {"schema", {{"type", "integer"}, {"minimum", 1}}}}}}},
          {"content", {{"application/json", {{"schema", Ref("schemas/Error")}}}}}}},
        {"Written",
         {{"description", "Recorded: the log positions of the new events."},
          {"content", {{"application/json", {{"schema", Ref("schemas/Written")}}}}}}}}}};
}

// The operations object of `path`, made on first use.
json::object& Operations(json::object& paths, std::string_view path) {
  json::value& operations = paths[path];
  if (!operations.is_object()) operations.emplace_object();
  return operations.get_object();
}

// A key as plain YAML where that reads the same, quoted otherwise ("200").
std::string Key(std::string_view key) {
  const bool plain =
      !key.empty() &&
      (std::isalpha(static_cast<unsigned char>(key[0])) || key[0] == '/' || key[0] == '$' ||
       key[0] == '_') &&
      std::all_of(key.begin(), key.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || std::strchr("_./{}$-", c);
      });
  return plain ? std::string(key) : json::serialize(json::value(json::string(key)));
}

void Yaml(const json::value& v, int indent, std::string& out);

// A JSON scalar is a YAML flow scalar; a JSON string a double-quoted one.
void Scalar(const json::value& v, std::string& out) { out += json::serialize(v); }

bool Empty(const json::value& v) {
  return (v.is_object() && v.get_object().empty()) || (v.is_array() && v.get_array().empty());
}

void Yaml(const json::value& v, int indent, std::string& out) {
  const std::string pad(indent, ' ');
  if (v.is_object()) {
    for (const auto& [key, value] : v.get_object()) {
      out += pad + Key(key) + ":";
      if (Empty(value)) {
        out += value.is_object() ? " {}\n" : " []\n";
      } else if (value.is_object() || value.is_array()) {
        out += "\n";
        Yaml(value, indent + 2, out);
      } else {
        out += " ";
        Scalar(value, out);
        out += "\n";
      }
    }
  } else if (v.is_array()) {
    for (const json::value& item : v.get_array()) {
      if (Empty(item)) {
        out += pad + (item.is_object() ? "- {}\n" : "- []\n");
      } else if (item.is_object() || item.is_array()) {
        std::string inner;
        Yaml(item, indent + 2, inner);
        out += pad + "- " + inner.substr(indent + 2);
      } else {
        out += pad + "- ";
        Scalar(item, out);
        out += "\n";
      }
    }
  }
}

}  // namespace

json::object ApiDocument() {
  json::object paths;
  paths["/healthz"] = json::object{
      {"get",
       {{"operationId", "healthz"},
        {"summary", "Liveness and each projection's position; 503 when following failed."},
        {"security", json::array{}},
        {"responses",
         {{"200",
           {{"description", "Serving (status ok or rebuilding)."},
            {"content", {{"application/json", {{"schema", Ref("schemas/Health")}}}}}}},
          {"503",
           {{"description", "Following the log failed."},
            {"content", {{"application/json", {{"schema", Ref("schemas/Health")}}}}}}}}}}}};
  paths["/metrics"] =
      json::object{{"get",
                    {{"operationId", "metrics"},
                     {"summary",
                      "Prometheus metrics: requests and latency by route, appends, batch sizes, "
                      "write time, projection lag. Holds no personal data."},
                     {"security", json::array{}},
                     {"responses",
                      {{"200",
                        {{"description", "The Prometheus text format."},
                         {"content", {{"text/plain", {{"schema", {{"type", "string"}}}}}}}}}}}}}};
  for (const ReadRoute& route : ReadRoutes()) {
    Operations(paths, DocPath(route.path))["get"] = ReadOperation(route);
  }
  for (const CommandRoute& route : CommandRoutes()) {
    Operations(paths, route.Path())["post"] = CommandOperation(route);
  }
  return {{"openapi", "3.0.3"},
          {"info",
           {{"title", "homeward"},
            {"version", "1"},
            {"description",
             "Volunteer and activity scheduling for the care of left-behind children. "
             "Every write is an event in an append-only log; reads are views of it."},
            {"license", {{"name", "Proprietary"}, {"url", "https://example.org/homeward"}}}}},
          {"servers", json::array{json::object{{"url", "http://127.0.0.1:8080"}}}},
          {"security", json::array{json::object{{"bearer", json::array{}}}}},
          {"paths", std::move(paths)},
          {"components", Components()}};
}

std::string ToYaml(const json::value& doc) {
  std::string out = "# Made by `homeward openapi` from the router's tables; do not edit.\n";
  Yaml(doc, 0, out);
  return out;
}

}  // namespace homeward::http
