#include "adapters/http/audit_routes.h"

#include <algorithm>
#include <boost/json.hpp>
#include <charconv>

#include "adapters/http/access_log.h"
#include "adapters/http/read_routes.h"
#include "adapters/json/event_json.h"
#include "engine/time_zone.h"
#include "events/stream_id.h"
#include "projections/json_support.h"
#include "projections/replay.h"

namespace homeward::http {
namespace {

namespace json = boost::json;

constexpr std::uint64_t kMaxPage = 1000;

bool InOrg(std::string_view stream_id, std::string_view org) {
  return stream_id.size() > org.size() && stream_id.starts_with(org) &&
         stream_id[org.size()] == '/';
}

// The log and replays are for auditors and admins.
Status AuditorsOnly(const ReadContext& c, std::string_view what) {
  if (c.account.role != AccountRole::kAuditor && c.account.role != AccountRole::kAdmin) {
    return Forbidden(std::string(what) + " is for auditors");
  }
  return Status::Ok();
}

// The start of day `name` (a date parameter, plus `days`) in zone `tz`, or
// `fallback` when absent.
Result<std::int64_t> DayParam(const Target& target, const std::string& name, int days,
                              std::string_view tz, std::int64_t fallback) {
  const std::string text = target.Get(name);
  if (text.empty()) return fallback;
  Result<Date> day = ParseDate(text, name);
  if (!day.ok()) {
    return Status(Code::kInvalidArgument, day.status().message(), "", {{"field", name}});
  }
  return LocalDayStart(Date{day->days + days}, tz);
}

}  // namespace

Result<std::uint64_t> NumberParam(const Target& target, const std::string& name,
                                  std::uint64_t fallback) {
  const std::string text = target.Get(name);
  if (text.empty()) return fallback;
  std::uint64_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) {
    return Status(Code::kInvalidArgument, name + " '" + text + "' is not a whole number", "",
                  {{"field", name}});
  }
  return value;
}

Result<std::vector<std::string>> WordsParam(const Target& target, const std::string& name,
                                            std::span<const std::string_view> allowed) {
  std::vector<std::string> words;
  const std::string text = target.Get(name);
  for (std::size_t at = 0; !text.empty() && at <= text.size();) {
    const std::size_t end = std::min(text.find(',', at), text.size());
    std::string word = text.substr(at, end - at);
    if (std::find(allowed.begin(), allowed.end(), word) == allowed.end()) {
      std::string known;
      for (std::string_view a : allowed) known += (known.empty() ? "" : ", ") + std::string(a);
      return Status(Code::kInvalidArgument,
                    name + " '" + word + "': " + known + " (comma-separated)", "",
                    {{"field", name}});
    }
    words.push_back(std::move(word));
    at = end + 1;
  }
  return words;
}

Result<bool> BoolParam(const Target& target, const std::string& name) {
  const std::string text = target.Get(name);
  if (text.empty() || text == "false" || text == "0") return false;
  if (text == "true" || text == "1") return true;
  return Status(Code::kInvalidArgument, name + " must be true or false, not '" + text + "'", "",
                {{"field", name}});
}

Result<json::value> EventsPage(const EventLog& log, const Account& account, const Target& target) {
  Result<std::uint64_t> from = NumberParam(target, "from", 1);
  if (!from.ok()) return from.status();
  Result<std::uint64_t> limit = NumberParam(target, "limit", 100);
  if (!limit.ok()) return limit.status();
  const std::string type = target.Get("type"), actor = target.Get("actor");
  const std::string prefix = target.Get("stream");
  const std::string tz = target.Get("tz", "Asia/Shanghai");
  Result<std::int64_t> since = DayParam(target, "since", 0, tz, INT64_MIN);
  if (!since.ok()) return since.status();
  Result<std::int64_t> until = DayParam(target, "until", 1, tz, INT64_MAX);
  if (!until.ok()) return until.status();
  const std::size_t want = static_cast<std::size_t>(std::clamp<std::uint64_t>(*limit, 1, kMaxPage));
  json::array events;
  std::uint64_t next = std::max<std::uint64_t>(*from, 1);
  // Scan at most ten pages' worth, so a narrow filter still answers quickly.
  Result<std::size_t> seen = log.Visit(next, want * 10, [&](const Envelope& e) {
    next = e.position + 1;
    if (!InOrg(e.stream_id, account.org)) return true;
    if (!type.empty() && e.type != type) return true;
    if (!actor.empty() && e.actor != actor) return true;
    if (e.recorded_at_us < *since || e.recorded_at_us >= *until) return true;
    if (!prefix.empty() && !e.stream_id.substr(account.org.size() + 1).starts_with(prefix) &&
        !e.stream_id.starts_with(prefix)) {
      return true;
    }
    events.push_back(jsonc::EnvelopeJson(e, log.keys()));
    return events.size() < want;
  });
  if (!seen.ok()) return seen.status();
  return json::value(
      json::object{{"data", std::move(events)}, {"next", next}, {"head", log.Head()}});
}

Result<json::value> StreamPage(const EventLog& log, const Account& account, std::string_view stream,
                               const Target& target) {
  std::string id(stream);
  if (std::count(id.begin(), id.end(), '/') == 1) id = account.org + "/" + id;
  if (!InOrg(id, account.org)) return NotFound("there is no stream '" + id + "'");
  Result<std::uint64_t> from = NumberParam(target, "from", 1);
  if (!from.ok()) return from.status();
  Result<std::uint64_t> limit = NumberParam(target, "limit", 100);
  if (!limit.ok()) return limit.status();
  Result<std::uint64_t> version = log.StreamVersion(id);
  if (!version.ok()) return version.status();
  Result<std::vector<Envelope>> envelopes = log.ReadStream(
      id, std::max<std::uint64_t>(*from, 1), static_cast<std::size_t>(std::min(*limit, kMaxPage)));
  if (!envelopes.ok()) return envelopes.status();
  json::array events;
  for (const Envelope& e : *envelopes) events.push_back(jsonc::EnvelopeJson(e, log.keys()));
  return json::value(json::object{
      {"data", {{"stream_id", id}, {"version", *version}, {"events", std::move(events)}}}});
}

