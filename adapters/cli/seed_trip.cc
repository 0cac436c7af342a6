#include "adapters/cli/seed_trip.h"

#include "engine/decision.h"
#include "events/event.h"

namespace homeward::cli {
namespace {

constexpr std::int64_t kSecond = 1000000;
// 2027-06-01 09:00 to 17:00 in Shiyan (Asia/Shanghai, UTC+8).
constexpr std::int64_t kTripStart = 1811811600 * kSecond;
constexpr std::int64_t kTripEnd = 1811840400 * kSecond;
const std::string kTrip = "trip-2027-children-day";
const std::string kUnit = "xiaocao";

std::string Stream(std::string_view category, std::string_view id) {
  return StreamOf(kSeedOrg, category, id);
}

AppendRequest One(std::string key, std::string stream, ExpectedVersion expected,
                  std::vector<Event> events) {
  AppendRequest request;
  request.idempotency_key = "seed-trip/" + key;
  request.actor = "coordinator:gao";
  request.correlation_id = "seed-trip";
  StreamAppend append{std::move(stream), expected, {}};
  for (const Event& event : events) append.events.push_back(EncodeEvent(event));
  request.streams.push_back(std::move(append));
  return request;
}

AppendRequest SignUp(const std::string& volunteer) {
  // The sign-up is recorded in the activity's stream and the volunteer's.
  AppendRequest request =
      One("signup/" + volunteer, Stream("activity", kTrip), ExpectedVersion::Any(),
          {SignedUp{kTrip, "volunteers", volunteer, kTripStart, kTripEnd, ""}});
  request.actor = "volunteer:" + volunteer;
  request.streams.push_back(StreamAppend{
      Stream("volunteer", volunteer),
      ExpectedVersion::Any(),
      {EncodeEvent(SignedUp{kTrip, "volunteers", volunteer, kTripStart, kTripEnd, ""})}});
  return request;
}

}  // namespace

std::vector<AppendRequest> SeedTripAppends() {
  std::vector<AppendRequest> appends;
  ActivityPlanned trip;
  trip.activity_id = kTrip;
  trip.unit_id = kUnit;
  trip.kind = ActivityKind::kTrip;
  trip.title = "走出大山看世界 关爱留守儿童";
  trip.place = "十堰市";
  trip.itinerary = {"人民公园(动物园)",     "十堰市博物馆", "十堰市图书馆少儿部",
                    "湖北工业职业技术学院", "亚新国际影院", "豆蔻文化餐厅"};
  trip.starts_at_us = kTripStart;
  trip.ends_at_us = kTripEnd;
  trip.person_in_charge = "总负责人";
  trip.coordinator = "总协调人";
  trip.children_contact = "留守儿童对接负责人";
  trip.children_capacity = 30;
  appends.push_back(One("plan", Stream("activity", kTrip), ExpectedVersion::NoStream(),
                        {trip, SlotAdded{kTrip, "volunteers", "volunteer", 15, true, true, true},
                         SlotAdded{kTrip, "safety", "safety and standby", 4, false, true, true}}));

  const std::vector<SponsorPledged> pledges = {
      {kTrip, "p1", "十堰市亚新国际影院", "车辆、看电影、午休", 1},
      {kTrip, "p2", "十堰市图书馆少儿部", "参观十堰市图书馆", 1},
      {kTrip, "p3", "十堰市博物馆", "参观了解历史", 1},
      {kTrip, "p4", "十堰市豆蔻文化餐厅", "留守儿童及志愿者午餐", 1},
      {kTrip, "p5", "十堰市柏和心理服务中心", "心理陪伴和引导", 1},
      {kTrip, "p6", "湖北工业职业技术学院", "参观大学，与大学生互动", 1},
      {kTrip, "p7", "东城经济开发区国税局", "爱心书包", 20},
  };
  std::vector<Event> pledge_events(pledges.begin(), pledges.end());
  appends.push_back(
      One("pledges", Stream("activity", kTrip), ExpectedVersion::Exact(3), pledge_events));

  for (const char* volunteer : {"v-wang", "v-zhang", "v-li"}) appends.push_back(SignUp(volunteer));
  return appends;
}

}  // namespace homeward::cli
