// Commands racing on the same streams through the command service, on a real
// RocksDB log: the rules hold however the threads interleave.

#include <boost/test/unit_test.hpp>
#include <map>
#include <mutex>
#include <thread>

#include "tests/engine/log_fixture.h"
#include "tests/engine/people_fixture.h"

namespace homeward::testing {
namespace {

struct Race : LogFixture {
  std::int64_t now_us = 1803866400LL * 1000000;  // 2027-03-01
  CommandService service{log(), [this] { return now_us; }};
  CommandContext ctx{"county", "coordinator:li", "corr", ""};

  template <typename Command>
  void Given(const Command& c) {
    auto result = service.Execute(ctx, c);
    BOOST_REQUIRE_MESSAGE(result.ok(), result.status().ToString());
  }
  void ReadyVolunteer(const std::string& id) {
    Given(PeopleFixture::Volunteer(id));
    Given(VetVolunteer{id, "派出所", D("2027-01-10"), std::nullopt});
    Given(AcceptWaiver{id, "2027-v1"});
  }
  void ChildWithConsent(const std::string& id) {
    Given(PeopleFixture::Child(id));
    Given(GiveConsent{id, ConsentKind::kDataProcessing, "祖母", "关爱", "一年", D("2027-02-01")});
  }
  // Runs `command_for(i)` on `n` threads at once; returns how often each reason came back.
  template <typename F>
  std::map<std::string, int> RunTogether(int n, F command_for) {
    std::map<std::string, int> reasons;
    std::mutex mu;
    std::vector<std::thread> threads;
    for (int i = 0; i < n; ++i) {
      threads.emplace_back([&, i] {
        auto result = service.Execute(ctx, command_for(i));
        std::lock_guard lock(mu);
        ++reasons[result.ok() ? "ok" : result.status().reason()];
      });
    }
    for (auto& t : threads) t.join();
    return reasons;
  }

  Race() {
    Given(CreateUnit{"school", "马岭小学", UnitKind::kSchool, "", ""});
    Given(PublishWaiver{"school", "2027-v1", "特别承诺"});
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(people_concurrency_test, Race)

BOOST_AUTO_TEST_CASE(twelve_volunteers_racing_for_one_role_leave_exactly_one_holder) {
  ChildWithConsent("c1");
  for (int i = 0; i < 12; ++i) ReadyVolunteer("v" + std::to_string(i));
  auto reasons = RunTogether(12, [](int i) {
    return AssignCareRole{"c1", CareRole::kCaringMother, "v" + std::to_string(i)};
  });
  BOOST_TEST(reasons["ok"] == 1);
  BOOST_TEST(reasons["role_taken"] == 11);
  int holding = 0;
  for (int i = 0; i < 12; ++i) {
    holding += service.LoadVolunteer("county", "v" + std::to_string(i))->state().roles.size();
  }
  BOOST_TEST(holding == 1);
}

BOOST_AUTO_TEST_CASE(eight_children_racing_for_one_caring_mother_stop_at_the_limit) {
  ReadyVolunteer("mother");
  for (int i = 0; i < 8; ++i) ChildWithConsent("c" + std::to_string(i));
  auto reasons = RunTogether(8, [](int i) {
    return AssignCareRole{"c" + std::to_string(i), CareRole::kCaringMother, "mother"};
  });
  BOOST_TEST(reasons["ok"] == 3);
  BOOST_TEST(reasons["role_limit"] == 5);
  BOOST_TEST(service.LoadVolunteer("county", "mother")->state().roles.size() == 3u);
}

BOOST_AUTO_TEST_CASE(a_suspension_racing_assignments_leaves_no_role_behind) {
  ReadyVolunteer("v1");
  for (int i = 0; i < 6; ++i) ChildWithConsent("c" + std::to_string(i));
  auto reasons = RunTogether(7, [](int i) -> PeopleCommand {
    if (i == 6) return SuspendVolunteer{"v1", "复查未通过"};
    return AssignCareRole{"c" + std::to_string(i),
                          i % 2 ? CareRole::kHappyCompanion : CareRole::kCaringMother, "v1"};
  });
  BOOST_TEST(reasons["ok"] >= 1);  // the suspension itself
  const VolunteerState v = service.LoadVolunteer("county", "v1")->state();
  BOOST_TEST(v.suspended);
  BOOST_TEST(v.roles.empty());
  for (int i = 0; i < 6; ++i) {
    const ChildState child = service.LoadChild("county", "c" + std::to_string(i))->state();
    BOOST_TEST(!child.Holder(CareRole::kCaringMother).has_value());
    BOOST_TEST(!child.Holder(CareRole::kHappyCompanion).has_value());
  }
}

BOOST_AUTO_TEST_CASE(a_waiver_published_while_assigning_is_never_missed) {
  // The assignment reads the volunteer's unit; the unit's version guards it.
  ChildWithConsent("c1");
  ReadyVolunteer("v1");
  auto reasons = RunTogether(2, [](int i) -> PeopleCommand {
    if (i == 0) return PublishWaiver{"school", "2027-v2", "新版特别承诺"};
    return AssignCareRole{"c1", CareRole::kCaringMother, "v1"};
  });
  const bool assigned =
      service.LoadChild("county", "c1")->state().Holder(CareRole::kCaringMother).has_value();
  // Either the assignment came first (and holds), or it saw v2 and was refused.
  BOOST_TEST(reasons["ok"] == (assigned ? 2 : 1));
  if (!assigned) BOOST_TEST(reasons["waiver_missing"] == 1);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace homeward::testing
