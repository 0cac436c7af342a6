// A full disk under the API: the router over a real RocksDB store whose disk
// refuses writes (tests/engine/full_disk.h). A command answers 503 in the one
// error shape, naming no personal data; reads go on; after the disk is back
// and the store reopened, the refused command is not in the log and its
// retry with the same Idempotency-Key is written once.

#include <boost/json.hpp>
#include <boost/test/unit_test.hpp>

#include "adapters/cli/seed_people.h"
#include "adapters/http/router.h"
#include "bench/temp_dir.h"
#include "engine/command_service.h"
#include "engine/rocks_log.h"
#include "engine/time_zone.h"
#include "engine/token.h"
#include "projections/catalog.h"
#include "tests/engine/full_disk.h"

namespace homeward::http {
namespace {

using testing::DiskFault;
using testing::FullDisk;

constexpr std::string_view kChildBody =
    R"({"child_id":"c-new","unit_id":"maling","filled_by":"班主任",)"
    R"("card":{"name":"林小雨","date_of_birth":"2016-04-12",)"
    R"("guardian":{"name":"林奶奶","relation":"祖母","phone":"13911112222"}}})";

// The seed's organization on a real store, an admin, and the API over it.
struct ServedStore {
  TempDir dir{"homeward-store-fault"};
  std::shared_ptr<FullDisk> disk;
  std::unique_ptr<rocksdb::Env> env;
  std::string admin = NewToken();
  // Torn down in reverse: the router, the commands, the views, the log.
  std::unique_ptr<RocksLog> log;
  std::unique_ptr<ProjectionStore> store;
  std::unique_ptr<ProjectionHost> host;
  std::unique_ptr<CommandService> service;
  std::unique_ptr<Router> router;

  ServedStore() {
    std::tie(disk, env) = FullDisk::Make();
    Open();
    const std::int64_t now = SystemClockMicros();
    const CommandContext ctx{std::string(cli::kSeedOrg), "test", "seed", ""};
    for (const auto& [key, command] :
         cli::SeedPeopleCommands(LocalDate(now, "Asia/Shanghai").value(), now))
      BOOST_REQUIRE(service->Execute(ctx, command).ok());
    BOOST_REQUIRE(
        service
            ->Execute(ctx, AccountCommand{CreateAccount{"root", "root", AccountRole::kAdmin, "", "",
                                                        TokenHash(admin)}})
            .ok());
  }
  ~ServedStore() { Close(); }
  void Close() {
    router.reset();
    service.reset();
    host.reset();
    store.reset();
    log.reset();
  }
  void Open() {
    Close();
    RocksLogOptions options;
    options.env = env.get();
    auto opened = RocksLog::Open(dir.Sub("store"), options);
    BOOST_REQUIRE_MESSAGE(opened.ok(), opened.status().ToString());
    log = std::move(opened).value();
    store = log->NewProjectionStore();
    host = std::make_unique<ProjectionHost>(*log, *store, MakeProjections());
    BOOST_REQUIRE(host->Load().ok());
    BOOST_REQUIRE(host->CatchUp().ok());
    host->Start();
    service = std::make_unique<CommandService>(*log);
    router = std::make_unique<Router>(*log, *host, service.get());
  }
  Response Call(const std::string& method, const std::string& target, std::string body = {},
                const std::string& key = {}) {
    Request request{method, target, {{"authorization", "Bearer " + admin}}, std::move(body)};
    if (!key.empty()) request.headers["idempotency-key"] = key;
    return router->Handle(request);
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(store_fault_test, ServedStore)

BOOST_AUTO_TEST_CASE(a_full_disk_answers_503_names_nothing_personal_and_writes_nothing) {
  const std::uint64_t head = log->Head();
  disk->Set(DiskFault::kNoSpace);
  const Response refused = Call("POST", "/v1/children", std::string(kChildBody), "tap-1");
  BOOST_TEST(refused.status == 503);
  const boost::json::value body = boost::json::parse(refused.body);
  BOOST_TEST(body.at("error").at("code").as_string() == "unavailable");
  for (const char* personal : {"林小雨", "13911112222", "林奶奶"}) {
    BOOST_TEST(refused.body.find(personal) == std::string::npos, personal);
  }
  // The log stopped: later commands are refused too, reads still answer.
  BOOST_TEST(
      Call("POST", "/v1/units", R"({"unit_id":"u2","name":"新单位","kind":"school"})").status ==
      503);
  BOOST_TEST(Call("GET", "/v1/units").status == 200);

  // When the disk is back and the server restarts
  disk->Set(DiskFault::kNone);
  Open();
  BOOST_TEST(log->Head() == head);
  BOOST_TEST(Call("GET", "/v1/children/c-new/card").status == 404);
  const Response retried = Call("POST", "/v1/children", std::string(kChildBody), "tap-1");
  BOOST_TEST(retried.status == 201, retried.body);
  const Response again = Call("POST", "/v1/children", std::string(kChildBody), "tap-1");
  BOOST_TEST(again.body == retried.body);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace homeward::http
