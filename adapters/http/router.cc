#include "adapters/http/router.h"

#include <boost/json.hpp>
#include <charconv>
#include <set>

#include "adapters/http/audit_routes.h"
#include "adapters/http/command_call.h"
#include "adapters/http/target.h"
#include "adapters/json/mask.h"
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

// Removes the elements of `items` that `drop` says to.
template <class Drop>
void EraseIf(json::array& items, Drop drop) {
  items.erase(std::remove_if(items.begin(), items.end(), drop), items.end());
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
  Call(const EventLog& log, const ProjectionHost& host, CommandService* commands,
       const RouterOptions& options, const Request& request, const Target& target)
      : log_(log),
        host_(host),
        commands_(commands),
        options_(options),
        request_(request),
        target_(target) {}

  Response Run() {
    const auto& p = target_.path;
    if (request_.method == "POST") return Command();
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
    Result<std::uint64_t> min = NumberParam(target_, "min_position", 0);
    if (!min.ok()) return ErrorResponse(min.status());
    min_position_ = *min;
    Result<json::value> answer = Route();
    if (!answer.ok()) return ErrorResponse(answer.status());
    Mask(*answer);
    return Json(*answer);
  }

 private:
  Response Command() {
    const auto& p = target_.path;
    const CommandRoute* route = nullptr;
    if (p.size() == 2 && p[0] == "v1") route = FindCommandRoute(p[1], "");
    if (p.size() == 4 && p[0] == "v1") route = FindCommandRoute(p[1], p[3]);
    if (route == nullptr) {
      return ErrorResponse(
          NotFound("no command at " + request_.target.substr(0, request_.target.find('?'))));
    }
    Result<Account> who = Authenticate();
    if (!who.ok()) return ErrorResponse(who.status());
    if (commands_ == nullptr) return ErrorResponse(Unavailable("this server takes no writes"));
    return HandleCommand(*route, p.size() == 4 ? std::string_view(p[2]) : std::string_view(),
                         request_, *who, *commands_, host_);
  }

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

  bool IsVolunteer() const {
    return account_.role == AccountRole::kVolunteer || account_.role == AccountRole::kCounselor;
  }
  bool IsCoordinator() const { return account_.role == AccountRole::kCoordinator; }
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
  Status AuditorsOnly(std::string_view what) const {
    if (account_.role != AccountRole::kAuditor && account_.role != AccountRole::kAdmin) {
      return Forbidden(std::string(what) + " is for auditors");
    }
    return Status::Ok();
  }

  // Hides what the account may not read (mask.h): children's personal fields
  // from auditors, other people's contacts from volunteers, counseling notes
  // from everyone but counselors.
  void Mask(json::value& doc) const {
    switch (account_.role) {
      case AccountRole::kAuditor:
        jsonc::MaskPaths(doc, jsonc::ChildPersonalFields());
        break;
      case AccountRole::kVolunteer:
        jsonc::MaskPaths(doc, jsonc::PersonalContactFields());
        jsonc::MaskPaths(doc, jsonc::CounselingNoteFields());
        break;
      case AccountRole::kCounselor:
        jsonc::MaskPaths(doc, jsonc::PersonalContactFields());
        break;
      case AccountRole::kAdmin:
      case AccountRole::kCoordinator:
        jsonc::MaskPaths(doc, jsonc::CounselingNoteFields());
        break;
    }
  }

  // A coordinator's units: their own and every unit under it.
  const std::vector<std::string>& Units() {
    if (!units_) {
      auto tree = host_.Read<MonthlyReportState>(
          min_position_, options_.read_wait, [&](const MonthlyReportState& s, std::uint64_t) {
            return UnitTree(s, account_.org, account_.unit_id);
          });
      units_ = tree.ok() ? std::move(tree).value() : std::vector<std::string>{};
    }
    return *units_;
  }
  bool InScope(std::string_view unit_id) {
    if (!IsCoordinator()) return true;
    const auto& units = Units();
    return std::find(units.begin(), units.end(), unit_id) != units.end();
  }
  // 403 unless a coordinator's units hold the object `doc` describes ("unit_id").
  Status ObjectInScope(const json::value& doc) {
    const json::value* unit = doc.is_object() ? doc.get_object().if_contains("unit_id") : nullptr;
    if (unit && unit->is_string() && !InScope(unit->get_string())) {
      return Forbidden("this belongs to unit '" + std::string(unit->get_string()) +
                       "', outside your units");
    }
    return Status::Ok();
  }
  // Keeps the rows of a list that lie in a coordinator's units.
  void FilterRows(json::array& rows) {
    if (!IsCoordinator()) return;
    EraseIf(rows, [&](const json::value& row) { return !ObjectInScope(row).ok(); });
  }
  // A volunteer reads the card of a child in their care only.
  Status CardVisible(const json::value& card) const {
    if (!IsVolunteer()) return Status::Ok();
    const std::string& me = account_.volunteer_id;
    for (const auto& [role, holder] : card.at("roles").as_object()) {
      if (holder.is_object() && holder.at("volunteer_id").as_string() == me) return Status::Ok();
    }
    for (const json::value& v : card.at("help_pairs").as_array()) {
      if (v.as_string() == me) return Status::Ok();
    }
    return Forbidden("a volunteer sees the cards of children in their care only");
  }

  Result<json::value> Route() {
    const auto& p = target_.path;
    const std::string& org = account_.org;
    const std::int64_t now = options_.clock();
    if (p.size() == 2 && p[1] == "activities") {
      return View<RosterState>([&](const RosterState& s) {
        json::value list = RosterList(s, org);
        FilterRows(list.as_array());
        return Result<json::value>(std::move(list));
      });
    }
    if (p.size() == 4 && p[1] == "activities" && p[3] == "roster") {
      return View<RosterState>([&](const RosterState& s) -> Result<json::value> {
        Result<json::value> roster = RosterOf(s, org, p[2]);
        if (!roster.ok()) return roster;
        if (Status in = ObjectInScope(*roster); !in.ok()) return in;
        return roster;
      });
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
      Result<std::uint64_t> days = NumberParam(target_, "contact_days", 30);
      if (!days.ok()) return days.status();
      return View<CareBoardState>([&](const CareBoardState& s) {
        json::value board = CareBoard(s, org, now, static_cast<int>(*days), target_.Get("unit"));
        if (IsCoordinator()) {
          json::array& children = board.at("children").as_array();
          FilterRows(children);
          std::set<std::string, std::less<>> kept;
          for (const json::value& c : children) kept.emplace(c.at("child_id").as_string());
          for (const char* list : {"missing_role", "no_recent_contact"}) {
            EraseIf(board.at(list).as_array(),
                    [&](const json::value& id) { return !kept.contains(id.as_string()); });
          }
        }
        return Result<json::value>(std::move(board));
      });
    }
    if (p.size() == 2 && p[1] == "reminders") return Reminders(org, now);
    if (p.size() == 4 && p[1] == "children" && p[3] == "card") {
      return View<ArchiveState>([&](const ArchiveState& s) -> Result<json::value> {
        Result<json::value> card = ArchiveCardOf(s, org, p[2]);
        if (!card.ok()) return card;
        if (Status in = ObjectInScope(*card); !in.ok()) return in;
        if (Status mine = CardVisible(*card); !mine.ok()) return mine;
        return card;
      });
    }
    if (p.size() == 4 && p[1] == "units" && p[3] == "report") {
      if (Status s = NotVolunteers("a unit's report"); !s.ok()) return s;
      if (!InScope(p[2])) return Forbidden("unit '" + p[2] + "' is outside your units");
      const std::string month =
          target_.Get("month", FormatMonth(MonthOf(DayIn(now, "Asia/Shanghai"))));
      return View<MonthlyReportState>(
          [&](const MonthlyReportState& s) { return MonthlyReport(s, org, p[2], month, now); });
    }
    if (p.size() == 2 && p[1] == "events") {
      if (Status s = AuditorsOnly("the log"); !s.ok()) return s;
      return EventsPage(log_, account_, target_);
    }
    if (p.size() >= 3 && p[1] == "streams") {
      if (Status s = AuditorsOnly("a stream's history"); !s.ok()) return s;
      std::string stream = p[2];
      for (std::size_t i = 3; i < p.size(); ++i) stream += "/" + p[i];
      return StreamPage(log_, account_, stream, target_);
    }
    if (p.size() == 3 && p[1] == "audit" && p[2] == "verify") {
      if (Status s = AuditorsOnly("verification"); !s.ok()) return s;
      return VerifyChain(options_.verify);
    }
    if (p.size() == 3 && p[1] == "replay") {
      if (Status s = AuditorsOnly("an as-of replay"); !s.ok()) return s;
      return ReplayAsOf(log_, account_, p[2], target_);
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
  CommandService* commands_;
  const RouterOptions& options_;
  const Request& request_;
  const Target& target_;
  Account account_;
  std::uint64_t min_position_ = 0;
  std::optional<std::vector<std::string>> units_;
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

Router::Router(const EventLog& log, const ProjectionHost& host, CommandService* commands,
               RouterOptions options)
    : log_(log), host_(host), commands_(commands), options_(std::move(options)) {}

Response Router::Handle(const Request& request) const {
  try {
    Result<Target> target = ParseTarget(request.target);
    if (!target.ok()) return ErrorResponse(target.status());
    return Call(log_, host_, commands_, options_, request, *target).Run();
  } catch (const std::exception& e) {
    return ErrorResponse(Internal(std::string("unexpected failure: ") + e.what()));
  }
}

}  // namespace homeward::http
