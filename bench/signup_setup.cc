#include "bench/signup_setup.h"

#include "engine/decision.h"

namespace homeward {
namespace {

constexpr std::int64_t kDayUs = 86400LL * 1000000;
constexpr std::size_t kPerAppend = 500;

// Appends `decision` (many streams, each new) in one go.
Status Write(EventLog& log, const Decision& decision) {
  Result<AppendRequest> built = ToAppendRequest(decision, *log.keys());
  if (!built.ok()) return built.status();
  AppendRequest request = std::move(built).value();
  request.actor = "bench-setup";
  Result<AppendResult> done = log.Append(std::move(request));
  return done.ok() ? Status::Ok() : done.status();
}

}  // namespace

Status WriteSignupSetup(EventLog& log, const SignupSetup& s) {
  const std::string unit = "unit0";
  const Date today{static_cast<std::int32_t>(s.now_us / kDayUs)};
  Decision head = {
      {StreamOf(s.org, "unit", unit),
       UnitCreated{unit, "志愿者协会", UnitKind::kAssociation, "", "Asia/Shanghai"}},
      {StreamOf(s.org, "unit", unit), WaiverPublished{unit, "w1", "特别承诺"}},
  };
  if (Status st = Write(log, head); !st.ok()) return st;

  Decision batch;
  const auto flush = [&]() -> Status {
    if (batch.empty()) return Status::Ok();
    Status st = Write(log, batch);
    batch.clear();
    return st;
  };
  for (std::uint32_t i = 0; i < s.volunteers; ++i) {
    const std::string id = "v" + std::to_string(i);
    const std::string stream = VolunteerStream(s.org, id);
    VolunteerDetails details;
    details.name = "志愿者" + std::to_string(i);
    details.date_of_birth = Date{today.days - 30 * 365};
    details.kinds = {VolunteerKind::kOther};
    batch.push_back({stream, VolunteerRegistered{id, unit, details}});
    batch.push_back({stream, VolunteerVetted{id, "公安局", today, Date{today.days + 365}}});
    batch.push_back({stream, WaiverAccepted{id, "w1", unit}});
    if (batch.size() >= 3 * kPerAppend) {
      if (Status st = flush(); !st.ok()) return st;
    }
  }
  if (Status st = flush(); !st.ok()) return st;
  for (std::uint32_t i = 0; i < s.activities; ++i) {
    const std::string id = "a" + std::to_string(i);
    const std::string stream = StreamOf(s.org, "activity", id);
    ActivityPlanned plan;
    plan.activity_id = id;
    plan.unit_id = unit;
    plan.kind = ActivityKind::kTrip;
    plan.title = "活动" + std::to_string(i);
    plan.place = "十堰";
    // A month ahead, an hour apart, so no two overlap.
    plan.starts_at_us = s.now_us + 30 * kDayUs + static_cast<std::int64_t>(i) * 3600LL * 1000000;
    plan.ends_at_us = plan.starts_at_us + 1800LL * 1000000;
    plan.children_capacity = 10;
    plan.cutoff_minutes = 60;
    plan.children_per_adult = 5;
    SlotAdded slot;
    slot.activity_id = id;
    slot.slot_id = "s";
    slot.role = "义工";
    slot.capacity = s.places;
    batch.push_back({stream, plan});
    batch.push_back({stream, slot});
    batch.push_back({stream, RecruitmentOpened{id}});
    if (batch.size() >= 3 * kPerAppend) {
      if (Status st = flush(); !st.ok()) return st;
    }
  }
  return flush();
}

}  // namespace homeward
