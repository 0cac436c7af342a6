#include "adapters/http/command_call.h"

#include <boost/json.hpp>
#include <charconv>
#include <random>

#include "adapters/http/command_authorization.h"
#include "adapters/http/issued_secrets.h"
#include "adapters/http/router.h"
#include "adapters/json/strict_parse.h"
#include "events/personal.h"
#include "events/stream_id.h"

namespace homeward::http {
namespace {

namespace json = boost::json;

Status FieldInvalid(std::string_view field, std::string message) {
  return Status(Code::kInvalidArgument, std::move(message), "", {{"field", std::string(field)}});
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

namespace {

// A command request kept while it is decided: one authorized on a state that
// changed before its decision is authorized again, a bounded number of times.
struct PendingCommand {
  const CommandRoute& route;
  std::string path_id;
  Request request;
  Account account;
  CommandService& service;
  KeyRing* keys;
  const Executor* run;
  std::function<void(Response)> answer;
  int authorizations = 0;
};

// Authorizations of one request before its conflict is the answer: each
// follows a change to the object it is about, between two reads of it.
constexpr int kAuthorizations = 8;

void Handle(const std::shared_ptr<PendingCommand>& pending);

// Handle, for a request authorized again: outside the router's handler, so
// a failure here is answered here.
void HandleAnswering(const std::shared_ptr<PendingCommand>& pending) {
  try {
    Handle(pending);
  } catch (const std::exception& e) {
    pending->answer(ErrorResponse(Internal(std::string("unexpected failure: ") + e.what())));
  }
}

void Handle(const std::shared_ptr<PendingCommand>& pending) {
  PendingCommand& p = *pending;
  ++p.authorizations;
  const CommandRoute& route = p.route;
  const Request& request = p.request;
  const Account& account = p.account;
  const auto answer = [&](Response r) { p.answer(std::move(r)); };
  Result<json::value> strict = jsonc::ParseStrict(request.body.empty() ? "{}" : request.body);
  if (!strict.ok()) return answer(ErrorResponse(strict.status()));
  json::value parsed = std::move(strict).value();
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
  if (Status s = Complete(route, p.path_id, account, body); !s.ok()) {
    return answer(ErrorResponse(s));
  }
  Result<AnyCommand> command = route.decode(parsed);
  if (!command.ok()) return answer(ErrorResponse(command.status()));
  std::vector<StreamExpectation> authorized_on;
  if (Status s = Authorize(route, body, account, p.service, &authorized_on); !s.ok()) {
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
  context.authorized_on = std::move(authorized_on);
  // Keys are the client's: scoped to the account, so two clients never collide.
  if (!key->empty()) context.idempotency_key = account.org + "/" + account.account_id + "/" + *key;
  // A retry is known by the request, not by what it was decided into; the
  // digest is keyed by the child or volunteer it is about, so an erasure
  // leaves nothing in it to confirm a guess of their data. Without a key
  // there is no retry to know.
  if (!context.idempotency_key.empty()) {
    std::string subject;
    if (const json::value* id = body.if_contains("child_id"); id && id->is_string()) {
      subject = ChildSubject(account.org, id->get_string());
    } else if (const json::value* v = body.if_contains("volunteer_id"); v && v->is_string()) {
      subject = VolunteerSubject(account.org, v->get_string());
    }
    if (!ValidateStreamId(subject).ok()) subject.clear();  // a malformed id makes no key
    Result<std::optional<Hash>> digest = RequestDigest(
        context, p.keys, subject, std::string(route.command) + '\0' + json::serialize(body));
    if (!digest.ok()) return answer(ErrorResponse(digest.status()));
    context.request_digest = *digest;
  }
  // A retry derives the secrets the first answer showed, and shows them again.
  Result<IssuedSecrets> secrets = IssueSecrets(*command, context, p.keys);
  if (!secrets.ok()) return answer(ErrorResponse(secrets.status()));
  auto respond = [pending, shown = *secrets](Result<AppendResult> result) {
    PendingCommand& p = *pending;
    if (!result.ok() && result.status().reason() == "authorization_stale" &&
        p.authorizations < kAuthorizations) {
      // Off the thread that finished the command: authorizing reads the store.
      if (p.run) return (*p.run)([pending] { HandleAnswering(pending); });
      return HandleAnswering(pending);
    }
    if (!result.ok()) return p.answer(ErrorResponse(result.status()));
    p.answer(Created(*result, shown.token, shown.feed));
  };
  // Commands that take turns run without blocking a pool thread (see ExecuteAsync).
  if (auto* activity = std::get_if<ActivityCommand>(&*command); activity && p.run) {
    return p.service.ExecuteAsync(context, *activity, *p.run, std::move(respond));
  }
  if (auto* people = std::get_if<PeopleCommand>(&*command); people && p.run) {
    return p.service.ExecuteAsync(context, *people, *p.run, std::move(respond));
  }
  respond(std::visit([&](const auto& c) { return p.service.Execute(context, c); }, *command));
}

}  // namespace

void HandleCommand(const CommandRoute& route, std::string_view path_id, const Request& request,
                   const Account& account, CommandService& service, KeyRing* keys,
                   const Executor* run, std::function<void(Response)> answer) {
  Handle(std::make_shared<PendingCommand>(PendingCommand{
      route, std::string(path_id), request, account, service, keys, run, std::move(answer)}));
}

}  // namespace homeward::http
