#include "projections/service_records.h"

#include <algorithm>
#include <boost/json/array.hpp>
#include <cstdio>
#include <limits>
#include <set>
#include <tuple>

#include "engine/decision.h"
#include "events/stream_id.h"
#include "projections/fold.h"
#include "projections/json_support.h"
#include "projections/view_support.h"

namespace homeward {
namespace {

namespace json = boost::json;

// "2027-06-01 09:00" in Asia/Shanghai, the national system's local time.
std::string Local(std::int64_t utc_us) { return FormatLocalMinute(utc_us, "Asia/Shanghai"); }

// Items of a list, as the national system's forms separate them.
std::string Joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : "、") + item;
  return out;
}

// An identity number kept as text: a spreadsheet would read 18 digits as a
// number and lose the last three. A leading tab makes Excel and WPS keep it.
std::string AsText(const std::string& digits) { return digits.empty() ? "" : "\t" + digits; }

}  // namespace

Result<RecordFilter> PeriodFilter(std::string volunteer, std::string_view from,
                                  std::string_view to) {
  RecordFilter filter;
  filter.volunteer_id = std::move(volunteer);
  for (auto [name, text, day] :
       {std::tuple{"from", from, &filter.from}, std::tuple{"to", to, &filter.to}}) {
    if (text.empty()) continue;
    Result<Date> parsed = ParseDate(text, name);
    if (!parsed.ok()) return parsed.status();
    *day = *parsed;
  }
  if (filter.from && filter.to && *filter.from > *filter.to) {
    return InvalidArgument("from is after to");
  }
  return filter;
}

std::string Hours(std::uint32_t minutes) { return TwoDecimals(minutes / 60.0); }

void ServiceRecords::Apply(const Envelope& envelope, const Event& event) {
  const StreamParts stream = SplitStream(envelope.stream_id);
  const std::string org(stream.org);
  const auto record = [&](const std::string& activity, const std::string& volunteer,
                          std::uint32_t minutes, const std::string& by) {
    const std::string key = OrgKey(org, activity) + "|" + volunteer;
    auto [it, fresh] = record_of_.emplace(key, records_.size());
    if (fresh) records_.push_back({org, activity, volunteer, "", 0, 0});
    Record& r = records_[it->second];
    r.minutes = minutes;
    r.recorded_by = by;
    r.recorded_at_us = envelope.recorded_at_us;
  };
  std::visit(
      Overloaded{
          [&](const UnitCreated& e) { units_[OrgKey(org, e.unit_id)] = e.name; },
          [&](const UnitRenamed& e) { units_[OrgKey(org, e.unit_id)] = e.name; },
          [&](const VolunteerRegistered& e) {
            people_[OrgKey(org, e.volunteer_id)].details = e.details;
          },
          [&](const VolunteerDetailsCorrected& e) {
            people_[OrgKey(org, e.volunteer_id)].details = e.details;
          },
          [&](const VolunteerDataErased& e) {
            people_[OrgKey(org, e.volunteer_id)] = Person{{}, true};
          },
          [&](const ActivityPlanned& e) {
            activities_[OrgKey(org, e.activity_id)] = {
                e.unit_id,          e.title,        e.place,     std::string(ChineseNameOf(e.kind)),
                e.person_in_charge, e.starts_at_us, e.ends_at_us};
          },
          [&](const ActivityRescheduled& e) {
            Activity& a = activities_[OrgKey(org, e.activity_id)];
            a.starts_at_us = e.starts_at_us;
            a.ends_at_us = e.ends_at_us;
          },
          [&](const ActivityDetailsChanged& e) {
            Activity& a = activities_[OrgKey(org, e.activity_id)];
            a.title = e.title;
            a.place = e.place;
            a.person_in_charge = e.person_in_charge;
          },
          [&](const HoursConfirmed& e) {
            if (stream.category == "activity") {
              record(e.activity_id, e.volunteer_id, e.minutes, e.confirmed_by);
            }
          },
          [&](const HoursCorrectionDecided& e) {
            if (stream.category == "activity" && e.accepted) {
              record(e.activity_id, e.volunteer_id, e.minutes, e.decided_by);
            }
          },
          [](const auto&) {},
      },
      event);
}

std::vector<ServiceRecord> ServiceRecords::Records(std::string_view org,
                                                   const RecordFilter& filter) const {
  std::vector<ServiceRecord> out;
  const std::string org_text(org);
  for (const Record& r : records_) {
    if (r.org != org) continue;
    if (!filter.volunteer_id.empty() && r.volunteer_id != filter.volunteer_id) continue;
    const auto person = people_.find(OrgKey(org_text, r.volunteer_id));
    if (person != people_.end() && person->second.erased) continue;
    const auto activity = activities_.find(OrgKey(org_text, r.activity_id));
    const Activity a = activity == activities_.end() ? Activity{} : activity->second;
    if (filter.in_scope && !filter.in_scope(a.unit_id)) continue;
    const Date first_day = DayIn(a.starts_at_us, "Asia/Shanghai");
    if ((filter.from && first_day < *filter.from) || (filter.to && first_day > *filter.to)) {
      continue;
    }
    const auto unit = units_.find(OrgKey(org_text, a.unit_id));
    ServiceRecord& s = out.emplace_back();
    s.volunteer_id = r.volunteer_id;
    s.activity_id = r.activity_id;
    if (person != people_.end()) s.volunteer = person->second.details;
    s.unit_id = a.unit_id;
    s.unit_name = unit == units_.end() ? a.unit_id : unit->second;
    s.title = a.title;
    s.kind = a.kind;
    s.place = a.place;
    s.person_in_charge = a.person_in_charge;
    s.recorded_by = r.recorded_by;
    s.starts_at_us = a.starts_at_us;
    s.ends_at_us = a.ends_at_us;
    s.recorded_at_us = r.recorded_at_us;
    s.minutes = r.minutes;
  }
  return out;
}

