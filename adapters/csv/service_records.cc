#include "adapters/csv/service_records.h"

#include <cstdio>

#include "projections/json_support.h"
#include "projections/view_support.h"

namespace homeward::csv {
namespace {

std::string Hours(std::uint32_t minutes) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2f", minutes / 60.0);
  return text;
}

// "2027-06-01 09:00" in Asia/Shanghai, the national system's local time.
std::string Local(std::int64_t utc_us) {
  if (utc_us == 0) return "";
  const std::int64_t local_s = utc_us / 1000000 + 8 * 3600;
  const Date day{static_cast<std::int32_t>(local_s / 86400)};
  const int minute_of_day = static_cast<int>((local_s % 86400) / 60);
  char time[8];
  std::snprintf(time, sizeof time, "%02d:%02d", minute_of_day / 60, minute_of_day % 60);
  return FormatDate(day) + " " + time;
}

}  // namespace

void ServiceRecords::Apply(const Envelope& envelope, const Event& event) {
  const StreamParts stream = SplitStream(envelope.stream_id);
  const std::string org(stream.org);
  const auto record = [&](const std::string& activity, const std::string& volunteer,
                          std::uint32_t minutes, const std::string& by) {
    const std::string key = OrgKey(org, activity) + "|" + volunteer;
    auto [it, fresh] = record_of_.emplace(key, records_.size());
    if (fresh) records_.push_back({org, OrgKey(org, activity), OrgKey(org, volunteer), "", 0, 0});
    Record& r = records_[it->second];
    r.minutes = minutes;
    r.recorded_by = by;
    r.recorded_at_us = envelope.recorded_at_us;
  };
  std::visit(Overloaded{
                 [&](const UnitCreated& e) { units_[OrgKey(org, e.unit_id)] = e.name; },
                 [&](const UnitRenamed& e) { units_[OrgKey(org, e.unit_id)] = e.name; },
                 [&](const VolunteerRegistered& e) {
                   people_[OrgKey(org, e.volunteer_id)] = {e.details.name, e.details.id_number};
                 },
                 [&](const VolunteerDetailsCorrected& e) {
                   people_[OrgKey(org, e.volunteer_id)] = {e.details.name, e.details.id_number};
                 },
                 [&](const ActivityPlanned& e) {
                   activities_[OrgKey(org, e.activity_id)] = {
                       e.unit_id,      e.title,     e.place, std::string(ChineseNameOf(e.kind)),
                       e.starts_at_us, e.ends_at_us};
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

std::vector<std::vector<std::string>> ServiceRecords::Rows(std::string_view org) const {
  std::vector<std::vector<std::string>> rows = {
      {"姓名", "证件类型", "证件号码", "志愿服务组织", "服务项目", "服务内容", "服务地点",
       "开始时间", "结束时间", "服务时长(小时)", "记录人", "记录日期"}};
  for (const Record& r : records_) {
    if (r.org != org) continue;
    const auto person = people_.find(r.volunteer_key);
    const auto activity = activities_.find(r.activity_key);
    const Person p = person == people_.end() ? Person{} : person->second;
    const Activity a = activity == activities_.end() ? Activity{} : activity->second;
    const auto unit = units_.find(OrgKey(org, a.unit_id));
    rows.push_back({p.name, p.id_number.empty() ? "" : "居民身份证", p.id_number,
                    unit == units_.end() ? a.unit_id : unit->second, a.title, a.kind, a.place,
                    Local(a.starts_at_us), Local(a.ends_at_us), Hours(r.minutes), r.recorded_by,
                    FormatDate(DayIn(r.recorded_at_us, "Asia/Shanghai"))});
  }
  return rows;
}

}  // namespace homeward::csv
