#include "adapters/cli/seed_trip.h"

#include <chrono>

namespace homeward::cli {
namespace {

constexpr std::int64_t kHour = 3600LL * 1000000;

// 09:00 in Shiyan (UTC+8) on the first 1 June after `today`.
std::int64_t ComingChildrensDay(Date today) {
  using namespace std::chrono;
  const year_month_day now{sys_days{days{today.days}}};
  year y = now.year();
  if (year_month_day{y, June, day{1}} <= now) ++y;
  const sys_days june_first{year_month_day{y, June, day{1}}};
  return duration_cast<microseconds>(june_first.time_since_epoch()).count() + kHour;
}

}  // namespace

std::vector<std::pair<std::string, ActivityCommand>> SeedTripCommands(Date today) {
  const std::string trip = "trip-childrens-day";
  std::vector<std::pair<std::string, ActivityCommand>> c;
  auto add = [&](std::string key, ActivityCommand command) {
    c.emplace_back("seed/trip/" + key, std::move(command));
  };
  PlanActivity plan;
  plan.activity_id = trip;
  plan.unit_id = "xiaocao";
  plan.kind = ActivityKind::kTrip;
  plan.title = "走出大山看世界 关爱留守儿童";
  plan.place = "十堰市";
  plan.itinerary = {"人民公园(动物园)",     "十堰市博物馆", "十堰市图书馆少儿部",
                    "湖北工业职业技术学院", "亚新国际影院", "豆蔻文化餐厅"};
  plan.starts_at_us = ComingChildrensDay(today);
  plan.ends_at_us = plan.starts_at_us + 8 * kHour;
  plan.person_in_charge = "总负责人";
  plan.coordinator = "总协调人";
  plan.children_contact = "留守儿童对接负责人";
  plan.children_capacity = 30;  // including carers and escorting teachers
  add("plan", plan);
  add("slot/volunteers", AddSlot{trip, "volunteers", "义工", 15, true, false, true});
  add("slot/safety", AddSlot{trip, "safety", "安保机动", 4, false, true, true});
  add("open", OpenRecruitment{trip});
  const std::vector<PledgeSponsor> pledges = {
      {trip, "cinema", "十堰市亚新国际影院", "车辆、看电影、午休", 1},
      {trip, "library", "十堰市图书馆少儿部", "参观十堰市图书馆", 1},
      {trip, "museum", "十堰市博物馆", "参观了解历史", 1},
      {trip, "lunch", "十堰市豆蔻文化餐厅", "留守儿童及志愿者午餐", 1},
      {trip, "psychology", "十堰市柏和心理服务中心", "心理陪伴和引导", 1},
      {trip, "college", "湖北工业职业技术学院", "参观大学，与大学生互动", 1},
      {trip, "bags", "东城经济开发区国税局", "爱心书包", 20},
  };
  for (const PledgeSponsor& p : pledges) add("pledge/" + p.pledge_id, p);
  for (const char* volunteer : {"v-wang", "v-zhang", "v-li"}) {
    add(std::string("signup/") + volunteer, SignUp{trip, "volunteers", volunteer, ""});
  }
  add("enrol/xiaohua", EnrollChild{trip, "xiaohua"});
  return c;
}

}  // namespace homeward::cli
