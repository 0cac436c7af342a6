// Fuzzes the HTTP request path: arbitrary bytes are read as the server reads
// a request (Beast's parser, the server's header and body limits), and what
// parses goes through the router to the domain and the views, over the
// seed's organization in memory with an account of each role. Every answer
// must be a response of the one error shape or a success; a crash, a 500 or
// an error that is not the documented JSON shape fails the run.
//
// Tokens in the corpus: "Bearer fuzz-admin", "fuzz-coordinator",
// "fuzz-volunteer", "fuzz-auditor".

#include <boost/json.hpp>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string_view>

#include "adapters/cli/seed_people.h"
#include "adapters/cli/seed_trip.h"
#include "adapters/http/request_bytes.h"
#include "adapters/http/router.h"
#include "engine/command_service.h"
#include "engine/memory_log.h"
#include "engine/time_zone.h"
#include "engine/token.h"
#include "projections/catalog.h"

namespace {

using namespace homeward;

// The seed's organization and four accounts, built once per fuzzing process.
struct World {
  InMemoryLog log;
  InMemoryProjectionStore store;
  ProjectionHost host{log, store, MakeProjections()};
  CommandService service{log};
  std::unique_ptr<http::Router> router;

  World() {
    const std::int64_t now = SystemClockMicros();
    const Date today = LocalDate(now, "Asia/Shanghai").value();
    const CommandContext ctx{std::string(cli::kSeedOrg), "fuzz", "seed", ""};
    for (const auto& [key, command] : cli::SeedPeopleCommands(today, now))
      if (!service.Execute(ctx, command).ok()) std::abort();
    for (const auto& [key, command] : cli::SeedTripCommands(today))
      if (!service.Execute(ctx, command).ok()) std::abort();
    const auto add = [&](std::string id, AccountRole role, std::string unit, std::string v) {
      const std::string token = "fuzz-" + id;
      if (!service
               .Execute(ctx, AccountCommand{CreateAccount{id, id, role, unit, v, TokenHash(token)}})
               .ok())
        std::abort();
    };
    add("admin", AccountRole::kAdmin, "", "");
    add("coordinator", AccountRole::kCoordinator, "xiaocao", "");
    add("volunteer", AccountRole::kVolunteer, "", "v-wang");
    add("auditor", AccountRole::kAuditor, "", "");
    if (!host.CatchUp().ok()) std::abort();
    host.Start();
    http::RouterOptions options;
    options.read_wait = std::chrono::milliseconds(20);
    options.rate_limit.per_second = 0;
    router = std::make_unique<http::Router>(log, host, &service, options);
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static World world;
  Result<http::Request> request = http::ParseRequestBytes(
      std::string_view(reinterpret_cast<const char*>(data), size), http::RequestLimits{});
  if (!request.ok()) return 0;
  const http::Response response = world.router->Handle(*request);
  if (response.status >= 500 && response.status != 503) std::abort();
  if (response.status >= 400) {
    boost::json::error_code ec;
    const boost::json::value body = boost::json::parse(response.body, ec);
    if (ec || !body.is_object() || !body.as_object().contains("error")) std::abort();
    const boost::json::value& error = body.at("error");
    if (!error.is_object() || !error.as_object().contains("code") ||
        !error.as_object().contains("message"))
      std::abort();
  }
  return 0;
}
