#include "adapters/http/router_call.h"

#include <boost/json.hpp>
#include <memory>
#include <optional>

#include "adapters/http/access_log.h"
#include "adapters/http/audit_routes.h"
#include "adapters/http/command_call.h"
#include "adapters/http/page_routes.h"
#include "adapters/http/read_routes.h"
#include "adapters/http/reader_mask.h"
#include "adapters/http/service_routes.h"
#include "adapters/http/tables.h"
#include "adapters/http/target.h"
#include "adapters/json/mask.h"

namespace homeward::http {

namespace json = boost::json;

std::optional<Response> RouterCall::Run() {
  const auto& p = target_.path;
  if (request_.method == "POST") return now_only_ ? Defer() : Command();
  if (request_.method != "GET") {
    Response r = ErrorResponse(Status(Code::kInvalidArgument,
                                      "method " + request_.method + " is not allowed here",
                                      "method_not_allowed"));
    r.status = 405;
    return r;
  }
  if (p.size() == 1 && p[0] == "healthz") {
    route_ = "GET /healthz";
    return HealthAnswer(log_, host_);
  }
  if (p.size() == 1 && p[0] == "metrics") {
    route_ = "GET /metrics";
    return MetricsAnswer(metrics_, log_, host_, options_.writer_stats);
  }
  if (p.empty() || p[0] != "v1") {
    if (std::optional<Response> page = PageFile(request_, p)) {
      route_ = "GET /{page}";
      return *page;
    }
    return ErrorResponse(NotFound("no such route"));
  }
  std::map<std::string, std::string, std::less<>> params;
  const ReadRoute* route = FindReadRoute(target_.path, params);
  if (route == nullptr) {
    return ErrorResponse(
        NotFound("no such route: " + request_.target.substr(0, request_.target.find('?'))));
  }
  route_ = "GET " + std::string(route->path);
  if (now_only_) {
    // Nothing here may wait: the views must already hold what the request
    // asks for and every account change, and the answer come from memory.
    Result<std::uint64_t> min = NumberParam(target_, "min_position", 0);
    const std::uint64_t needed = std::max(min.ok() ? *min : 0, AccessPosition());
    if (route->pool_only || !host_.AwaitPosition(needed, std::chrono::milliseconds(0)).ok()) {
      return Defer();
    }
  }
  if (!route->secret_in_path) {
    Result<Account> who = Authenticate();
    if (!who.ok()) return ErrorResponse(who.status());
    account_ = *who;
    if (std::optional<Response> limited = Limited()) return *limited;
  }
  Result<std::uint64_t> min = NumberParam(target_, "min_position", 0);
  if (!min.ok()) return ErrorResponse(min.status());
  if (const std::uint64_t head = log_.Head(); *min > head) {
    // Every write answers with a position the log already holds: one past
    // its end names no write, and waiting for it would only hold a worker.
    return ErrorResponse(InvalidArgument("min_position " + std::to_string(*min) +
                                         " is past the end of the log (position " +
                                         std::to_string(head) + ")"));
  }
  Result<bool> table = WantsTable(*route, target_);
  if (!table.ok()) return ErrorResponse(table.status());
  ReadContext context(log_, host_, options_, target_, account_, *min);
  context.limiter = &limiter_;
  context.taken = &taken_;
  context.access_position = AccessPosition();
  // A table is made from the view itself, never from an answer kept rendered.
  context.answers = *table ? nullptr : &answers_;
  // A coordinator's units are read before any view is locked: handlers ask
  // for them inside their own reads.
  if (context.IsCoordinator()) context.Units();
  context.params = std::move(params);
  Result<json::value> answer = route->handle(context);
  if (!answer.ok()) return ErrorResponse(answer.status());
  if (context.file) return *context.file;
  const std::shared_ptr<const RenderedAnswer> rendered =
      context.rendered ? context.rendered : Render(*answer, context);
  if (options_.access_log != nullptr && !rendered->reads.empty()) {
    // Recording the read is a durable append: not on an I/O thread.
    if (now_only_) return Defer();
    // Nothing personal goes out unrecorded.
    if (Status s = RecordPersonalReads(*options_.access_log, account_, route_, rendered->reads);
        !s.ok()) {
      return ErrorResponse(
          Unavailable("this answer shows children's personal data, and the "
                      "record of reading it could not be written; retry"));
    }
  }
  if (*table) {
    Result<Response> csv = TableAnswer(*route, context, *answer);
    if (!csv.ok()) return ErrorResponse(csv.status());
    return *csv;
  }
  Response response;
  response.body = rendered->body;
  return response;
}

std::shared_ptr<const RenderedAnswer> RouterCall::Render(json::value& doc,
                                                         const ReadContext& context) {
  MaskFor(account_, doc, context.readers_own);
  auto out = std::make_shared<RenderedAnswer>();
  if (options_.access_log != nullptr) {
    const auto child = context.params.find("child_id");
    out->reads =
        jsonc::PersonalDataIn(doc, jsonc::ChildPersonalFields(),
                              child == context.params.end() ? "" : std::string_view(child->second));
  }
  out->body = json::serialize(doc);
  if (context.version && context.answers != nullptr) {
    out->version = *context.version;
    context.answers->Put(context.answer_key, out);
  }
  return out;
}

std::optional<Response> RouterCall::Command() {
  const auto& p = target_.path;
  const CommandRoute* route = nullptr;
  if (p.size() == 2 && p[0] == "v1") route = FindCommandRoute(p[1], "");
  if (p.size() == 4 && p[0] == "v1") route = FindCommandRoute(p[1], p[3]);
  if (route == nullptr) {
    return ErrorResponse(
        NotFound("no command at " + request_.target.substr(0, request_.target.find('?'))));
  }
  route_ = "POST " + route->Path();
  Result<Account> who = Authenticate();
  if (!who.ok()) return ErrorResponse(who.status());
  account_ = *who;
  if (std::optional<Response> limited = Limited()) return *limited;
  if (commands_ == nullptr) return ErrorResponse(Unavailable("this server takes no writes"));
  HandleCommand(*route, p.size() == 4 ? std::string_view(p[2]) : std::string_view(), request_, *who,
                *commands_, log_.keys(), run_,
                [later = later_, route = route_](Response r) { later(route, std::move(r)); });
  return std::nullopt;
}

std::optional<Response> RouterCall::Defer() {
  deferred_ = true;
  return std::nullopt;
}

std::uint64_t RouterCall::AccessPosition() const {
  return std::max(started_at_, log_.LastAccessChange());
}

std::optional<Response> RouterCall::AnswerNow() {
  now_only_ = true;
  try {
    std::optional<Response> response = Run();
    if (response && !deferred_) return response;
  } catch (const std::exception&) {
    // The pool answers it, with the error.
  }
  for (const std::string& bucket : taken_) limiter_.Refund(bucket);
  taken_.clear();
  deferred_ = true;
  return std::nullopt;
}

std::optional<Response> RouterCall::Limited() {
  std::string bucket = account_.org + "/" + account_.account_id;
  Status admitted = limiter_.Admit(bucket, "this account");
  if (!admitted.ok()) return ErrorResponse(admitted);
  taken_.push_back(std::move(bucket));
  return std::nullopt;
}

Result<Account> RouterCall::Authenticate() {
  const std::string header = request_.Header("authorization");
  const std::string_view prefix = "Bearer ";
  if (!header.starts_with(prefix)) {
    return Status(Code::kUnauthorized, "send the account's token: Authorization: Bearer TOKEN");
  }
  const std::string token = header.substr(prefix.size());
  // Everything committed before the request, a revocation included, counts.
  auto account = host_.Read<AccountsState>(
      AccessPosition(), options_.read_wait,
      [&](const AccountsState& s, std::uint64_t) { return homeward::Authenticate(s, token); });
  if (!account.ok()) return account.status();
  return std::move(account).value();
}

}  // namespace homeward::http
