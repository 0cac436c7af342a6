// Lists narrowed on the server. GET /v1/reminders by state and to the
// soonest few, counted after the caller's scope and the unit asked for, so a
// coordinator's first ten are the first ten of their own units; GET
// /v1/activities by status, latest first and to the first few, counted
// after the caller's units too.

#include <boost/json.hpp>
#include <boost/test/unit_test.hpp>
#include <set>

#include "tests/adapters/router_fixture.h"

namespace homeward::http {
namespace {

namespace json = boost::json;

struct ListFiltersFixture : RouterFixture {
  // The rows of a 200 answer to `target`.
  json::array Rows(const std::string& target, const std::string& token) {
    const Response r = Get(target, token);
    BOOST_REQUIRE_MESSAGE(r.status == 200, target << ": " << r.body);
    return Body(r).at("data").as_array();
  }
  // The rows of `all` that `keep` keeps, in order.
  template <class Keep>
  static json::array Kept(const json::array& all, Keep keep) {
    json::array out;
    for (const json::value& row : all)
      if (keep(row.as_object())) out.push_back(row);
    return out;
  }
  static json::array First(const json::array& all, std::size_t n) {
    return json::array(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(n));
  }
  // Talk `id` of `unit` planned to start `days` from now.
  void Plan(const std::string& id, const std::string& unit, int days) {
    constexpr std::int64_t kDayUs = 24 * 3600LL * 1000000;
    const CommandContext ctx{std::string(cli::kSeedOrg), "test", "plan " + id, ""};
    const auto done = service.Execute(
        ctx, ActivityCommand{Talk(id, unit, SystemClockMicros() + days * kDayUs, kDayUs / 12)});
    BOOST_REQUIRE_MESSAGE(done.ok(), done.status().ToString());
  }
};

BOOST_FIXTURE_TEST_SUITE(list_filters_test, ListFiltersFixture)

BOOST_AUTO_TEST_CASE(a_state_filter_keeps_those_states_in_the_same_order) {
  const json::array all = Rows("/v1/reminders", admin);
  std::set<std::string> states;
  for (const json::value& row : all) states.emplace(row.at("state").as_string());
  BOOST_REQUIRE_GE(states.size(), 2u);  // else the filter would have nothing to leave out
  for (const std::string& state : states) {
    const json::array only = Rows("/v1/reminders?state=" + state, admin);
    BOOST_TEST(
        only ==
            Kept(all, [&](const json::object& r) { return r.at("state").as_string() == state; }),
        state);
    BOOST_TEST(!only.empty(), state);
  }
  const json::array open = Rows("/v1/reminders?state=upcoming,due,overdue", admin);
  BOOST_TEST(open == Kept(all, [](const json::object& r) { return r.at("state") != "done"; }));
}

BOOST_AUTO_TEST_CASE(a_limit_gives_the_soonest_due) {
  const json::array all = Rows("/v1/reminders", admin);
  BOOST_REQUIRE_GE(all.size(), 3u);
  BOOST_TEST(Rows("/v1/reminders?limit=1", admin) == First(all, 1));
  BOOST_TEST(Rows("/v1/reminders?limit=2", admin) == First(all, 2));
  BOOST_TEST(Rows("/v1/reminders?limit=100000", admin) == all);
  BOOST_TEST(Rows("/v1/reminders?limit=0", admin) == all);  // 0: no limit
}

BOOST_AUTO_TEST_CASE(a_limit_counts_the_rows_of_the_callers_units_only) {
  const json::array org = Rows("/v1/reminders", admin);
  const json::array gaos = Rows("/v1/reminders", coordinator);
  BOOST_REQUIRE(!gaos.empty());
  for (const json::value& row : gaos) BOOST_TEST(row.at("unit_id") == "xiaocao");
  // The organization's soonest rows are not all xiaocao's: a limit counted
  // before the scope would leave gao fewer.
  const std::size_t n = gaos.size();
  BOOST_REQUIRE_GE(org.size(), n);
  BOOST_REQUIRE(First(org, n) != gaos);
  BOOST_TEST(Rows("/v1/reminders?limit=" + std::to_string(n), coordinator) == gaos);
  BOOST_TEST(Rows("/v1/reminders?limit=1", coordinator) == First(gaos, 1));
  // The same for the unit an admin asks for: for each unit whose rows are
  // not the organization's soonest, a limit of their number gives them all.
  int told_apart = 0;
  for (const std::string unit : {"maling", "xiaocao", "yunyang-fulian"}) {
    const json::array units =
        Kept(org, [&](const json::object& r) { return r.at("unit_id").as_string() == unit; });
    BOOST_TEST(Rows("/v1/reminders?unit=" + unit, admin) == units, unit);
    if (units.empty() || First(org, units.size()) == units) continue;
    ++told_apart;
    const std::string limited = "/v1/reminders?unit=" + unit + "&limit=";
    BOOST_TEST(Rows(limited + std::to_string(units.size()), admin) == units, unit);
    BOOST_TEST(Rows(limited + "1", admin) == First(units, 1), unit);
  }
  BOOST_TEST(told_apart >= 1);
}

BOOST_AUTO_TEST_CASE(a_bad_state_or_limit_is_refused_naming_it) {
  for (const std::string query : {"state=late", "state=due,", "state=,due", "state=DUE"}) {
    const Response r = Get("/v1/reminders?" + query, admin);
    BOOST_TEST(r.status == 400, query);
    BOOST_TEST(ErrorField(r) == "state", query);
  }
  for (const std::string query : {"limit=many", "limit=-1", "limit=1.5"}) {
    const Response r = Get("/v1/reminders?" + query, admin);
    BOOST_TEST(r.status == 400, query);
    BOOST_TEST(ErrorField(r) == "limit", query);
  }
}

BOOST_AUTO_TEST_CASE(a_status_filter_keeps_the_activities_with_those_statuses_in_order) {
  // Given the seed's trip, a talk with its place held, and a talk cancelled
  ServeTalk("talk-held", "xiaocao", "v-wang");
  ServeTalk("talk-off", "maling", "v-zhang");
  const CommandContext ctx{std::string(cli::kSeedOrg), "test", "cancel", ""};
  BOOST_REQUIRE(
      service.Execute(ctx, ActivityCommand{CancelActivity{"talk-off", true, "暴雨"}}).ok());
  const auto wait = Get("/v1/activities?min_position=" + std::to_string(log.Head()), admin);
  BOOST_REQUIRE(wait.status == 200);
  const json::array all = Rows("/v1/activities", admin);
  std::set<std::string> statuses;
  for (const json::value& row : all) statuses.emplace(row.at("status").as_string());
  BOOST_REQUIRE_GE(statuses.size(), 2u);
  BOOST_REQUIRE(statuses.contains("cancelled"));
  for (const std::string& status : statuses) {
    const json::array only = Rows("/v1/activities?status=" + status, admin);
    BOOST_TEST(!only.empty(), status);
    BOOST_TEST(
        only ==
            Kept(all, [&](const json::object& r) { return r.at("status").as_string() == status; }),
        status);
  }
  const json::array not_off = Rows("/v1/activities?status=planned,recruiting,full,closed", admin);
  BOOST_TEST(not_off == Kept(all, [](const json::object& r) {
               return r.at("status").as_string() != "cancelled" &&
                      r.at("status").as_string() != "completed";
             }));
  // A coordinator's, by status: of their units only (the cancelled talk is maling's)
  const json::array gaos = Rows("/v1/activities", coordinator);
  BOOST_REQUIRE(!gaos.empty());
  for (const json::value& row : gaos) BOOST_TEST(row.at("unit_id") == "xiaocao");
  BOOST_TEST(Rows("/v1/activities?status=cancelled", coordinator).empty());
  BOOST_TEST(Rows("/v1/activities?status=planned,recruiting,full,closed", coordinator) == gaos);
  const Response bad = Get("/v1/activities?status=recruiting,over", admin);
  BOOST_TEST(bad.status == 400);
  BOOST_TEST(ErrorField(bad) == "status");
}

BOOST_AUTO_TEST_CASE(latest_first_with_a_limit_gives_the_latest_of_the_callers_units) {
  // Given talks of xiaocao and maling years ahead, after every other, maling's the latest
  Plan("x-3", "xiaocao", 3000);
  Plan("m-4", "maling", 4000);
  Plan("x-5", "xiaocao", 5000);
  Plan("m-6", "maling", 6000);
  Plan("m-7", "maling", 7000);
  const auto wait = Get("/v1/activities?min_position=" + std::to_string(log.Head()), admin);
  BOOST_REQUIRE(wait.status == 200);
  const json::array all = Rows("/v1/activities", admin);  // soonest first
  BOOST_REQUIRE_GE(all.size(), 5u);
  // When an admin asks for the latest two, Then they are the last two of
  // the soonest-first list, latest first
  BOOST_TEST(Rows("/v1/activities?order=latest&limit=2", admin) ==
             (json::array{all[all.size() - 1], all[all.size() - 2]}));
  // and every one, latest first, is the same activities by start, latest first
  const json::array latest = Rows("/v1/activities?order=latest", admin);
  BOOST_TEST(latest.size() == all.size());
  for (std::size_t i = 1; i < latest.size(); ++i) {
    BOOST_TEST(latest[i - 1].at("starts_at").as_string() >= latest[i].at("starts_at").as_string());
  }
  // and a limit alone keeps the soonest
  BOOST_TEST(Rows("/v1/activities?limit=2", admin) == First(all, 2));
  // When xiaocao's coordinator asks for their latest one, Then it is their
  // own x-5, though maling's two start later
  const json::array mine = Rows("/v1/activities?order=latest&limit=1", coordinator);
  BOOST_REQUIRE(mine.size() == 1u);
  BOOST_TEST(mine[0].at("activity_id") == "x-5");
  // When x-3 is cancelled, Then the latest cancelled one is x-3, though
  // four start later: the limit counts after the status
  const CommandContext ctx{std::string(cli::kSeedOrg), "test", "cancel x-3", ""};
  BOOST_REQUIRE(
      service.Execute(ctx, ActivityCommand{CancelActivity{"x-3", false, "场地维修"}}).ok());
  const json::array off =
      Rows("/v1/activities?status=cancelled&order=latest&limit=1&min_position=" +
               std::to_string(log.Head()),
           admin);
  BOOST_REQUIRE(off.size() == 1u);
  BOOST_TEST(off[0].at("activity_id") == "x-3");
  // A bad order or limit is refused, naming it
  for (const auto& [query, field] : {std::pair{"order=newest", "order"},
                                     {"order=soonest,latest", "order"},
                                     {"limit=-1", "limit"},
                                     {"limit=many", "limit"}}) {
    const Response r = Get(std::string("/v1/activities?") + query, admin);
    BOOST_TEST(r.status == 400, query);
    BOOST_TEST(ErrorField(r) == field, query);
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::http