Result<std::uint64_t> FoldVolunteerRecords(const EventLog& log, std::string_view org,
                                           std::string_view volunteer_id, ServiceRecords& records) {
  const std::uint64_t head = log.Head();
  const std::string own_stream = StreamOf(org, "volunteer", volunteer_id);
  if (volunteer_id.find('/') != std::string_view::npos || !ValidateStreamId(own_stream).ok()) {
    return head;  // no volunteer has such an id
  }
  std::vector<Decoded> read;
  // Appends stream `category`/`id` of `org` to `read`, decoded, as it stood
  // at `head`: the streams read one after another are then one moment's.
  const auto read_stream = [&](std::string_view category, std::string_view id) -> Status {
    Result<std::vector<Envelope>> envelopes =
        log.ReadStream(StreamOf(org, category, id), 1, std::numeric_limits<std::size_t>::max());
    if (!envelopes.ok()) return envelopes.status();
    for (Envelope& envelope : *envelopes) {
      if (envelope.position > head) break;  // a stream reads in position order
      Result<Event> event = DecodeEnvelopeEvent(envelope, log.keys());
      if (!event.ok()) return event.status();
      read.push_back({std::move(envelope), std::move(*event)});
    }
    return Status();
  };
  if (Status s = read_stream("volunteer", volunteer_id); !s.ok()) return s;
  std::set<std::string> activities;
  for (const Decoded& d : read) {
    if (const auto* e = std::get_if<HoursConfirmed>(&d.event)) activities.insert(e->activity_id);
    if (const auto* e = std::get_if<HoursCorrectionDecided>(&d.event)) {
      activities.insert(e->activity_id);
    }
  }
  std::set<std::string> units;
  for (const std::string& activity : activities) {
    const std::size_t first = read.size();
    if (Status s = read_stream("activity", activity); !s.ok()) return s;
    for (std::size_t i = first; i < read.size(); ++i) {
      if (const auto* e = std::get_if<ActivityPlanned>(&read[i].event)) units.insert(e->unit_id);
    }
  }
  for (const std::string& unit : units) {
    if (Status s = read_stream("unit", unit); !s.ok()) return s;
  }
  std::sort(read.begin(), read.end(), [](const Decoded& a, const Decoded& b) {
    return a.envelope.position < b.envelope.position;
  });
  for (const Decoded& d : read) records.Apply(d.envelope, d.event);
  return head;
}

json::object ServiceRecordJson(const ServiceRecord& r) {
  return json::object{{"activity_id", r.activity_id},
                      {"title", r.title},
                      {"kind", r.kind},
                      {"unit_id", r.unit_id},
                      {"unit", r.unit_name},
                      {"place", r.place},
                      {"starts_at", FormatUtc(r.starts_at_us)},
                      {"ends_at", FormatUtc(r.ends_at_us)},
                      {"minutes", r.minutes},
                      {"hours", Hours(r.minutes)},
                      {"person_in_charge", r.person_in_charge},
                      {"recorded_by", r.recorded_by},
                      {"recorded_on", FormatDate(DayIn(r.recorded_at_us, "Asia/Shanghai"))}};
}

json::value ServiceRecordsView(const ServiceRecords& records, std::string_view org,
                               std::string_view volunteer_id) {
  RecordFilter filter;
  filter.volunteer_id = std::string(volunteer_id);
  std::uint32_t total = 0;
  json::array out;
  for (const ServiceRecord& r : records.Records(org, filter)) {
    json::object row{{"volunteer_id", r.volunteer_id}, {"name", r.volunteer.name}};
    for (const auto& field : ServiceRecordJson(r)) row.emplace(field.key(), field.value());
    out.push_back(std::move(row));
    total += r.minutes;
  }
  return json::object{{"records", std::move(out)}, {"total_hours", Hours(total)}};
}

std::vector<std::vector<std::string>> ServiceRecords::RowsOf(
    const std::vector<ServiceRecord>& records) {
  std::vector<std::vector<std::string>> rows = {
      {"姓名", "性别", "出生日期", "证件类型", "证件号码", "居住区域", "联系方式", "技能",
       "服务类别", "志愿服务组织", "服务项目", "服务内容", "服务地点", "开始时间", "结束时间",
       "服务时长(小时)", "负责人", "记录人", "记录日期"}};
  for (const ServiceRecord& r : records) {
    const VolunteerDetails& d = r.volunteer;
    rows.push_back({d.name, d.sex == Sex::kUnspecified ? "" : std::string(ChineseNameOf(d.sex)),
                    d.date_of_birth.known() ? FormatDate(d.date_of_birth) : "",
                    d.id_number.empty() ? "" : "居民身份证", AsText(d.id_number), d.residence_area,
                    d.contact, Joined(d.skills), Joined(d.service_categories), r.unit_name, r.title,
                    r.kind, r.place, Local(r.starts_at_us), Local(r.ends_at_us), Hours(r.minutes),
                    r.person_in_charge, r.recorded_by,
                    FormatDate(DayIn(r.recorded_at_us, "Asia/Shanghai"))});
  }
  return rows;
}

}  // namespace homeward
