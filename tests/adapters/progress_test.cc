// Progress on a terminal: the line's form (done of total, rate, time left),
// and the real program drawing it for `homeward rebuild` and `homeward
// import` when its standard error is a terminal (a pseudo-terminal here),
// and never when it is not (cli_test.cc).

#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "adapters/cli/progress_line.h"
#include "bench/temp_dir.h"
#include "tests/adapters/cli_invoke.h"

namespace homeward::cli {
namespace {

struct Terminal {
  int code = -1;
  std::string screen;  // everything the program wrote, in order
};

// Runs the program beside this test's tree (build/*/homeward) with `args`,
// its standard output and error on a new pseudo-terminal, to its end.
Terminal OnTerminal(const std::vector<std::string>& args) {
  const std::string program =
      (std::filesystem::read_symlink("/proc/self/exe").parent_path() / "../../homeward").string();
  std::vector<char*> argv{const_cast<char*>(program.c_str())};
  for (const std::string& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  int master = -1;
  const pid_t pid = forkpty(&master, nullptr, nullptr, nullptr);
  BOOST_REQUIRE(pid >= 0);
  if (pid == 0) {
    execv(argv[0], argv.data());
    _exit(127);
  }
  Terminal out;
  char buffer[4096];
  for (;;) {
    pollfd ready{master, POLLIN, 0};
    if (poll(&ready, 1, 60'000) <= 0) {
      kill(pid, SIGKILL);  // a minute without output: stuck, and the test says so
      BOOST_ERROR("no output for a minute from homeward " << args.front());
      break;
    }
    const ssize_t n = read(master, buffer, sizeof buffer);
    if (n > 0) {
      out.screen.append(buffer, static_cast<std::size_t>(n));
    } else if (n == 0 || errno != EINTR) {
      break;  // EIO: the program closed its side
    }
  }
  close(master);
  int status = 0;
  waitpid(pid, &status, 0);
  out.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return out;
}

BOOST_AUTO_TEST_SUITE(progress_test)

BOOST_AUTO_TEST_CASE(the_line_shows_done_of_total_the_rate_and_the_time_left) {
  std::ostringstream err;
  ProgressLine line(err, "events");
  line.Show(0, 100);
  line.Show(100, 100);  // the last is always drawn, however soon
  line.Finish();
  const std::string shown = err.str();
  BOOST_TEST(shown.starts_with("\r  0 of 100 events  0/s"), shown);
  BOOST_TEST(shown.find("\r  100 of 100 events  ") != std::string::npos, shown);
  BOOST_TEST(shown.find("/s  0 s left") != std::string::npos, shown);
  BOOST_TEST(shown.ends_with("\n"), shown);
  // Between, at most ten redraws a second: a burst of steps draws nothing.
  std::ostringstream quiet;
  ProgressLine busy(quiet, "rows");
  busy.Show(1, 1000);
  const std::size_t once = quiet.str().size();
  for (std::uint64_t done = 2; done < 500; ++done) busy.Show(done, 1000);
  BOOST_TEST(quiet.str().size() == once);
}

BOOST_AUTO_TEST_CASE(rebuild_and_import_draw_it_on_a_terminal) {
  TempDir dir;
  const std::string data = dir.Sub("data");
  BOOST_REQUIRE(Invoke(RunDemo, {"--data", data}).code == kExitOk);

  const Terminal rebuild = OnTerminal({"rebuild", "--data", data});
  BOOST_TEST(rebuild.code == kExitOk, rebuild.screen);
  BOOST_TEST(rebuild.screen.find(" events  ") != std::string::npos, rebuild.screen);
  BOOST_TEST(rebuild.screen.find(" s left") != std::string::npos, rebuild.screen);
  BOOST_TEST(rebuild.screen.find("rebuilt every projection") != std::string::npos, rebuild.screen);

  const std::string file = dir.Sub("volunteers.csv");
  std::ofstream(file) << "志愿者编号,所属单位,姓名,性别,出生日期,联系电话\n"
                         "v-he,xiaocao,何静,女,1990-03-04,13800000001\n";
  const Terminal import = OnTerminal({"import", "volunteers", file, "--data", data});
  BOOST_TEST(import.code == kExitOk, import.screen);
  // One row, counted once checked and once written.
  BOOST_TEST(import.screen.find("2 of 2 rows (checked, then written)") != std::string::npos,
             import.screen);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::cli
