#pragma once
// Volunteer service records (志愿服务记录) as a unit loads them into the
// national volunteer service system: one row per volunteer and activity with
// confirmed hours, with the fields the record rules (志愿服务记录与证明出具办法)
// ask for: the volunteer's name, sex, date of birth, identity document,
// residence area, contact, skills and service categories (Art. 5), and the
// organization, the project, what the service was, where and when, the hours,
// the person in charge, who recorded them and when (Art. 7). A volunteer whose
// personal data was erased has no rows: the record cannot name them.

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/event_log.h"
#include "events/date.h"
#include "events/envelope.h"
#include "events/event.h"
#include "events/volunteer_events.h"

namespace homeward {

// One service record: a volunteer's confirmed hours on one activity, with
// the activity as it stands and the volunteer's details as recorded.
struct ServiceRecord {
  std::string volunteer_id, activity_id;
  VolunteerDetails volunteer;
  std::string unit_id, unit_name, title, kind, place, person_in_charge, recorded_by;
  std::int64_t starts_at_us = 0, ends_at_us = 0, recorded_at_us = 0;
  std::uint32_t minutes = 0;
};

// Which records to give: every one of the organization by default.
struct RecordFilter {
  std::function<bool(std::string_view unit_id)> in_scope;  // the activity's unit; null: any
  std::string volunteer_id;                                // empty: every volunteer
  std::optional<Date> from, to;  // the activity's first day in Beijing time, inclusive
};

// The filter of `volunteer`'s records (empty: everyone's) from and to the
// days `from` and `to` name (YYYY-MM-DD; empty: unbounded). Errors:
// invalid_argument naming from or to when malformed, or from after to.
Result<RecordFilter> PeriodFilter(std::string volunteer, std::string_view from,
                                  std::string_view to);

// "12.50": minutes as the national system's hours, two decimals.
std::string Hours(std::uint32_t minutes);

// A fold of the log into service records: fed every envelope in order, it
// gives everyone's; fed by FoldVolunteerRecords, one volunteer's.
class ServiceRecords {
 public:
  void Apply(const Envelope& envelope, const Event& event);

  // The records of `org` that `filter` takes, in the order the hours were
  // first confirmed. A volunteer whose personal data was erased has none.
  std::vector<ServiceRecord> Records(std::string_view org, const RecordFilter& filter = {}) const;

  // The header and one row per record of `org` that `filter` takes, in the
  // national system's columns.
  std::vector<std::vector<std::string>> Rows(std::string_view org,
                                             const RecordFilter& filter = {}) const {
    return RowsOf(Records(org, filter));
  }

  // The header and one row per record of `records`, in the national system's columns.
  static std::vector<std::vector<std::string>> RowsOf(const std::vector<ServiceRecord>& records);

 private:
  struct Person {
    VolunteerDetails details;
    bool erased = false;
  };
  struct Activity {
    std::string unit_id, title, place, kind, person_in_charge;
    std::int64_t starts_at_us = 0, ends_at_us = 0;
  };
  struct Record {
    std::string org, activity_id, volunteer_id, recorded_by;
    std::uint32_t minutes = 0;
    std::int64_t recorded_at_us = 0;
  };
  std::map<std::string, Person> people_;        // volunteer OrgKey
  std::map<std::string, Activity> activities_;  // activity OrgKey
  std::map<std::string, std::string> units_;    // unit OrgKey -> name
  std::vector<Record> records_;
  std::map<std::string, std::size_t> record_of_;  // activity/volunteer -> index
};

// The name of the service records as an as-of replay shows them.
inline constexpr std::string_view kServiceRecordsView = "service-records";

// One record as the API gives it: {"activity_id", "title", "kind", "unit_id",
// "unit", "place", "starts_at", "ends_at" (UTC), "minutes", "hours",
// "person_in_charge", "recorded_by", "recorded_on" (Beijing day)}.
boost::json::object ServiceRecordJson(const ServiceRecord& record);

// {"records": [...]}: the records of `org` (of `volunteer_id` alone unless
// empty), each as ServiceRecordJson with "volunteer_id" and the volunteer's
// "name", in the order the hours were first confirmed; "total_hours" over them.
boost::json::value ServiceRecordsView(const ServiceRecords& records, std::string_view org,
                                      std::string_view volunteer_id);

// Folds into `records` (fresh) what volunteer `volunteer_id`'s records of
// `org` need, read stream by stream instead of from the whole log: their own
// stream (their details, an erasure, and every confirmation and decided
// correction of their hours, which the domain writes there as well), the
// streams of the activities those name, and of those activities' units, in
// log order, each as it stood at the log's head when the call began. The
// records it then gives for that volunteer are those a fold of the whole log
// to that head gives; others' are incomplete. Returns that head. An id no
// stream can have (a slash, a control character, too long) names no
// volunteer: nothing is read. Errors: as EventLog::ReadStream;
// corruption for a payload that does not decode.
Result<std::uint64_t> FoldVolunteerRecords(const EventLog& log, std::string_view org,
                                           std::string_view volunteer_id, ServiceRecords& records);

}  // namespace homeward
