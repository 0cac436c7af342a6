#include "adapters/http/service_record_routes.h"

#include <boost/json.hpp>

#include "adapters/http/stream_views.h"
#include "projections/fold.h"
#include "projections/json_support.h"
#include "projections/service_records.h"

namespace homeward::http {
namespace json = boost::json;
namespace {

// The request's records: `volunteer`'s, from and to its days.
Result<RecordFilter> FilterOf(const ReadContext& c, std::string volunteer) {
  return PeriodFilter(std::move(volunteer), c.target.Get("from"), c.target.Get("to"));
}

// The records of the reader's organization that `filter` takes, and the
// position the log was read to. One volunteer's are read from the streams
// they name; everyone's from the whole log.
Result<std::pair<std::vector<ServiceRecord>, std::uint64_t>> RecordsOf(const ReadContext& c,
                                                                       const RecordFilter& filter) {
  ServiceRecords records;
  Result<std::uint64_t> done =
      filter.volunteer_id.empty()
          ? FoldInto(c.log, records)
          : FoldVolunteerRecords(c.log, c.account.org, filter.volunteer_id, records);
  if (!done.ok()) return done.status();
  return std::pair{records.Records(c.account.org, filter), *done};
}

}  // namespace

Result<json::value> ServiceRecordsRoute(ReadContext& c) {
  std::string volunteer = c.target.Get("volunteer");
  if (c.IsVolunteer()) {
    // A counselor's account need not be a volunteer's: then there is nothing of theirs.
    if (c.account.volunteer_id.empty() ||
        (!volunteer.empty() && volunteer != c.account.volunteer_id)) {
      return Forbidden("a volunteer reads only their own service records");
    }
    volunteer = c.account.volunteer_id;
    c.readers_own = true;
  } else if (c.account.role != AccountRole::kAdmin && c.account.role != AccountRole::kAuditor &&
             !c.IsCoordinator()) {
    return Forbidden("service records are for coordinators, admins, auditors and the volunteer");
  }
  Result<RecordFilter> filter = FilterOf(c, std::move(volunteer));
  if (!filter.ok()) return filter.status();
  if (!c.IsVolunteer()) filter->in_scope = [&](std::string_view unit) { return c.InScope(unit); };
  auto read = RecordsOf(c, *filter);
  if (!read.ok()) return read.status();
  json::array out;
  for (const auto& row : ServiceRecords::RowsOf(read->first)) {
    json::array cells;
    for (const std::string& cell : row) cells.emplace_back(cell);
    out.emplace_back(std::move(cells));
  }
  return json::value(json::object{{"data", std::move(out)}, {"head", read->second}});
}

Result<json::value> VolunteerServiceRecordRoute(ReadContext& c) {
  const std::string& id = c.Param("volunteer_id");
  Result<RecordFilter> filter = FilterOf(c, id);
  if (!filter.ok()) return filter.status();
  auto volunteer = ReadableVolunteer(c, id);
  if (!volunteer.ok()) return volunteer.status();
  const VolunteerState& v = volunteer->first;
  if (v.erased) {
    return NotFound("volunteer '" + id + "''s personal data was erased: no record can name them");
  }
  auto read = RecordsOf(c, *filter);
  if (!read.ok()) return read.status();
  const auto& [records, head] = *read;
  c.readers_own = c.account.volunteer_id == id;
  std::uint32_t total = 0;
  json::array rows;
  for (const ServiceRecord& r : records) {
    total += r.minutes;
    rows.emplace_back(ServiceRecordJson(r));
  }
  const VolunteerDetails& d = v.details;
  const auto day = [](const std::optional<Date>& date) -> json::value {
    return date ? json::value(FormatDate(*date)) : json::value(nullptr);
  };
  return json::value(json::object{
      {"data",
       json::object{{"volunteer_id", id},
                    {"name", d.name},
                    {"sex", std::string(NameOf(d.sex))},
                    {"date_of_birth", d.date_of_birth.known() ? FormatDate(d.date_of_birth) : ""},
                    {"id_number", d.id_number},
                    {"contact", d.contact},
                    {"unit_id", v.unit_id},
                    {"from", day(filter->from)},
                    {"to", day(filter->to)},
                    {"records", std::move(rows)},
                    {"total_minutes", total},
                    {"total_hours", Hours(total)},
                    {"issued_on", FormatDate(DayIn(c.options.clock(), "Asia/Shanghai"))}}},
      {"head", head}});
}

}  // namespace homeward::http
