#include <boost/test/unit_test.hpp>
#include <sstream>

#include "adapters/cli/commands.h"
#include "bench/temp_dir.h"

namespace homeward::cli {
namespace {

// Runs a subcommand as `homeward NAME ARGS...` would, capturing its output.
struct Run {
  int code;
  std::string out, err;
};

Run Invoke(Command command, std::vector<std::string> args) {
  std::ostringstream out, err;
  const int code = command(args, out, err);
  return {code, out.str(), err.str()};
}

}  // namespace

BOOST_AUTO_TEST_SUITE(cli_test)

BOOST_AUTO_TEST_CASE(the_demo_records_the_trip_once_and_the_chain_verifies) {
  TempDir dir;
  const std::string data = dir.Sub("data");
  Run first = Invoke(RunDemo, {"--data", data});
  BOOST_TEST(first.code == kExitOk, first.err);
  BOOST_TEST(first.out.find("走出大山看世界") != std::string::npos);
  BOOST_TEST(first.out.find("49 events recorded, 0 already") != std::string::npos);

  Run again = Invoke(RunDemo, {"--data", data});
  BOOST_TEST(again.out.find("0 events recorded, 49 already") != std::string::npos);

  Run verify = Invoke(RunVerify, {"--data", data});
  BOOST_TEST(verify.code == kExitOk);
  BOOST_TEST(verify.out.find("OK: 49 events, head position 49") != std::string::npos);
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

BOOST_AUTO_TEST_CASE(bench_refuses_a_bad_sync_value) {
  Run run = Invoke(RunBench, {"append", "--sync", "maybe"});
  BOOST_TEST(run.code == kExitUsage);
  BOOST_TEST(run.err.find("--sync must be on or off") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(bench_prints_one_json_line_per_subject) {
  Run run =
      Invoke(RunBench, {"append", "--writers", "4", "--events", "400", "--sync", "off", "--json"});
  BOOST_TEST(run.code == kExitOk, run.err);
  BOOST_TEST(run.out.find("\"subject\":\"engine\"") != std::string::npos);
  BOOST_TEST(run.out.find("\"subject\":\"rocksdb-ceiling\"") != std::string::npos);
  BOOST_TEST(std::count(run.out.begin(), run.out.end(), '\n') == 2);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace homeward::cli
