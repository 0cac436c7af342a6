#pragma once
// Given, for tests of many sign-ups at once: a school with its waiver,
// vetted volunteers "v0".."vN" who accepted it, and activities "a0".."aM",
// each with one slot "s" (with a waitlist) open for sign-ups.

#include <boost/test/unit_test.hpp>
#include <string>

#include "engine/command_service.h"
#include "tests/engine/people_fixture.h"

namespace homeward::testing {

// The shape of the activities: each lasts `length_us`, the next starting
// `gap_us` after the one before, from 2027-06-01 08:00 in Shiyan.
struct SignUpWorld {
  int volunteers = 0;
  int activities = 0;
  std::uint32_t places = 0;
  std::int64_t gap_us = 0;
  std::int64_t length_us = 0;
};

// Records the world through `service` as `ctx`; every command must succeed.
inline void GivenSignUpWorld(CommandService& service, const CommandContext& ctx,
                             const SignUpWorld& world) {
  const auto must = [&](const auto& command) {
    auto result = service.Execute(ctx, command);
    BOOST_REQUIRE_MESSAGE(result.ok(), result.status().ToString());
  };
  must(CreateUnit{"school", "马岭小学", UnitKind::kSchool, "", ""});
  must(PublishWaiver{"school", "2027-v1", "特别承诺"});
  for (int v = 0; v < world.volunteers; ++v) {
    const std::string id = "v" + std::to_string(v);
    must(PeopleFixture::Volunteer(id));
    must(VetVolunteer{id, "派出所", D("2027-01-10"), std::nullopt});
    must(AcceptWaiver{id, "2027-v1"});
  }
  for (int a = 0; a < world.activities; ++a) {
    PlanActivity plan;
    plan.activity_id = "a" + std::to_string(a);
    plan.unit_id = "school";
    plan.title = plan.activity_id;
    plan.starts_at_us = 1811808000LL * 1000000 + a * world.gap_us;
    plan.ends_at_us = plan.starts_at_us + world.length_us;
    must(plan);
    must(AddSlot{plan.activity_id, "s", "义工", world.places, true, false, true});
    must(OpenRecruitment{plan.activity_id});
  }
}

}  // namespace homeward::testing
