#pragma once
// The seed's organization in memory behind a Router, a host following it,
// and one account of each role: the seed's units are the county federation
// (yunyang-fulian) with the school maling and the association xiaocao under
// it. Xiaohua (maling) has a full "3+1" team with v-wang as caring mother;
// xiaoming (xiaocao) has none.

#include <atomic>
#include <boost/json.hpp>
#include <boost/test/unit_test.hpp>
#include <chrono>
#include <string>

#include "adapters/cli/seed_people.h"
#include "adapters/cli/seed_trip.h"
#include "adapters/http/router.h"
#include "engine/command_service.h"
#include "engine/key_ring.h"
#include "engine/memory_log.h"
#include "engine/time_zone.h"
#include "engine/token.h"
#include "projections/catalog.h"

namespace homeward::http {

// The log's key ring, which a test can make refuse, as a failing disk
// would: every lookup and new key then answers unavailable.
class RefusableKeyRing : public KeyRing {
 public:
  std::atomic<bool> refusing{false};

  Result<std::optional<DataKey>> Find(std::string_view subject) const override {
    if (refusing) return Unavailable("the key ring refuses (test)");
    return keys_.Find(subject);
  }
  Result<DataKey> Ensure(std::string_view subject) override {
    if (refusing) return Unavailable("the key ring refuses (test)");
    return keys_.Ensure(subject);
  }
  Status Erase(std::string_view subject) override {
    if (refusing) return Unavailable("the key ring refuses (test)");
    return keys_.Erase(subject);
  }
  bool Erased(std::string_view subject) const override { return keys_.Erased(subject); }

 private:
  MemoryKeyRing keys_;
};

struct RouterFixture {
  RefusableKeyRing keys;
  InMemoryLog log{SystemClockMicros, &keys};
  InMemoryProjectionStore store;
  ProjectionHost host{log, store, MakeProjections()};
  // Added to the real time of the service and the router: a test moves it
  // on to act once something has begun.
  std::int64_t ahead_us = 0;
  Clock clock = [this] { return SystemClockMicros() + ahead_us; };
  CommandService service{log, clock};
  std::string admin = NewToken(), coordinator = NewToken(), school = NewToken(),
              volunteer = NewToken(), counselor = NewToken(), auditor = NewToken();
  Router router{log, host, &service, RouterOptions{std::chrono::milliseconds(100), clock, nullptr}};

  RouterFixture() {
    const std::int64_t now = SystemClockMicros();
    const Date today = LocalDate(now, "Asia/Shanghai").value();
    const CommandContext ctx{std::string(cli::kSeedOrg), "test", "seed", ""};
    for (const auto& [key, command] : cli::SeedPeopleCommands(today, now))
      BOOST_REQUIRE(service.Execute(ctx, command).ok());
    for (const auto& [key, command] : cli::SeedTripCommands(today))
      BOOST_REQUIRE(service.Execute(ctx, command).ok());
    ArchiveCard card;
    card.name = "王小明";
    card.date_of_birth = ParseDate("2017-05-20").value();
    card.guardian = Guardian{"王爷爷", "祖父", "13900000002", "马岭村"};
    BOOST_REQUIRE(
        service.Execute(ctx, PeopleCommand{RegisterChild{"xiaoming", "xiaocao", card, "周老师"}})
            .ok());
    const auto add = [&](std::string id, AccountRole role, std::string unit, std::string v,
                         const std::string& token) {
      auto done = service.Execute(
          ctx, AccountCommand{CreateAccount{id, id, role, unit, v, TokenHash(token)}});
      BOOST_REQUIRE_MESSAGE(done.ok(), done.status().ToString());
    };
    add("root", AccountRole::kAdmin, "", "", admin);
    add("gao", AccountRole::kCoordinator, "xiaocao", "", coordinator);
    add("zhou", AccountRole::kCoordinator, "maling", "", school);
    add("wang", AccountRole::kVolunteer, "", "v-wang", volunteer);
    add("xu", AccountRole::kCounselor, "", "v-li", counselor);
    add("audit", AccountRole::kAuditor, "", "", auditor);
    BOOST_REQUIRE(host.CatchUp().ok());
    host.Start();
  }

  Response Get(const std::string& target, const std::string& token = "") {
    Request request{"GET", target, {}, ""};
    if (!token.empty()) request.headers["authorization"] = "Bearer " + token;
    return router.Handle(request);
  }
  Response Post(const std::string& target, const std::string& token, const std::string& body,
                const std::map<std::string, std::string>& headers = {}) {
    Request request{"POST", target, headers, body};
    request.headers["authorization"] = "Bearer " + token;
    return router.Handle(request);
  }
  static boost::json::value Body(const Response& r) { return boost::json::parse(r.body); }
  static std::string ErrorCode(const Response& r) {
    return std::string(Body(r).at("error").at("code").as_string());
  }
  static std::string ErrorField(const Response& r) {
    const boost::json::value body = Body(r);  // kept: `field` points into it
    const auto* field = body.at("error").at("details").as_object().if_contains("field");
    return field ? std::string(field->as_string()) : std::string();
  }
  // The plan of talk `id` ("家长座谈 " + unit) of `unit`, from `starts_at_us`
  // for `lasting_us`.
  static PlanActivity Talk(const std::string& id, const std::string& unit,
                           std::int64_t starts_at_us, std::int64_t lasting_us) {
    PlanActivity plan;
    plan.activity_id = id;
    plan.unit_id = unit;
    plan.kind = ActivityKind::kOther;
    plan.title = "家长座谈 " + unit;
    plan.place = "活动室";
    plan.starts_at_us = starts_at_us;
    plan.ends_at_us = starts_at_us + lasting_us;
    return plan;
  }
  // `volunteer` serves a two-hour talk `id` ("家长座谈 " + unit) of `unit`
  // tomorrow, in its one place (open to volunteers not yet vetted unless
  // `vetted_only`); three days later the two hours are confirmed.
  void ServeTalk(const std::string& id, const std::string& unit, const std::string& volunteer,
                 bool vetted_only = true) {
    constexpr std::int64_t hour = 3600LL * 1000000;
    const std::int64_t now = SystemClockMicros();
    const CommandContext ctx{std::string(cli::kSeedOrg), "test", "served", ""};
    const PlanActivity plan = Talk(id, unit, now + 24 * hour, 2 * hour);
    for (ActivityCommand c :
         {ActivityCommand{plan},
          ActivityCommand{AddSlot{id, "host", "主持", 1, true, false, vetted_only}},
          ActivityCommand{OpenRecruitment{id}},
          ActivityCommand{SignUp{id, "host", volunteer, ""}}}) {
      const auto done = service.Execute(ctx, c);
      BOOST_REQUIRE_MESSAGE(done.ok(), done.status().ToString());
    }
    CommandService later(log, [now] { return now + 3 * 24 * hour; });
    const auto done =
        later.Execute(ctx, ActivityCommand{ConfirmHours{id, volunteer, "负责人", 120u}});
    BOOST_REQUIRE_MESSAGE(done.ok(), done.status().ToString());
  }
  // The position a successful write answered.
  static std::uint64_t PositionOf(const Response& r) {
    return Body(r).at("data").at("position").to_number<std::uint64_t>();
  }
};

}  // namespace homeward::http
