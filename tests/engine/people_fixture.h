#pragma once
// A small vocabulary for people-domain tests, on an in-memory log and a fixed
// clock: "given these commands, when this command, then these events or this
// refusal". No RocksDB: the rules are what is under test.

#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "engine/command_service.h"
#include "engine/memory_log.h"

namespace homeward::testing {

inline Date D(std::string_view text) { return ParseDate(text).value(); }

class PeopleFixture {
 public:
  // 2027-03-01 10:00 in Shanghai.
  std::int64_t now_us = 1803866400LL * 1000000;
  InMemoryLog log{[this] { return now_us; }};
  CommandService service{log, [this] { return now_us; }};
  CommandContext ctx{"county", "coordinator:li", "corr-1", ""};

  PeopleFixture() {
    Given(CreateUnit{"office", "郧阳区妇联", UnitKind::kFederation, "", ""});
    Given(CreateUnit{"school", "马岭小学", UnitKind::kSchool, "office", ""});
    Given(PublishWaiver{"school", "2027-v1", "参加本活动的志愿者同意……"});
  }

  // Runs `command` (of either domain), requiring it to succeed.
  template <typename Command>
  void Given(const Command& command) {
    auto result = service.Execute(ctx, command);
    BOOST_REQUIRE_MESSAGE(result.ok(), "given: " << result.status().ToString());
  }

  // Appends `decision` as it stands, past today's rules: what an older
  // program may have recorded (a unit closed with activities to come).
  void GivenRecorded(const Decision& decision) {
    auto result = service.Commit(ctx, decision, {});
    BOOST_REQUIRE_MESSAGE(result.ok(), "given: " << result.status().ToString());
  }

  // Runs `command`; Then() reports what it appended.
  template <typename Command>
  Result<AppendResult> When(const Command& command) {
    before_ = log.Head();
    return service.Execute(ctx, command);
  }

  // What the last When appended, one "category/id type" line per envelope.
  std::vector<std::string> Then() {
    std::vector<std::string> lines;
    for (const Envelope& e : log.ReadAll(before_ + 1, 1000).value()) {
      const std::string local = e.stream_id.substr(e.stream_id.find('/') + 1);
      lines.push_back(local + " " + e.type);
    }
    return lines;
  }

  // Refusal reason of a result ("ok" when it succeeded).
  static std::string Reason(const Result<AppendResult>& result) {
    return result.ok() ? "ok" : result.status().reason();
  }

  // An adult volunteer of the school, born in 1985, with the given kinds.
  static RegisterVolunteer Volunteer(const std::string& id, std::vector<VolunteerKind> kinds = {},
                                     std::string born = "1985-05-20") {
    RegisterVolunteer c;
    c.volunteer_id = id;
    c.unit_id = "school";
    c.details.name = "志愿者" + id;
    c.details.sex = Sex::kFemale;
    c.details.date_of_birth = D(born);
    c.details.kinds = std::move(kinds);
    return c;
  }

  // A volunteer who may work with children: registered, vetted (2027-01-10,
  // so until 2028-01-09), the school's waiver signed.
  void GivenReadyVolunteer(const std::string& id, std::vector<VolunteerKind> kinds = {},
                           std::string born = "1985-05-20") {
    Given(Volunteer(id, std::move(kinds), std::move(born)));
    Given(VetVolunteer{id, "派出所", D("2027-01-10"), std::nullopt});
    Given(AcceptWaiver{id, "2027-v1"});
  }

  // The school's trip "走出大山看世界" called `id`: 2027-06-01 from 09:00 in
  // Shiyan, eight hours long.
  static PlanActivity TripPlan(const std::string& id) {
    PlanActivity plan;
    plan.activity_id = id;
    plan.unit_id = "school";
    plan.title = "走出大山看世界";
    plan.starts_at_us = 1811811600LL * 1000000;
    plan.ends_at_us = plan.starts_at_us + 8 * 3600LL * 1000000;
    return plan;
  }

  static RegisterChild Child(const std::string& id, const std::string& filled_by = "班主任王老师") {
    RegisterChild c;
    c.child_id = id;
    c.unit_id = "school";
    c.card.name = "留守儿童" + id;
    c.card.sex = Sex::kMale;
    c.card.date_of_birth = D("2016-09-01");
    c.card.school = "马岭小学";
    c.card.class_name = "四(2)班";
    c.card.father = Parent{"父亲" + id, "深圳", "13800000000"};
    c.card.guardian = Guardian{"祖母" + id, "祖母", "13900000000", "马岭村"};
    c.card.guardianship_rating = GuardianshipRating::kFair;
    c.filled_by = filled_by;
    return c;
  }

  // A child whose guardian consented to data processing.
  void GivenChildWithConsent(const std::string& id) {
    Given(Child(id));
    Given(GiveConsent{id, ConsentKind::kDataProcessing, "祖母" + id, "关爱帮扶", "离开项目后一年",
                      D("2027-02-01")});
  }

 private:
  std::uint64_t before_ = 0;
};

}  // namespace homeward::testing