Result<json::value> VerifyChain(const VerifyFn& verify) {
  if (!verify) return Unavailable("this server cannot verify its log");
  Result<VerifyReport> report = verify();
  if (!report.ok()) return report.status();
  return json::value(json::object{{"data",
                                   {{"ok", report->ok},
                                    {"count", report->count},
                                    {"head_position", report->head_position},
                                    {"head_hash", HashHex(report->head_hash)},
                                    {"bad_position", report->bad_position},
                                    {"problem", report->problem}}}});
}

Result<json::value> ReplayAsOf(const EventLog& log, const Account& account, std::string_view name,
                               const Target& target) {
  const std::string as_of = target.Get("as_of"), position = target.Get("position");
  if (as_of.empty() == position.empty()) {
    return InvalidArgument("give exactly one of as_of=YYYY-MM-DD and position=P");
  }
  FoldLimit limit;
  if (!position.empty()) {
    Result<std::uint64_t> p = NumberParam(target, "position", 0);
    if (!p.ok()) return p.status();
    limit.position = *p;
  } else {
    Result<Date> day = ParseDate(as_of, "as_of");
    if (!day.ok()) return day.status();
    Result<FoldLimit> end_of_day = EndOfDayLimit(*day, target.Get("tz", "Asia/Shanghai"));
    if (!end_of_day.ok()) return end_of_day.status();
    limit = *end_of_day;
  }
  Result<Replayed> replayed =
      ReplayView(log, name, limit,
                 ViewQuery{account.org, 0, target.Get("id"), target.Get("month"),
                           target.Get("year"), target.Get("term")});
  if (!replayed.ok()) return replayed.status();
  return json::value(json::object{{"data",
                                   {{"projection", name},
                                    {"position", replayed->position},
                                    {"as_of", FormatUtc(replayed->as_of_us)},
                                    {"view", std::move(replayed->view)}}}});
}

Result<json::value> EventsRoute(ReadContext& c) {
  if (Status s = AuditorsOnly(c, "the log"); !s.ok()) return s;
  return EventsPage(c.log, c.account, c.target);
}

Result<json::value> StreamRoute(ReadContext& c) {
  if (Status s = AuditorsOnly(c, "a stream's history"); !s.ok()) return s;
  return StreamPage(c.log, c.account, c.Param("stream_id"), c.target);
}

Result<json::value> VerifyRoute(ReadContext& c) {
  if (Status s = AuditorsOnly(c, "verification"); !s.ok()) return s;
  return VerifyChain(c.options.verify);
}

Result<json::value> ReplayRoute(ReadContext& c) {
  if (Status s = AuditorsOnly(c, "an as-of replay"); !s.ok()) return s;
  return ReplayAsOf(c.log, c.account, c.Param("name"), c.target);
}

std::vector<ReadRoute> AuditReadRoutes() {
  return {
      {"/v1/events",
       "The organization's log, a page at a time.",
       "admins and auditors",
       {{"from", "integer", "first position (default 1)"},
        {"limit", "integer", "at most this many (default 100, at most 1000)"},
        {"type", "string", "only events of this type"},
        {"actor", "string", "only events recorded by this account"},
        {"stream", "string", "only streams starting with this (category/id)"},
        {"since", "date", "only events recorded on or after this day"},
        {"until", "date", "only events recorded on or before this day"},
        {"tz", "string", "the time zone of since and until (default Asia/Shanghai)"}},
       &EventsRoute,
       false,
       true},
      {"/v1/streams/{stream_id*}",
       "One stream's events and its version (for If-Match).",
       "admins and auditors",
       {{"from", "integer", "first stream version (default 1)"},
        {"limit", "integer", "at most this many (default 100, at most 1000)"}},
       &StreamRoute,
       false,
       true},
      {"/v1/audit/reads",
       "Who read a child's personal data: when, which account and role, by which route, which "
       "fields. Every API answer that shows a child's personal fields is recorded before it "
       "is sent.",
       "admins and auditors",
       {{"child", "string", "the child's id", true},
        {"from", "integer", "first record (default 1)"},
        {"limit", "integer", "at most this many (default 100, at most 1000)"}},
       &PersonalReadsRoute,
       false,
       true},
      {"/v1/audit/verify",
       "Walks the hash chain of the whole log.",
       "admins and auditors",
       {},
       &VerifyRoute,
       false,
       true},
      {"/v1/replay/{name}",
       "A view (roster, care, reminders, archive, report, accounts, volunteers; stations, "
       "assessment, sponsors, school-actions, service-records) as it stood.",
       "admins and auditors",
       {{"as_of", "date", "the end of this day"},
        {"tz", "string", "the time zone of as_of (default Asia/Shanghai)"},
        {"position", "integer", "up to and including this log position"},
        {"id", "string",
         "one subject: an activity, child, volunteer or unit (a unit: assessment and "
         "school-actions need one)"},
        {"month", "string", "the report's month, YYYY-MM"},
        {"year", "string", "the assessment's or the sponsors' year, YYYY"},
        {"term", "string", "the school actions' term, YYYY-spring or YYYY-autumn"}},
       &ReplayRoute,
       false,
       true},
  };
}

}  // namespace homeward::http
