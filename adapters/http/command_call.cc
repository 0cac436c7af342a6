#include "adapters/http/command_call.h"

#include <boost/json.hpp>
#include <charconv>
#include <random>

#include "adapters/http/issued_secrets.h"
#include "adapters/http/router.h"
#include "events/personal.h"
#include "events/stream_id.h"
#include "projections/monthly_report.h"

namespace homeward::http {
namespace {

namespace json = boost::json;

Status FieldInvalid(std::string_view field, std::string message) {
  return Status(Code::kInvalidArgument, std::move(message), "", {{"field", std::string(field)}});
}

std::string StringField(const json::object& body, std::string_view field) {
  const json::value* v = body.if_contains(field);
  return v && v->is_string() ? std::string(v->get_string()) : std::string();
}

std::string NewCorrelationId() {
  thread_local std::mt19937_64 random(std::random_device{}());
  char text[24];
  std::snprintf(text, sizeof text, "req-%016llx", static_cast<unsigned long long>(random()));
  return text;
}

// Puts the path's id into the body, and a volunteer's own id where the route
// names the sender and the body leaves it out; then checks required fields.
Status Complete(const CommandRoute& route, std::string_view path_id, const Account& account,
                json::object& body) {
  if (!path_id.empty()) {
    const std::string given = StringField(body, route.id_field);
    if (body.contains(route.id_field) && given != path_id) {
      return FieldInvalid(route.id_field, "field '" + std::string(route.id_field) + "' is '" +
                                              given + "' but the path names '" +
                                              std::string(path_id) + "'");
    }
    body[route.id_field] = path_id;
  }
  const bool person =
      account.role == AccountRole::kVolunteer || account.role == AccountRole::kCounselor;
  if (person && !route.self_field.empty() && !body.contains(route.self_field)) {
    body[route.self_field] = account.volunteer_id;
  }
  std::vector<std::string_view> required = route.required;
  required.push_back(route.id_field);
  for (std::string_view field : required) {
    const json::value* v = body.if_contains(field);
    if (!v || v->is_null() || (v->is_string() && v->get_string().empty())) {
      return FieldInvalid(field, "field '" + std::string(field) + "' is required");
    }
  }
  return Status::Ok();
}

// The unit an existing object belongs to; "" when it does not exist (the
// domain then answers not_found).
Result<std::string> UnitOfObject(const CommandService& service, const std::string& org,
                                 std::string_view resource, std::string_view id) {
  if (resource == "units") return std::string(id);
  if (resource == "activities") {
    auto a = service.LoadActivity(org, id);
    if (!a.ok()) return a.status();
    return a->state().plan.unit_id;
  }
  if (resource == "stations") {
    auto s = service.LoadStation(org, id);
    if (!s.ok()) return s.status();
    return s->state().registration.unit_id;
  }
  if (resource == "volunteers") {
    auto v = service.LoadVolunteer(org, id);
    if (!v.ok()) return v.status();
    return v->state().unit_id;
  }
  if (resource == "children") {
    auto c = service.LoadChild(org, id);
    if (!c.ok()) return c.status();
    return c->state().unit_id;
  }
  return std::string();
}

// A coordinator acts on objects of their unit and the units under it.
Status CoordinatorScope(const CommandRoute& route, const json::object& body, const Account& account,
                        const CommandService& service, const ProjectionHost& host) {
  std::vector<std::string> units;
  if (route.action.empty()) {
    units.push_back(StringField(body, route.resource == "units" ? "parent_id" : "unit_id"));
    if (units.back().empty()) return Forbidden("only an admin creates a unit at the top");
  } else {
    Result<std::string> unit =
        UnitOfObject(service, account.org, route.resource, StringField(body, route.id_field));
    if (!unit.ok()) return unit.status();
    if (!unit->empty()) units.push_back(*unit);
    if (route.command == "MoveUnit") units.push_back(StringField(body, "parent_id"));
    // A transfer hands someone from one unit to another: both are the coordinator's.
    if (route.command == "TransferVolunteer" || route.command == "TransferChild")
      units.push_back(StringField(body, "unit_id"));
  }
  // A child named in the body (enrolled, given aid, put in a group, ...) must
  // be of the coordinator's units too: children's records stay with their unit.
  // Volunteers serve any unit's activities and children, so they are not limited.
  // Taking a child off an activity of the coordinator's units needs only the
  // activity: a child transferred to another unit is not left stuck on it.
  const bool removal = route.command == "UnenrollChild" || route.command == "RemoveFromGroup";
  std::string child = route.resource == "children" || removal ? "" : StringField(body, "child_id");
  if (const json::value* is_child = body.if_contains("child");
      !removal && is_child && is_child->is_bool() && is_child->get_bool()) {
    child = StringField(body, "person_id");
  }
  if (!child.empty()) {
    Result<std::string> unit = UnitOfObject(service, account.org, "children", child);
    if (!unit.ok()) return unit.status();
    if (!unit->empty()) units.push_back(*unit);
  }
  // A waiver signed on paper is recorded by a coordinator of the volunteer's
  // unit, or of the unit whose waiver it is (where the volunteer signed it).
  const std::string waiver_unit =
      route.command == "AcceptWaiver" ? StringField(body, "unit_id") : std::string();
  if (units.empty() && waiver_unit.empty()) return Status::Ok();
  // No wait here: the router (Call::Command) has waited until the view holds
  // the tree as it stands after its last change.
  Result<std::vector<std::string>> tree = host.Read<MonthlyReportState>(
      0, std::chrono::milliseconds(0), [&](const MonthlyReportState& s, std::uint64_t) {
        return UnitTree(s, account.org, account.unit_id);
      });
  if (!tree.ok()) return tree.status();
  const auto within = [&](const std::string& unit) {
    return std::find(tree->begin(), tree->end(), unit) != tree->end();
  };
  if (!waiver_unit.empty() && within(waiver_unit)) return Status::Ok();
  for (const std::string& unit : units) {
    if (!within(unit)) {
      return Forbidden("unit '" + unit + "' is outside the units of coordinator '" +
                       account.account_id + "'");
    }
  }
  return Status::Ok();
}

// Whether `account` may send this command with this body.
Status Authorize(const CommandRoute& route, const json::object& body, const Account& account,
                 const CommandService& service, const ProjectionHost& host) {
  switch (account.role) {
    case AccountRole::kAdmin:
      return Status::Ok();
    case AccountRole::kAuditor:
      return Forbidden("an auditor reads; they record nothing");
    case AccountRole::kCoordinator:
      if (route.allowed == Allowed::kAdmin) {
        return Forbidden(std::string(route.command) + " is for admins");
      }
      if (const json::value* admin = body.if_contains("admin_decision");
          admin && admin->is_bool() && admin->get_bool()) {
        return Forbidden("only an admin erases data while consent to processing is in force");
      }
      // A session's notes are the counselor's own record, which coordinators
      // do not read: only the counselor records it.
      if (route.command == "RecordSession") {
        return Forbidden("a counseling session is recorded by its counselor");
      }
      return CoordinatorScope(route, body, account, service, host);
    case AccountRole::kCounselor:
    case AccountRole::kVolunteer:
      break;
  }
  if (route.allowed == Allowed::kStaff || route.allowed == Allowed::kAdmin) {
    return Forbidden(std::string(route.command) + " is for coordinators");
  }
  if (route.allowed == Allowed::kCounselor && account.role != AccountRole::kCounselor) {
    return Forbidden(std::string(route.command) + " is for counselors");
  }
  if (StringField(body, route.self_field) != account.volunteer_id || account.volunteer_id.empty()) {
    return Forbidden("a volunteer acts only for themself: '" + std::string(route.self_field) +
                     "' must be '" + account.volunteer_id + "'");
  }
  if (const json::value* by = body.if_contains("by_coordinator");
      by && by->is_bool() && by->get_bool()) {
    return Forbidden("only a coordinator withdraws someone else after the cut-off");
  }
  if (!StringField(body, "double_booking_override").empty()) {
    return Forbidden("only a coordinator overrides the double-booking rule");
  }
  if (route.resource == "children") {
    // A contact is recorded by someone in the child's care.
    auto child = service.LoadChild(account.org, StringField(body, "child_id"));
    if (!child.ok()) return child.status();
    const auto& s = child->state();
    const bool cares =
        std::any_of(s.roles.begin(), s.roles.end(),
                    [&](const auto& r) { return r && r->volunteer_id == account.volunteer_id; }) ||
        std::find(s.help_pairs.begin(), s.help_pairs.end(), account.volunteer_id) !=
            s.help_pairs.end();
    if (!cares) return Forbidden("a volunteer records contacts only with children in their care");
    if (route.command == "CorrectContact") {
      // A volunteer corrects only what they recorded themself.
      const std::string id = StringField(body, "contact_id");
      const auto contact = std::find_if(s.contacts.begin(), s.contacts.end(),
                                        [&](const Contact& c) { return c.contact_id == id; });
      if (contact != s.contacts.end() && contact->by != account.volunteer_id) {
        return Forbidden("a volunteer corrects only the contacts they recorded");
      }
    }
  }
  return Status::Ok();
}

// The If-Match header as a stream expectation: a version number, quoted or not.
Result<std::optional<StreamExpectation>> IfMatch(const Request& request, const CommandRoute& route,
                                                 const Account& account, const json::object& body) {
  std::string text = request.Header("if-match");
  if (text.empty()) return std::optional<StreamExpectation>();
  if (text.starts_with("W/")) text = text.substr(2);
  if (text.size() >= 2 && text.front() == '"' && text.back() == '"') {
    text = text.substr(1, text.size() - 2);
  }
  std::uint64_t version = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), version);
  if (ec != std::errc() || end != text.data() + text.size()) {
    return InvalidArgument("If-Match '" + request.Header("if-match") +
                           "' is not a stream version such as \"3\"");
  }
  return std::optional<StreamExpectation>(StreamExpectation{
      StreamOf(account.org, CategoryOf(route.resource), StringField(body, route.id_field)),
      version});
}

