#include <boost/json.hpp>
#include <chrono>
#include <iostream>

#include "adapters/cli/commands.h"
#include "bench/signup_setup.h"
#include "engine/clock.h"
#include "engine/rocks_log.h"

namespace homeward::cli {
namespace po = boost::program_options;

int RunBenchSetupSignups(const std::vector<std::string>& args, std::ostream& out,
                         std::ostream& err) {
  po::options_description options("bench setup-signups options");
  std::string dir;
  SignupSetup setup;
  options.add_options()("help,h", "show this help")("data", po::value(&dir)->required(),
                                                    "a new store directory")(
      "volunteers", po::value(&setup.volunteers)->default_value(setup.volunteers),
      "volunteers v0..vN-1, vetted, waiver accepted")(
      "activities", po::value(&setup.activities)->default_value(setup.activities),
      "open activities a0..aN-1, each with slot s")(
      "places", po::value(&setup.places)->default_value(setup.places), "places per activity");
  po::variables_map vm;
  bool help = false;
  if (!ParseOptions("bench setup-signups", options, args, vm, out, err, &help)) {
    return help ? kExitOk : kExitUsage;
  }
  RocksLogOptions log_options;
  log_options.sync = false;  // the setup, not what is measured
  auto log = RocksLog::Open(dir, log_options);
  if (!log.ok()) return ReportError("bench setup-signups", log.status(), false, out, err);
  setup.now_us = SystemClockMicros();
  const auto started = std::chrono::steady_clock::now();
  if (Status s = WriteSignupSetup(**log, setup); !s.ok()) {
    return ReportError("bench setup-signups", s, false, out, err);
  }
  out << boost::json::serialize(boost::json::object{
             {"org", setup.org},
             {"volunteers", setup.volunteers},
             {"activities", setup.activities},
             {"places", setup.places},
             {"head", (*log)->Head()},
             {"seconds",
              std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count()}})
      << "\n";
  return kExitOk;
}

}  // namespace homeward::cli
