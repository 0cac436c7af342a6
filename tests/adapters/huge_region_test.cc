#include "adapters/cli/huge_region.h"

#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

#include "bench/temp_dir.h"

extern char** environ;

namespace homeward::cli {
namespace {

// Whether a VmFlags line of /proc/PID/smaps says "advised huge pages" (hg).
bool SaysHuge(const std::string& flags) {
  return flags.rfind("VmFlags:", 0) == 0 && (flags + " ").find(" hg ") != std::string::npos;
}

// The VmFlags line of /proc/PID/smaps for the mapping that starts at
// `start`, or "" when no mapping starts there.
std::string FlagsOf(pid_t pid, std::uintptr_t start) {
  std::ifstream smaps("/proc/" + std::to_string(pid) + "/smaps");
  std::string line;
  bool inside = false;
  while (std::getline(smaps, line)) {
    const std::size_t dash = line.find('-');
    if (dash != std::string::npos && dash > 0 && line.find(' ') > dash &&
        line.find_first_not_of("0123456789abcdef") == dash) {
      inside = std::stoull(line.substr(0, dash), nullptr, 16) == start;
    } else if (inside && line.rfind("VmFlags:", 0) == 0) {
      return line;
    }
  }
  return "";
}

// Starts the real program with `args`, HOMEWARD_HUGE_PAGES set to
// `huge_pages` (unset when empty), standard output to /dev/null and standard
// error to `err_path`. Returns its process id (fails the test when it can not
// start).
pid_t SpawnHomeward(std::vector<std::string> args, const std::string& huge_pages,
                    const std::string& err_path) {
  const std::filesystem::path homeward =
      std::filesystem::read_symlink("/proc/self/exe").parent_path() / "../../homeward";
  BOOST_REQUIRE(std::filesystem::exists(homeward));
  args.insert(args.begin(), homeward.string());
  std::vector<char*> argv;
  for (std::string& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);
  std::vector<std::string> env;
  for (char** e = environ; *e != nullptr; ++e) {
    if (std::string(*e).rfind("HOMEWARD_HUGE_PAGES=", 0) != 0) env.emplace_back(*e);
  }
  if (!huge_pages.empty()) env.push_back("HOMEWARD_HUGE_PAGES=" + huge_pages);
  std::vector<char*> envp;
  for (std::string& e : env) envp.push_back(e.data());
  envp.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                   0600);
  pid_t pid = 0;
  BOOST_REQUIRE(posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data()) == 0);
  posix_spawn_file_actions_destroy(&actions);
  return pid;
}

#ifdef HOMEWARD_HUGE_HEAP
// How many mappings of process `pid` are advised huge pages ("hg"), or -1
// when its mappings cannot be read (no such process, or one that exited).
int AdvisedHuge(pid_t pid) {
  std::ifstream smaps("/proc/" + std::to_string(pid) + "/smaps");
  std::string line;
  int count = 0, mappings = 0;
  while (std::getline(smaps, line)) {
    if (line.rfind("VmFlags:", 0) == 0) ++mappings;
    if (SaysHuge(line)) ++count;
  }
  return mappings == 0 ? -1 : count;
}

// Whether something accepts connections on loopback port `port`.
bool Listening(int port) {
  const int s = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  const bool accepted = connect(s, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
  close(s);
  return accepted;
}

// A loopback port nothing listens on at the moment of the call.
int FreePort() {
  const int s = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bind(s, reinterpret_cast<sockaddr*>(&address), sizeof address);
  socklen_t length = sizeof address;
  getsockname(s, reinterpret_cast<sockaddr*>(&address), &length);
  close(s);
  return ntohs(address.sin_port);
}
#endif  // HOMEWARD_HUGE_HEAP

}  // namespace

BOOST_AUTO_TEST_SUITE(huge_region_test)

BOOST_AUTO_TEST_CASE(a_region_is_whole_huge_pages_aligned_to_one_and_advised_huge) {
  std::size_t mapped = 0;
  void* region = MapHugeRegion(kHugePage + 1, 4096, &mapped);
  BOOST_REQUIRE(region != nullptr);
  BOOST_TEST(mapped == 2 * kHugePage);
  BOOST_TEST(reinterpret_cast<std::uintptr_t>(region) % kHugePage == 0u);
  // Writable to its last byte.
  static_cast<char*>(region)[0] = 1;
  static_cast<char*>(region)[mapped - 1] = 1;
  const std::string flags = FlagsOf(getpid(), reinterpret_cast<std::uintptr_t>(region));
  BOOST_TEST(SaysHuge(flags), flags);
  munmap(region, mapped);
}

BOOST_AUTO_TEST_CASE(a_larger_alignment_is_kept) {
  std::size_t mapped = 0;
  const std::size_t alignment = 8 * kHugePage;
  void* region = MapHugeRegion(100, alignment, &mapped);
  BOOST_REQUIRE(region != nullptr);
  BOOST_TEST(mapped == kHugePage);
  BOOST_TEST(reinterpret_cast<std::uintptr_t>(region) % alignment == 0u);
  munmap(region, mapped);
}