Response Created(const AppendResult& result, std::string token, std::string feed) {
  json::array positions;
  for (std::uint64_t p : result.positions) positions.push_back(p);
  json::object data{{"position", result.positions.empty() ? 0 : result.positions.back()},
                    {"positions", std::move(positions)}};
  if (!token.empty()) data["token"] = token;
  if (!feed.empty()) data["feed"] = feed;
  Response response;
  response.status = 201;
  response.body = json::serialize(json::object{{"data", std::move(data)}});
  if (result.replayed) response.headers.emplace_back("Idempotent-Replayed", "true");
  return response;
}

}  // namespace

std::string_view CategoryOf(std::string_view resource) {
  if (resource == "activities") return "activity";
  if (resource == "units") return "unit";
  if (resource == "stations") return "station";
  if (resource == "volunteers") return "volunteer";
  if (resource == "children") return "child";
  if (resource == "accounts") return "account";
  return resource;
}

void HandleCommand(const CommandRoute& route, std::string_view path_id, const Request& request,
                   const Account& account, CommandService& service, const ProjectionHost& host,
                   KeyRing* keys, const Executor* run, std::function<void(Response)> answer) {
  boost::system::error_code ec;
  json::value parsed = json::parse(request.body.empty() ? "{}" : request.body, ec);
  if (ec) {
    return answer(ErrorResponse(InvalidArgument("the body is not JSON: " + ec.message())));
  }
  if (!parsed.is_object()) {
    return answer(ErrorResponse(InvalidArgument("the body must be a JSON object")));
  }
  json::object& body = parsed.get_object();
  for (std::string_view made : {"token_hash", "secret_hash"}) {
    if (body.contains(made)) {
      return answer(ErrorResponse(FieldInvalid(
          made, "the server makes the secret; leave out field '" + std::string(made) + "'")));
    }
  }
  if (Status s = Complete(route, path_id, account, body); !s.ok()) return answer(ErrorResponse(s));
  Result<AnyCommand> command = route.decode(parsed);
  if (!command.ok()) return answer(ErrorResponse(command.status()));
  if (Status s = Authorize(route, body, account, service, host); !s.ok()) {
    return answer(ErrorResponse(s));
  }
  auto if_match = IfMatch(request, route, account, body);
  if (!if_match.ok()) return answer(ErrorResponse(if_match.status()));

  Result<std::string> correlation = ClientKey(request, "x-correlation-id");
  Result<std::string> key = ClientKey(request, "idempotency-key");
  for (const Status& s : {correlation.status(), key.status()})
    if (!s.ok()) return answer(ErrorResponse(s));
  CommandContext context{account.org, account.account_id,
                         correlation->empty() ? NewCorrelationId() : *correlation, "", *if_match};
  // Keys are the client's: scoped to the account, so two clients never collide.
  if (!key->empty()) context.idempotency_key = account.org + "/" + account.account_id + "/" + *key;
  // A retry is known by the request, not by what it was decided into; the
  // digest is keyed by the child or volunteer it is about, so an erasure
  // leaves nothing in it to confirm a guess of their data.
  std::string subject;
  if (const json::value* id = body.if_contains("child_id"); id && id->is_string()) {
    subject = ChildSubject(account.org, id->get_string());
  } else if (const json::value* v = body.if_contains("volunteer_id"); v && v->is_string()) {
    subject = VolunteerSubject(account.org, v->get_string());
  }
  if (!ValidateStreamId(subject).ok()) subject.clear();  // a malformed id makes no key
  Result<std::optional<Hash>> digest = RequestDigest(
      context, keys, subject, std::string(route.command) + '\0' + json::serialize(body));
  if (!digest.ok()) return answer(ErrorResponse(digest.status()));
  context.request_digest = *digest;
  // A retry derives the secrets the first answer showed, and shows them again.
  Result<IssuedSecrets> secrets = IssueSecrets(*command, context, keys);
  if (!secrets.ok()) return answer(ErrorResponse(secrets.status()));
  auto respond = [answer = std::move(answer), shown = *secrets](Result<AppendResult> result) {
    if (!result.ok()) return answer(ErrorResponse(result.status()));
    answer(Created(*result, shown.token, shown.feed));
  };
  // Commands that take turns run without blocking a pool thread (see ExecuteAsync).
  if (auto* activity = std::get_if<ActivityCommand>(&*command); activity && run) {
    return service.ExecuteAsync(context, *activity, *run, std::move(respond));
  }
  if (auto* people = std::get_if<PeopleCommand>(&*command); people && run) {
    return service.ExecuteAsync(context, *people, *run, std::move(respond));
  }
  respond(std::visit([&](const auto& c) { return service.Execute(context, c); }, *command));
}

}  // namespace homeward::http
