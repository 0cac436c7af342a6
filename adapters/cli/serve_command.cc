#include <csignal>
#include <iostream>

#include "adapters/cli/commands.h"
#include "adapters/http/server.h"
#include "engine/rocks_log.h"
#include "projections/catalog.h"

namespace homeward::cli {
namespace po = boost::program_options;

int RunServe(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  po::options_description options("serve options");
  std::string dir, listen;
  int workers = 2;
  options.add_options()("help,h", "show this help")(
      "data", po::value(&dir)->default_value("./data"), "the store directory")(
      "listen", po::value(&listen)->default_value("127.0.0.1:8080"), "HOST:PORT to listen on")(
      "workers", po::value(&workers)->default_value(workers), "threads answering requests");
  po::variables_map vm;
  bool help = false;
  if (!ParseOptions("serve", options, args, vm, out, err, &help))
    return help ? kExitOk : kExitUsage;
  const auto fail = [&](const Status& s) { return ReportError("serve", s, false, out, err); };
  Result<std::pair<std::string, std::uint16_t>> address = http::ParseListen(listen);
  if (!address.ok()) return fail(address.status());
  if (workers < 1 || workers > 256) return fail(InvalidArgument("--workers must be 1 to 256"));

  // Stop on SIGINT or SIGTERM: block them here, wait for one below.
  sigset_t stop;
  sigemptyset(&stop);
  sigaddset(&stop, SIGINT);
  sigaddset(&stop, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop, nullptr);

  auto log = RocksLog::Open(dir, RocksLogOptions{});
  if (!log.ok()) return fail(log.status());
  std::unique_ptr<ProjectionStore> store = (*log)->NewProjectionStore();
  HostOptions host_options;
  host_options.log = [&err](const std::string& line) { err << "homeward serve: " << line << "\n"; };
  ProjectionHost host(**log, *store, MakeProjections(), host_options);
  if (Status s = host.Load(); !s.ok()) return fail(s);
  // Catch up on a thread of its own: /healthz answers "rebuilding" meanwhile.
  host.Start();
  CommandService commands(**log);
  http::RouterOptions router_options;
  router_options.verify = [&log] { return (*log)->Verify(); };
  http::Router router(**log, host, &commands, router_options);
  http::Server server(router,
                      http::ServerOptions{address->first, address->second, workers,
                                          std::chrono::milliseconds(10000), 8 << 10, 1 << 20});
  if (Status s = server.Start(); !s.ok()) return fail(s);
  out << "homeward serves " << dir << " at http://" << address->first << ":" << server.port()
      << "/ (stop with Ctrl-C)\n"
      << std::flush;
  int signal = 0;
  sigwait(&stop, &signal);
  out << "stopping\n";
  server.Stop();
  host.Stop();
  return kExitOk;
}

}  // namespace homeward::cli
