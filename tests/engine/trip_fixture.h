#pragma once
// The seed's trip, "走出大山看世界", for the activity tests: twenty volunteers
// ready to work with children, and the trip on 1 June 2027 with 15 places
// and a waitlist, its recruitment open.

#include <string>
#include <vector>

#include "engine/activity_rules.h"
#include "tests/engine/people_fixture.h"

namespace homeward::testing {

constexpr std::int64_t kHour = 3600LL * 1000000;
constexpr std::int64_t kTripStart = 1811811600LL * 1000000;  // 2027-06-01 09:00 in Shiyan

// The trip "trip" and volunteers v1 to v20; helpers to plan more trips, sign
// a volunteer up and read an activity back.
struct Trip : PeopleFixture {
  Trip() {
    for (int i = 1; i <= 20; ++i) GivenReadyVolunteer("v" + std::to_string(i));
    GivenTrip("trip", kTripStart, 15);
  }
  void GivenTrip(const std::string& id, std::int64_t starts, std::uint32_t places,
                 bool waitlist = true) {
    PlanActivity plan;
    plan.activity_id = id;
    plan.unit_id = "school";
    plan.kind = ActivityKind::kTrip;
    plan.title = "走出大山看世界 " + id;
    plan.itinerary = {"人民公园", "十堰市博物馆"};
    plan.starts_at_us = starts;
    plan.ends_at_us = starts + 8 * kHour;
    plan.children_capacity = 30;
    Given(plan);
    Given(AddSlot{id, "volunteers", "义工", places, waitlist, false, true});
    Given(OpenRecruitment{id});
  }
  Result<AppendResult> Sign(const std::string& activity, int v, std::string override = {}) {
    return When(SignUp{activity, "volunteers", "v" + std::to_string(v), std::move(override)});
  }
  ActivityState Activity(const std::string& id = "trip") {
    return service.LoadActivity("county", id)->state();
  }
  std::vector<std::string> Waiting() { return Activity().Slot("volunteers")->waiting; }
};

using V = std::vector<std::string>;

}  // namespace homeward::testing
