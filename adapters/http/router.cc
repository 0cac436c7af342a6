#include "adapters/http/router.h"

#include <boost/json.hpp>
#include <charconv>

#include "adapters/http/target.h"
#include "projections/accounts.h"
#include "projections/archive.h"
#include "projections/care_board.h"
#include "projections/json_support.h"
#include "projections/monthly_report.h"
#include "projections/reminders.h"
#include "projections/roster.h"

namespace homeward::http {
namespace {

namespace json = boost::json;

Status Forbidden(std::string message) {
  return Status(Code::kUnauthorized, std::move(message), "forbidden");
}

Result<std::uint64_t> ParseNumber(const std::string& text, std::string_view name) {
  std::uint64_t value = 0;
  if (text.empty()) return std::uint64_t{0};
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) {
    return InvalidArgument(std::string(name) + " '" + text + "' is not a whole number");
  }
  return value;
}

Response Json(const json::value& body, int status = 200) {
  Response response;
  response.status = status;
  response.body = json::serialize(body);
  return response;
}

// One request being answered: who asks, what they asked, and the views.
class Call {
 public:
  Call(const EventLog& log, const ProjectionHost& host, const RouterOptions& options,
       const Request& request, const Target& target)
      : log_(log), host_(host), options_(options), request_(request), target_(target) {}

  Response Run() {
    const auto& p = target_.path;
    if (request_.method != "GET") {
      Response r = ErrorResponse(Status(Code::kInvalidArgument,
                                        "method " + request_.method + " is not allowed here",
                                        "method_not_allowed"));
      r.status = 405;
      return r;
    }
    if (p.size() == 1 && p[0] == "healthz") return Healthz();
    if (p.empty() || p[0] != "v1") return ErrorResponse(NotFound("no such route"));
    Result<Account> who = Authenticate();
    if (!who.ok()) return ErrorResponse(who.status());
    account_ = *who;
    Result<std::uint64_t> min = ParseNumber(target_.Get("min_position"), "min_position");
    if (!min.ok()) return ErrorResponse(min.status());
    min_position_ = *min;
    Result<json::value> answer = Route();
    if (!answer.ok()) return ErrorResponse(answer.status());
    return Json(*answer);
  }

 private:
  Response Healthz() {
    json::array projections;
    bool rebuilding = false;
    for (const ProjectionStatus& s : host_.Statuses()) {
      rebuilding = rebuilding || s.rebuilding;
      projections.push_back(json::object{{"name", s.name},
                                         {"version", s.version},
                                         {"position", s.position},
                                         {"rebuilding", s.rebuilding}});
    }
    const Status following = host_.status();
    const bool ok = following.ok();
    return Json(json::object{{"status", !ok          ? "failing"
                                        : rebuilding ? "rebuilding"
                                                     : "ok"},
                             {"head", log_.Head()},
                             {"projections", std::move(projections)},
                             {"problem", ok ? std::string() : following.message()}},
                ok ? 200 : 503);
  }

  Result<Account> Authenticate() {
    const std::string header = request_.Header("authorization");
    const std::string_view prefix = "Bearer ";
    if (!header.starts_with(prefix)) {
      return Status(Code::kUnauthorized, "send the account's token: Authorization: Bearer TOKEN");
    }
    const std::string token = header.substr(prefix.size());
    return Read<AccountsState>(
        [&](const AccountsState& s) -> Result<Account> { return homeward::Authenticate(s, token); },
        // Everything committed before the request, a revocation included, counts.
        log_.Head());
  }

  // Runs fn on view State once it has reached min_position; fn returns a Result.
  template <class State, class Fn>
  auto Read(Fn&& fn, std::uint64_t min) -> decltype(fn(std::declval<const State&>())) {
    using R = decltype(fn(std::declval<const State&>()));
    auto outer = host_.Read<State>(min, options_.read_wait,
                                   [&](const State& s, std::uint64_t) { return fn(s); });
    if (!outer.ok()) return R(outer.status());
    return std::move(outer).value();
  }
  template <class State, class Fn>
  Result<json::value> View(Fn&& fn) {
    return Read<State>(
        [&](const State& s) -> Result<json::value> {
          Result<json::value> data = fn(s);
          if (!data.ok()) return data.status();
          return json::value(json::object{{"data", std::move(data).value()}});
        },
        min_position_);
  }

  bool IsVolunteer() const { return account_.role == AccountRole::kVolunteer; }
  Status OnlySelf(const std::string& volunteer_id) const {
    if (IsVolunteer() && account_.volunteer_id != volunteer_id) {
      return Forbidden("a volunteer sees only their own schedule, care and reminders");
    }
    return Status::Ok();
  }
  Status NotVolunteers(std::string_view what) const {
    if (IsVolunteer()) return Forbidden(std::string(what) + " is for coordinators");
    return Status::Ok();
  }

