#include <algorithm>
#include <boost/json.hpp>
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <sstream>

#include "adapters/cli/commands.h"
#include "adapters/cli/demo_org.h"
#include "bench/temp_dir.h"
#include "engine/memory_log.h"
#include "engine/token.h"
#include "projections/accounts.h"
#include "projections/catalog.h"
#include "tests/adapters/cli_invoke.h"

namespace homeward::cli {

BOOST_AUTO_TEST_SUITE(cli_test)

BOOST_AUTO_TEST_CASE(the_demo_records_the_trip_once_and_the_chain_verifies) {
  TempDir dir;
  const std::string data = dir.Sub("data");
  Run first = Invoke(RunDemo, {"--data", data});
  BOOST_TEST(first.code == kExitOk, first.err);
  BOOST_TEST(first.out.find("走出大山看世界") != std::string::npos);
  BOOST_TEST(first.out.find("85 events recorded, 0 already") != std::string::npos);
  BOOST_TEST(first.out.find("走出大山看世界 关爱留守儿童: recruiting, 16 volunteer places free") !=
             std::string::npos);
  BOOST_TEST(first.out.find("children on the care board: 3, missing a \"3+1\" role: 2") !=
             std::string::npos);

  Run again = Invoke(RunDemo, {"--data", data});
  BOOST_TEST(again.out.find("0 events recorded, 85 already") != std::string::npos);

  Run verify = Invoke(RunVerify, {"--data", data});
  BOOST_TEST(verify.code == kExitOk);
  BOOST_TEST(verify.out.find("OK: 85 events, head position 85") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(each_demo_run_issues_fresh_tokens_and_revokes_the_last_ones) {
  InMemoryLog log;
  InMemoryProjectionStore store;
  ProjectionHost host(log, store, MakeProjections());
  const auto none = [](const AppendResult&) { return Status::Ok(); };
  BOOST_REQUIRE(RecordDemoOrganization(log, SystemClockMicros(), none).ok());
  const std::uint64_t seeded = log.Head();
  BOOST_REQUIRE(RecordDemoOrganization(log, SystemClockMicros(), none).ok());
  BOOST_TEST(log.Head() == seeded);  // nothing recorded twice
  host.Start();
  const auto works = [&](const std::string& token) {
    return host
        .Read<AccountsState>(
            log.Head(), std::chrono::seconds(5),
            [&](const AccountsState& s, std::uint64_t) { return Authenticate(s, token).ok(); })
        .value();
  };
  auto first = IssueDemoAccounts(log, host);
  BOOST_TEST_REQUIRE(first.ok(), first.status().ToString());
  BOOST_TEST(first->size() == 6u);
  BOOST_TEST(works(first->front().token));
  auto second = IssueDemoAccounts(log, host);
  BOOST_TEST_REQUIRE(second.ok(), second.status().ToString());
  for (std::size_t i = 0; i < first->size(); ++i) {
    BOOST_TEST(!works(first->at(i).token), first->at(i).account_id);
    BOOST_TEST(works(second->at(i).token), second->at(i).account_id);
  }
  host.Stop();
}

BOOST_AUTO_TEST_CASE(the_log_prints_one_json_object_per_event) {
  TempDir dir;
  const std::string data = dir.Sub("data");
  BOOST_REQUIRE(Invoke(RunDemo, {"--data", data}).code == kExitOk);
  Run log = Invoke(RunLog, {"--data", data, "--stream", "shiyan/volunteer/v-wang", "--json"});
  BOOST_TEST(log.code == kExitOk);
  BOOST_TEST(log.out.find("\"type\":\"volunteer.registered\"") != std::string::npos);
  BOOST_TEST(log.out.find("\"type\":\"care.role_assigned\"") != std::string::npos);
  // registered, vetted, waiver, caring mother, trip sign-up
  BOOST_TEST(std::count(log.out.begin(), log.out.end(), '\n') == 5);
}

BOOST_AUTO_TEST_CASE(verify_of_a_missing_store_says_so_and_exits_3) {
  TempDir dir;
  Run verify = Invoke(RunVerify, {"--data", dir.Sub("nowhere")});
  BOOST_TEST(verify.code == kExitError);
  BOOST_TEST(verify.err.find("no homeward store") != std::string::npos);
  Run json = Invoke(RunVerify, {"--data", dir.Sub("nowhere"), "--json"});
  BOOST_TEST(json.out.find("\"code\":\"not_found\"") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(an_unknown_option_is_a_usage_error_naming_it) {
  Run run = Invoke(RunVerify, {"--dta", "x"});
  BOOST_TEST(run.code == kExitUsage);
  BOOST_TEST(run.err.find("dta") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(rebuild_replays_every_projection_or_one_and_refuses_an_unknown_one) {
  TempDir dir;
  const std::string data = dir.Sub("data");
  BOOST_REQUIRE(Invoke(RunDemo, {"--data", data}).code == kExitOk);
  Run all = Invoke(RunRebuild, {"--data", data});
  BOOST_TEST(all.code == kExitOk, all.err);
  BOOST_TEST(all.out.find("rebuilt every projection up to position 85") != std::string::npos);
  BOOST_TEST(all.err.empty());  // no progress display when not on a terminal
  Run one = Invoke(RunRebuild, {"roster", "--data", data, "--json"});
  BOOST_TEST(boost::json::parse(one.out).at("rebuilt").as_array().size() == 1u);
  Run bad = Invoke(RunRebuild, {"rooster", "--data", data});
  BOOST_TEST(bad.code == kExitUsage);
  BOOST_TEST(bad.err.find("no projection 'rooster'") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(replay_shows_a_view_as_of_a_position_or_a_date) {
  TempDir dir;
  const std::string data = dir.Sub("data");
  BOOST_REQUIRE(Invoke(RunDemo, {"--data", data}).code == kExitOk);
  Run now = Invoke(RunReplay, {"roster", "--position", "49", "--data", data});
  BOOST_TEST(now.code == kExitOk, now.err);
  BOOST_TEST(now.out.find("走出大山看世界") != std::string::npos);
  Run before = Invoke(RunReplay, {"roster", "--position", "30", "--data", data, "--json"});
  const boost::json::value doc = boost::json::parse(before.out);
  BOOST_TEST(doc.at("position").to_number<int>() == 30);
  BOOST_TEST(doc.at("view").as_array().empty());  // the trip was planned at 31
  Run long_ago = Invoke(RunReplay, {"care", "--as-of", "2020-01-01", "--data", data, "--json"});
  BOOST_TEST(boost::json::parse(long_ago.out).at("position").to_number<int>() == 0);
  Run card = Invoke(RunReplay, {"archive", "--position", "49", "--id", "xiaohua", "--data", data});
  BOOST_TEST(card.out.find("小花") != std::string::npos);
  Run neither = Invoke(RunReplay, {"roster", "--data", data});
  BOOST_TEST(neither.code == kExitUsage);
  BOOST_TEST(neither.err.find("--as-of DATE and --position P") != std::string::npos);
  Run bad_date = Invoke(RunReplay, {"roster", "--as-of", "2027-02-30", "--data", data});
  BOOST_TEST(bad_date.code == kExitUsage);
  BOOST_TEST(bad_date.err.find("not a real day") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(replays_text_shows_local_clock_times_and_hours_to_two_decimals) {
  TempDir dir;
  const std::string data = dir.Sub("data");
  BOOST_REQUIRE(Invoke(RunDemo, {"--data", data}).code == kExitOk);
  // Whether `text` holds `shape` somewhere, '9' standing for any digit.
  const auto has = [](const std::string& text, std::string_view shape) {
    for (std::size_t at = 0; at + shape.size() <= text.size(); ++at) {
      bool same = true;
      for (std::size_t i = 0; same && i < shape.size(); ++i) {
        const char c = text[at + i];
        same = shape[i] == '9' ? c >= '0' && c <= '9' : c == shape[i];
      }
      if (same) return true;
    }
    return false;
  };
  const std::string_view utc = "9999-99-99T99:99:99Z", local = "9999-99-99 99:99";
  Run care = Invoke(RunReplay, {"care", "--position", "85", "--data", data});
  BOOST_TEST(care.code == kExitOk, care.err);
  BOOST_TEST(!has(care.out, utc), care.out);
  BOOST_TEST(has(care.out, local), care.out);
  Run json = Invoke(RunReplay, {"care", "--position", "85", "--data", data, "--json"});
  BOOST_TEST(has(json.out, utc));  // scripts get the view's own UTC times
  Run report = Invoke(RunReplay, {"report", "--position", "85", "--data", data});
  BOOST_TEST(report.code == kExitOk, report.err);
  BOOST_TEST(report.out.find("volunteer_hours") != std::string::npos, report.out);
  BOOST_TEST(!has(report.out, "9E9"), report.out);
  Run zone =
      Invoke(RunReplay, {"care", "--position", "85", "--tz", "Mars/Olympus", "--data", data});
  BOOST_TEST(zone.code == kExitUsage);
  BOOST_TEST(zone.err.find("Mars/Olympus") != std::string::npos, zone.err);
}

BOOST_AUTO_TEST_CASE(audit_shows_who_recorded_a_stream_and_the_chain_status) {
  TempDir dir;
  const std::string data = dir.Sub("data");
  BOOST_REQUIRE(Invoke(RunDemo, {"--data", data}).code == kExitOk);
  Run audit = Invoke(RunAudit,
                     {"--stream", "shiyan/activity/trip-childrens-day", "--data", data, "--json"});
  BOOST_TEST(audit.code == kExitOk, audit.err);
  const boost::json::value doc = boost::json::parse(audit.out);
  const auto& first = doc.at("events").as_array().at(0);
  BOOST_TEST(first.at("type").as_string() == "activity.planned");
  BOOST_TEST(first.at("actor").as_string() == "coordinator:gao");
  BOOST_TEST(first.at("correlation_id").as_string() == "seed");  // the demo's whole set-up
  BOOST_TEST(doc.at("chain").at("ok").as_bool());
  Run bad = Invoke(RunAudit, {"--stream", "not-a-stream", "--data", data});
  BOOST_TEST(bad.code == kExitUsage);
}

BOOST_AUTO_TEST_CASE(user_add_prints_a_token_once_that_the_store_never_holds) {
  TempDir dir;
  const std::string data = dir.Sub("data");
  BOOST_REQUIRE(Invoke(RunDemo, {"--data", data}).code == kExitOk);
  Run added = Invoke(RunUser, {"add", "高老师", "--role", "coordinator", "--unit", "xiaocao",
                               "--id", "gao", "--data", data, "--json"});
  BOOST_TEST(added.code == kExitOk, added.err);
  const std::string token = std::string(boost::json::parse(added.out).at("token").as_string());
  BOOST_TEST(token.starts_with("hw_"));
  // Only the hash is recorded: no record of the log holds the token.
  Run log = Invoke(RunLog, {"--data", data, "--json"});
  BOOST_TEST(log.out.find("account.created") != std::string::npos);
  BOOST_TEST(log.out.find(token.substr(3)) == std::string::npos);
  Run replay = Invoke(RunReplay, {"accounts", "--position", "1000", "--data", data});
  BOOST_TEST(replay.out.find("高老师") != std::string::npos);

  Run again = Invoke(RunUser, {"add", "x", "--role", "coordinator", "--unit", "xiaocao", "--id",
                               "gao", "--data", data});
  BOOST_TEST(again.code == kExitFailure);  // it ran; a rule refused it
  BOOST_TEST(again.err.find("already exists") != std::string::npos);
  // A unit or an account that does not exist is a bad argument, not a store that failed.
  Run nowhere =
      Invoke(RunUser, {"add", "x", "--role", "coordinator", "--unit", "nosuch", "--data", data});
  BOOST_TEST(nowhere.code == kExitUsage, nowhere.err);
  BOOST_TEST(nowhere.err.find("nosuch") != std::string::npos, nowhere.err);
  Run nobody = Invoke(RunUser, {"revoke", "nosuch", "--data", data});
  BOOST_TEST(nobody.code == kExitUsage, nobody.err);
  Run bad_role = Invoke(RunUser, {"add", "x", "--role", "boss", "--data", data});
  BOOST_TEST(bad_role.code == kExitUsage);
  BOOST_TEST(bad_role.err.find("coordinator") != std::string::npos);

  Run revoked = Invoke(RunUser, {"revoke", "gao", "--data", data});
  BOOST_TEST(revoked.code == kExitOk, revoked.err);
  Run twice = Invoke(RunUser, {"revoke", "gao", "--data", data});
  BOOST_TEST(twice.err.find("already revoked") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(an_operator_grants_an_auditor_personal_data_with_a_reason_and_withdraws_it) {
  TempDir dir;
  const std::string data = dir.Sub("data");
  BOOST_REQUIRE(Invoke(RunDemo, {"--data", data}).code == kExitOk);
  BOOST_REQUIRE(
      Invoke(RunUser, {"add", "李审计", "--role", "auditor", "--id", "li", "--data", data}).code ==
      kExitOk);
  Run no_reason = Invoke(RunUser, {"grant", "li", "--data", data});
  BOOST_TEST(no_reason.code == kExitUsage);
  BOOST_TEST(no_reason.err.find("reason") != std::string::npos, no_reason.err);
  Run granted = Invoke(RunUser, {"grant", "li", "--reason", "年度审计", "--data", data, "--json"});
  BOOST_TEST_REQUIRE(granted.code == kExitOk, granted.err);
  BOOST_TEST(boost::json::parse(granted.out).at("personal_data").as_bool());
  Run replay = Invoke(RunReplay, {"accounts", "--position", "100000", "--data", data, "--json"});
  BOOST_TEST(replay.out.find(R"("personal_data":true)") != std::string::npos, replay.out);
  Run withdrawn = Invoke(RunUser, {"withdraw", "li", "--reason", "审计结束", "--data", data});
  BOOST_TEST(withdrawn.code == kExitOk, withdrawn.err);
  BOOST_TEST(withdrawn.out.find("masked again") != std::string::npos);
  Run twice = Invoke(RunUser, {"withdraw", "li", "--reason", "审计结束", "--data", data});
  BOOST_TEST(twice.err.find("holds no grant") != std::string::npos, twice.err);
  Run unknown = Invoke(RunUser, {"promote", "li", "--data", data});
  BOOST_TEST(unknown.err.find("add, revoke, grant or withdraw") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace homeward::cli
