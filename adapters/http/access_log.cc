#include "adapters/http/access_log.h"

#include <boost/json.hpp>

#include "adapters/http/audit_routes.h"
#include "projections/json_support.h"

namespace homeward::http {
namespace {

namespace json = boost::json;

std::string AccessStream(std::string_view org, std::string_view child_id) {
  return std::string(org) + "/access/child-" + std::string(child_id);
}

}  // namespace

Status RecordPersonalReads(EventLog& log, const Account& account, std::string_view route,
                           const std::map<std::string, std::set<std::string>>& reads) {
  if (reads.empty()) return Status::Ok();
  AppendRequest request;
  request.actor = account.account_id;
  request.correlation_id = "read";
  for (const auto& [child, fields] : reads) {
    std::vector<std::string> paths;
    for (const std::string& field : fields) {
      // Paths within the answer's "data".
      paths.push_back(field.starts_with("data.") ? field.substr(5) : field);
    }
    const Event event = PersonalDataRead{"child/" + child, account.account_id, account.role,
                                         std::string(route), std::move(paths)};
    request.streams.push_back(StreamAppend{
        AccessStream(account.org, child), ExpectedVersion::Any(), {EncodeEvent(event)}});
  }
  Result<AppendResult> done = log.Append(std::move(request));
  return done.ok() ? Status::Ok() : done.status();
}

Result<json::value> PersonalReadsRoute(ReadContext& c) {
  if (c.account.role != AccountRole::kAuditor && c.account.role != AccountRole::kAdmin) {
    return Forbidden("the record of reads is for auditors");
  }
  const std::string child = c.target.Get("child");
  if (child.empty()) {
    return Status(Code::kInvalidArgument, "name the child: ?child=ID", "", {{"field", "child"}});
  }
  Result<std::uint64_t> from = NumberParam(c.target, "from", 1);
  if (!from.ok()) return from.status();
  Result<std::uint64_t> limit = NumberParam(c.target, "limit", 100);
  if (!limit.ok()) return limit.status();
  Result<std::vector<Envelope>> envelopes = c.log.ReadStream(
      AccessStream(c.account.org, child), *from, std::clamp<std::uint64_t>(*limit, 1, 1000));
  if (!envelopes.ok()) return envelopes.status();
  json::array reads;
  for (const Envelope& e : *envelopes) {
    Result<Event> event = DecodeEvent(e.type, e.schema_version, e.payload);
    if (!event.ok()) return event.status();
    const auto* read = std::get_if<PersonalDataRead>(&*event);
    if (read == nullptr) continue;
    reads.push_back(json::object{{"position", e.position},
                                 {"at", FormatUtc(e.recorded_at_us)},
                                 {"account_id", read->account_id},
                                 {"role", NameOf(read->role)},
                                 {"route", read->route},
                                 {"fields", StringArray(read->fields)}});
  }
  return json::value(json::object{{"data", std::move(reads)}});
}

}  // namespace homeward::http
