#include <boost/json.hpp>
#include <csignal>
#include <functional>
#include <iostream>
#include <memory>

#include "adapters/cli/commands.h"
#include "adapters/cli/demo_org.h"
#include "adapters/cli/erasure_compactor.h"
#include "adapters/http/server.h"
#include "engine/rocks_log.h"
#include "projections/catalog.h"
#include "projections/volunteer_states.h"

namespace homeward::cli {
namespace po = boost::program_options;

int RunServe(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  po::options_description options("serve options");
  std::string dir, listen;
  int workers = 2, io_threads = 2, read_workers = 2;
  double rate = 100;
  int checkpoint_ms = 1000;
  options.add_options()("help,h", "show this help")(
      "data", po::value(&dir)->default_value("./data"), "the store directory")(
      "listen", po::value(&listen)->default_value("127.0.0.1:8080"), "HOST:PORT to listen on")(
      "workers", po::value(&workers)->default_value(workers), "threads running commands")(
      "read-workers", po::value(&read_workers)->default_value(read_workers),
      "threads answering the reads the I/O threads leave: of the log, of a whole view of "
      "the organization, or waiting for a position")(
      "io-threads", po::value(&io_threads)->default_value(io_threads),
      "threads reading and writing connections and answering the reads of views that name "
      "what they read (a roster, a schedule)")(
      "rate-limit", po::value(&rate)->default_value(rate),
      "requests per second per account (twice that at once); 0: no limit")(
      "checkpoint-ms", po::value(&checkpoint_ms)->default_value(checkpoint_ms),
      "how often a changed view is saved, in milliseconds (less: a shorter catch-up after a "
      "crash, more writes)")(
      "demo",
      "first record the demo organization (as `homeward demo`) and print fresh demo accounts' "
      "tokens; the previous demo tokens stop working")(
      "json",
      "print the address (and the demo accounts) as one JSON object on a line, errors as JSON");
  po::variables_map vm;
  bool help = false;
  if (!ParseOptions("serve", options, args, vm, out, err, &help))
    return help ? kExitOk : kExitUsage;
  const bool json = vm.count("json") > 0;
  const auto fail = [&](const Status& s) { return ReportError("serve", s, json, out, err); };
  Result<std::pair<std::string, std::uint16_t>> address = http::ParseListen(listen);
  if (!address.ok()) return fail(address.status());
  if (workers < 1 || workers > 256) return fail(InvalidArgument("--workers must be 1 to 256"));
  if (read_workers < 1 || read_workers > 256)
    return fail(InvalidArgument("--read-workers must be 1 to 256"));
  if (io_threads < 1 || io_threads > 64) {
    return fail(InvalidArgument("--io-threads must be 1 to 64"));
  }
  if (checkpoint_ms < 10 || checkpoint_ms > 3600000) {
    return fail(InvalidArgument("--checkpoint-ms must be 10 to 3600000"));
  }

  // Stop on SIGINT or SIGTERM: block them here, wait for one below.
  sigset_t stop;
  sigemptyset(&stop);
  sigaddset(&stop, SIGINT);
  sigaddset(&stop, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop, nullptr);

  auto log = RocksLog::Open(dir, RocksLogOptions{});
  if (!log.ok()) return fail(log.status());
  const bool demo = vm.count("demo") > 0;
  if (demo) {
    Status seeded = RecordDemoOrganization(**log, SystemClockMicros(),
                                           [](const AppendResult&) { return Status::Ok(); });
    if (!seeded.ok()) return fail(seeded);
  }
  std::unique_ptr<ProjectionStore> store = (*log)->NewProjectionStore();
  HostOptions host_options;
  host_options.checkpoint_interval = std::chrono::milliseconds(checkpoint_ms);
  host_options.log = [&err](const std::string& line) { err << "homeward serve: " << line << "\n"; };
  auto host = std::make_unique<ProjectionHost>(**log, *store, MakeProjections(), host_options);
  if (Status s = host->Load(); !s.ok()) return fail(s);
  // Catch up on a thread of its own: /healthz answers "rebuilding" meanwhile.
  host->Start();
  CommandService commands(**log);
  // Decisions about a volunteer start from the volunteers view, not the log.
  HostVolunteerStates volunteer_states(*host);
  commands.UseVolunteerStates(&volunteer_states);
  http::RouterOptions router_options;
  router_options.verify = [&log] { return (*log)->Verify(); };
  router_options.writer_stats = &(*log)->writer_stats();
  router_options.access_log = log->get();
  router_options.rate_limit.per_second = rate;
  router_options.rate_limit.burst = std::max(1.0, 2 * rate);
  http::Router router(**log, *host, &commands, router_options);
  http::Server server(router, http::ServerOptions{address->first, address->second, workers,
                                                  std::chrono::milliseconds(10000), 8 << 10,
                                                  1 << 20, io_threads, read_workers});
  if (Status s = server.Start(); !s.ok()) return fail(s);
  auto compactor = std::make_unique<ErasureCompactor>(**log, *host, host_options.log);
  // Every way out once the server runs (a return or an exception) stops in
  // this order, when this guard goes out of scope. Stopping saves
  // the views; closing the log answers the appends still in flight, whose
  // answers go through the command service and the router to the stopped
  // server: so the views go before the log, and the log before the command
  // service, the router and the server (destroyed after this, in reverse
  // order of their declarations).
  struct StopAll {
    std::function<void()> stop;
    ~StopAll() { stop(); }
  } const stop_all{[&] {
    server.Stop();
    compactor.reset();
    commands.UseVolunteerStates(nullptr);
    host.reset();
    store.reset();
    log->reset();
  }};
  const std::string url = "http://" + address->first + ":" + std::to_string(server.port()) + "/";
  Result<std::vector<DemoAccount>> accounts = std::vector<DemoAccount>();
  if (demo) accounts = IssueDemoAccounts(**log, *host);
  if (!accounts.ok()) return fail(accounts.status());
  if (json) {
    boost::json::array issued;
    for (const DemoAccount& a : *accounts) {
      issued.push_back(boost::json::object{
          {"role", a.role}, {"account_id", a.account_id}, {"who", a.who}, {"token", a.token}});
    }
    out << boost::json::serialize(boost::json::object{
               {"url", url}, {"data", dir}, {"demo_accounts", std::move(issued)}})
        << "\n";
  } else {
    out << "homeward serves " << dir << " at " << url << " (stop with Ctrl-C)\n";
  }
  if (demo && !json) {
    out << "\nDemo accounts (tokens shown this once; a new --demo run replaces them):\n";
    for (const DemoAccount& a : *accounts) {
      out << "  " << a.role << " " << a.account_id << " (" << a.who << ")\n    " << a.token << "\n";
    }
    out << "\nTry: curl -H 'Authorization: Bearer " << accounts->at(1).token << "' " << url
        << "v1/care-board\n";
  }
  out << std::flush;
  int signal = 0;
  sigwait(&stop, &signal);
  if (!json) out << "stopping\n";
  return kExitOk;
}

}  // namespace homeward::cli