  Result<json::value> Route() {
    const auto& p = target_.path;
    const std::string& org = account_.org;
    const std::int64_t now = options_.clock();
    if (p.size() == 2 && p[1] == "activities") {
      return View<RosterState>(
          [&](const RosterState& s) { return Result<json::value>(RosterList(s, org)); });
    }
    if (p.size() == 4 && p[1] == "activities" && p[3] == "roster") {
      return View<RosterState>([&](const RosterState& s) { return RosterOf(s, org, p[2]); });
    }
    if (p.size() == 4 && p[1] == "volunteers" && p[3] == "schedule") {
      if (Status s = OnlySelf(p[2]); !s.ok()) return s;
      return View<RosterState>([&](const RosterState& s) { return ScheduleOf(s, org, p[2], now); });
    }
    if (p.size() == 4 && p[1] == "volunteers" && p[3] == "care") {
      if (Status s = OnlySelf(p[2]); !s.ok()) return s;
      return View<CareBoardState>([&](const CareBoardState& s) { return CareOf(s, org, p[2]); });
    }
    if (p.size() == 2 && p[1] == "care-board") {
      if (Status s = NotVolunteers("the care board"); !s.ok()) return s;
      Result<std::uint64_t> days = ParseNumber(target_.Get("contact_days", "30"), "contact_days");
      if (!days.ok()) return days.status();
      return View<CareBoardState>([&](const CareBoardState& s) {
        return Result<json::value>(
            CareBoard(s, org, now, static_cast<int>(*days), target_.Get("unit")));
      });
    }
    if (p.size() == 2 && p[1] == "reminders") return Reminders(org, now);
    if (p.size() == 4 && p[1] == "children" && p[3] == "card") {
      if (Status s = NotVolunteers("a child's archive card"); !s.ok()) return s;
      return View<ArchiveState>([&](const ArchiveState& s) { return ArchiveCardOf(s, org, p[2]); });
    }
    if (p.size() == 4 && p[1] == "units" && p[3] == "report") {
      if (Status s = NotVolunteers("a unit's report"); !s.ok()) return s;
      const std::string month =
          target_.Get("month", FormatMonth(MonthOf(DayIn(now, "Asia/Shanghai"))));
      return View<MonthlyReportState>(
          [&](const MonthlyReportState& s) { return MonthlyReport(s, org, p[2], month, now); });
    }
    return NotFound("no such route: " + request_.target.substr(0, request_.target.find('?')));
  }

  Result<json::value> Reminders(const std::string& org, std::int64_t now) {
    ReminderFilter filter;
    filter.person = target_.Get("for");
    if (IsVolunteer()) {
      if (!filter.person.empty() && filter.person != account_.volunteer_id) {
        return Forbidden("a volunteer sees only their own reminders");
      }
      filter.person = account_.volunteer_id;
    }
    for (auto [name, date] : {std::pair{"from", &filter.due_from}, {"to", &filter.due_to}}) {
      const std::string text = target_.Get(name);
      if (text.empty()) continue;
      Result<Date> parsed = ParseDate(text, name);
      if (!parsed.ok()) return parsed.status();
      *date = *parsed;
    }
    filter.overdue_only = target_.Get("overdue") == "true" || target_.Get("overdue") == "1";
    return View<RemindersState>([&](const RemindersState& s) {
      return Result<json::value>(homeward::Reminders(s, org, now, filter));
    });
  }

  const EventLog& log_;
  const ProjectionHost& host_;
  const RouterOptions& options_;
  const Request& request_;
  const Target& target_;
  Account account_;
  std::uint64_t min_position_ = 0;
};

}  // namespace

int HttpStatusOf(const Status& status) {
  switch (status.code()) {
    case Code::kOk:
      return 200;
    case Code::kInvalidArgument:
      return 400;
    case Code::kNotFound:
      return 404;
    case Code::kConflict:
      return 409;
    case Code::kPreconditionFailed:
      return 412;
    case Code::kUnauthorized:
      return status.reason() == "forbidden" ? 403 : 401;
    case Code::kUnavailable:
      return 503;
    default:
      return 500;
  }
}

Response ErrorResponse(const Status& status) {
  json::object details;
  for (const auto& [k, v] : status.details()) details[k] = v;
  const std::string code =
      status.reason().empty() ? std::string(CodeName(status.code())) : status.reason();
  Response response = Json(
      json::object{
          {"error",
           {{"code", code}, {"message", status.message()}, {"details", std::move(details)}}}},
      HttpStatusOf(status));
  if (response.status == 401) response.headers.emplace_back("WWW-Authenticate", "Bearer");
  return response;
}

Router::Router(const EventLog& log, const ProjectionHost& host, RouterOptions options)
    : log_(log), host_(host), options_(std::move(options)) {}

Response Router::Handle(const Request& request) const {
  try {
    Result<Target> target = ParseTarget(request.target);
    if (!target.ok()) return ErrorResponse(target.status());
    return Call(log_, host_, options_, request, *target).Run();
  } catch (const std::exception& e) {
    return ErrorResponse(Internal(std::string("unexpected failure: ") + e.what()));
  }
}

}  // namespace homeward::http
