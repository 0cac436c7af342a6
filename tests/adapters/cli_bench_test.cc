// `homeward bench`: its options checked, one JSON line per subject, and the
// rebuild benchmark run by the real program.

#include <sys/wait.h>

#include <algorithm>
#include <boost/json.hpp>
#include <boost/test/unit_test.hpp>
#include <cstdio>
#include <filesystem>
#include <sstream>
#include <thread>

#include "tests/adapters/cli_invoke.h"

namespace homeward::cli {

BOOST_AUTO_TEST_SUITE(cli_bench_test)

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

// The benchmark forks its measuring processes, which needs a parent that has
// started no RocksDB threads: the real program, not this test process.
BOOST_AUTO_TEST_CASE(bench_rebuild_prints_the_engine_and_the_scan) {
  // The program beside this test's tree: build/*/homeward.
  const std::filesystem::path homeward =
      std::filesystem::read_symlink("/proc/self/exe").parent_path() / "../../homeward";
  BOOST_REQUIRE(std::filesystem::exists(homeward));
  std::string out;
  FILE* program = popen(
      (homeward.string() + " bench rebuild --events 3000 --segments 1 --json 2>/dev/null").c_str(),
      "r");
  BOOST_REQUIRE(program != nullptr);
  char buffer[4096];
  while (std::size_t n = fread(buffer, 1, sizeof buffer, program)) out.append(buffer, n);
  const int status = pclose(program);
  BOOST_TEST(WIFEXITED(status));
  BOOST_TEST(WEXITSTATUS(status) == kExitOk, out);
  std::istringstream lines(out);
  std::string engine, scan;
  std::getline(lines, engine);
  std::getline(lines, scan);
  BOOST_TEST(boost::json::parse(engine).at("subject").as_string() == "engine");
  BOOST_TEST(boost::json::parse(engine).at("events_per_s").to_number<double>() > 0);
  // A rebuild of 3,000 events takes some CPU, and never more than the
  // machine's cores could give it over its time (with a margin for the
  // clock's grain): the CPU time covers the span the wall time does.
  const double cpu = boost::json::parse(engine).at("cpu_seconds").to_number<double>();
  const double seconds = boost::json::parse(engine).at("seconds").to_number<double>();
  BOOST_TEST(cpu > 0);
  BOOST_TEST(cpu < std::thread::hardware_concurrency() * seconds + 0.05);
  // The views' size is read back from the store the rebuild wrote.
  BOOST_TEST(boost::json::parse(engine).at("view_bytes").to_number<double>() > 0);
  BOOST_TEST(boost::json::parse(scan).at("subject").as_string() == "rocksdb-scan");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace homeward::cli