BOOST_AUTO_TEST_CASE(an_alignment_not_a_power_of_two_or_a_size_too_large_maps_nothing) {
  std::size_t mapped = 7;
  BOOST_TEST(MapHugeRegion(4096, 3 * 4096, &mapped) == nullptr);
  BOOST_TEST(MapHugeRegion(4096, 0, &mapped) == nullptr);
  BOOST_TEST(MapHugeRegion(0, 4096, &mapped) == nullptr);
  BOOST_TEST(MapHugeRegion(SIZE_MAX - 4096, 4096, &mapped) == nullptr);
  BOOST_TEST(mapped == 7u);
}

BOOST_AUTO_TEST_CASE(the_environment_asks_for_huge_pages_ordinary_ones_or_a_measurement) {
  BOOST_TEST((ParseHugePages("1") == HugePages::kHuge));
  BOOST_TEST((ParseHugePages("0") == HugePages::kOrdinary));
  BOOST_TEST((ParseHugePages(nullptr) == HugePages::kMeasure));
  BOOST_TEST((ParseHugePages("") == HugePages::kMeasure));
  BOOST_TEST((ParseHugePages("auto") == HugePages::kMeasure));
  BOOST_TEST(!ParseHugePages("yes").has_value());
  BOOST_TEST(!ParseHugePages("2").has_value());
}

BOOST_AUTO_TEST_CASE(huge_pages_pay_off_only_when_their_faults_take_under_half_the_time) {
  // A machine where a 4 KiB fault costs 11 us: 512 of them, against one
  // huge page's.
  BOOST_TEST(HugePagesPayOff({.huge_ns = 250'000, .small_ns = 5'600'000}));
  // A host that backs every fresh huge page again.
  BOOST_TEST(!HugePagesPayOff({.huge_ns = 4'800'000, .small_ns = 1'000'000}));
  // Too close to call, or not measured.
  BOOST_TEST(!HugePagesPayOff({.huge_ns = 600'000, .small_ns = 1'000'000}));
  BOOST_TEST(!HugePagesPayOff({.huge_ns = 0, .small_ns = 1'000'000}));
  BOOST_TEST(!HugePagesPayOff({.huge_ns = 100, .small_ns = 0}));
}

BOOST_AUTO_TEST_CASE(measuring_the_faults_times_both_kinds_of_page) {
  const FaultCost cost = MeasureFaults();
  BOOST_TEST(cost.huge_ns > 0);
  BOOST_TEST(cost.small_ns > 0);
}

// A value the program does not know stops it before it does anything, with
// the variable named and exit code 2 (bad arguments).
BOOST_AUTO_TEST_CASE(an_unknown_huge_pages_value_stops_the_program_and_names_it) {
  TempDir dir("homeward-huge-bad");
  const std::string err_path = dir.Sub("err");
  const pid_t pid = SpawnHomeward({"openapi"}, "yes", err_path);
  int status = 0;
  BOOST_REQUIRE(waitpid(pid, &status, 0) == pid);
  BOOST_TEST(WIFEXITED(status));
  BOOST_TEST(WEXITSTATUS(status) == 2);
  std::ifstream err(err_path);
  const std::string said((std::istreambuf_iterator<char>(err)), std::istreambuf_iterator<char>());
  BOOST_TEST(said.find("HOMEWARD_HUGE_PAGES is 'yes'") != std::string::npos, said);
}

#ifdef HOMEWARD_HUGE_HEAP
// Starts the real program's server on a new store, with `huge_pages` as
// HOMEWARD_HUGE_PAGES (unset when empty), waits until it listens, and
// returns how many of its mappings are advised huge pages by then (-1 when
// it exited or its mappings could not be read, which fails the test).
int AdvisedHugeInServer(const std::string& huge_pages) {
  TempDir dir("homeward-huge");
  const int port = FreePort();
  const pid_t pid = SpawnHomeward(
      {"serve", "--data", dir.Sub("data"), "--listen", "127.0.0.1:" + std::to_string(port)},
      huge_pages, "/dev/null");
  const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  bool listening = false;
  while (!listening && std::chrono::steady_clock::now() < until) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    listening = Listening(port);
  }
  // Still running: what listens is this server, and its mappings are read.
  int status = 0;
  const bool running = waitpid(pid, &status, WNOHANG) == 0;
  const int advised = running ? AdvisedHuge(pid) : -1;
  if (running) {
    kill(pid, SIGTERM);
    waitpid(pid, &status, 0);
  }
  BOOST_TEST(listening);
  BOOST_TEST(running);
  BOOST_TEST(advised >= 0);
  return advised;
}

// Asked with HOMEWARD_HUGE_PAGES=1, the real program, built with TCMalloc,
// grows its heap in regions advised huge pages: a server that has opened its
// store has some.
BOOST_AUTO_TEST_CASE(asked_for_huge_pages_the_program_grows_its_heap_in_regions_advised_huge) {
  BOOST_TEST(AdvisedHugeInServer("1") > 0);
}

// Asked for ordinary pages, it advises none: its heap takes them as the
// allocator's own would. (Unset, it measures, and either may follow.)
BOOST_AUTO_TEST_CASE(asked_for_ordinary_pages_the_program_advises_no_huge_pages) {
  BOOST_TEST(AdvisedHugeInServer("0") == 0);
}
#endif

BOOST_AUTO_TEST_SUITE_END()

}  // namespace homeward::cli
