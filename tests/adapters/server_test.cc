// The server over a real loopback socket: answers, keep-alive, the size
// limits refused before the body is read, a trickling client cut off while
// another is served, connections spread over several I/O threads, a read
// waiting on its pool while a command is answered on another, the
// threads' names, and /healthz while a view of new code rebuilds.

#include "adapters/http/server.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <boost/json.hpp>
#include <boost/test/unit_test.hpp>
#include <cerrno>
#include <chrono>
#include <memory>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

#include "engine/command_service.h"
#include "engine/memory_log.h"
#include "engine/token.h"
#include "projections/catalog.h"
#include "tests/adapters/demo_log.h"
#include "tests/engine/threads_named.h"

namespace homeward::http {
namespace {

using namespace std::chrono_literals;

// A plain client socket to the server, with a receive timeout.
class Client {
 public:
  explicit Client(std::uint16_t port) {
    fd_ = socket(AF_INET, SOCK_STREAM, 0);
    timeval tv{2, 0};
    setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    BOOST_REQUIRE(connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
  }
  ~Client() { close(fd_); }
  void Send(const std::string& bytes) {
    BOOST_REQUIRE(send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL) ==
                  static_cast<ssize_t>(bytes.size()));
  }
  // Reads one response (headers, then Content-Length bytes); "" when closed.
  std::string Response() {
    while (true) {
      const std::size_t end = in_.find("\r\n\r\n");
      if (end != std::string::npos) {
        const std::size_t at = in_.find("Content-Length: ");
        const std::size_t length = at < end ? std::stoul(in_.substr(at + 16)) : 0;
        if (in_.size() >= end + 4 + length) {
          std::string out = in_.substr(0, end + 4 + length);
          in_.erase(0, end + 4 + length);
          return out;
        }
      }
      char buffer[4096];
      const ssize_t n = recv(fd_, buffer, sizeof buffer, 0);
      if (n <= 0) return "";
      in_.append(buffer, static_cast<std::size_t>(n));
    }
  }
  // True when nothing has come yet (nothing to read without waiting).
  bool NothingYet() {
    char byte;
    return in_.empty() && recv(fd_, &byte, 1, MSG_DONTWAIT | MSG_PEEK) < 0 &&
           (errno == EAGAIN || errno == EWOULDBLOCK);
  }
  // True when the server closed the connection (recv returns 0).
  bool Closed() {
    char byte;
    return recv(fd_, &byte, 1, 0) == 0;
  }

 private:
  int fd_ = -1;
  std::string in_;
};

struct ServerFixture {
  InMemoryLog log;
  InMemoryProjectionStore store;
  ProjectionHost host{log, store, MakeProjections()};
  CommandService service{log};
  Router router{log, host, &service};
  Server server{router, ServerOptions{"127.0.0.1", 0, 2, 300ms, 8 << 10, 1 << 20}};
  ServerFixture() { BOOST_REQUIRE(server.Start().ok()); }
};

BOOST_FIXTURE_TEST_SUITE(server_test, ServerFixture)

BOOST_AUTO_TEST_CASE(it_answers_over_a_socket_and_keeps_the_connection) {
  Client client(server.port());
  client.Send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
  const std::string first = client.Response();
  BOOST_TEST(first.starts_with("HTTP/1.1 200"));
  BOOST_TEST(first.find("\"status\":\"ok\"") != std::string::npos);
  client.Send("GET /v1/activities HTTP/1.1\r\nHost: x\r\n\r\n");
  const std::string second = client.Response();
  BOOST_TEST(second.starts_with("HTTP/1.1 401"));
  BOOST_TEST(second.find("\"code\":\"unauthorized\"") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_body_over_1_mib_is_refused_before_it_is_sent) {
  Client client(server.port());
  client.Send("POST /v1/activities HTTP/1.1\r\nHost: x\r\nContent-Length: 2000000\r\n\r\n");
  const std::string answer = client.Response();
  BOOST_TEST(answer.starts_with("HTTP/1.1 413"));
  BOOST_TEST(answer.find("payload_too_large") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_header_over_8_kib_is_refused) {
  Client client(server.port());
  client.Send("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(10000, 'a') + "\r\n\r\n");
  BOOST_TEST(client.Response().starts_with("HTTP/1.1 431"));
}

BOOST_AUTO_TEST_CASE(a_trickling_client_is_cut_off_while_another_is_served) {
  Client slow(server.port());
  slow.Send("GET /heal");
  Client quick(server.port());
  quick.Send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
  BOOST_TEST(quick.Response().starts_with("HTTP/1.1 200"));
  std::this_thread::sleep_for(500ms);  // past the 300 ms read timeout
  BOOST_TEST(slow.Closed());
}

BOOST_AUTO_TEST_CASE(connections_spread_over_several_io_threads_are_each_answered) {
  ServerOptions options{"127.0.0.1", 0, 2, 300ms, 8 << 10, 1 << 20};
  options.io_threads = 3;
  Server spread(router, options);
  BOOST_REQUIRE(spread.Start().ok());
  // Connections are handed to the threads in turn: two trickling ones hold
  // up neither their threads nor the connections beside them.
  Client slow_first(spread.port());
  slow_first.Send("GET /heal");
  Client slow_second(spread.port());
  slow_second.Send("GET /heal");
  std::vector<std::unique_ptr<Client>> clients;
  for (int i = 0; i < 6; ++i) clients.push_back(std::make_unique<Client>(spread.port()));
  for (int round = 0; round < 2; ++round) {
    for (auto& client : clients) client->Send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    for (auto& client : clients) BOOST_TEST(client->Response().starts_with("HTTP/1.1 200"));
  }
  std::this_thread::sleep_for(500ms);  // past the 300 ms read timeout
  BOOST_TEST(slow_first.Closed());
  BOOST_TEST(slow_second.Closed());
}

BOOST_AUTO_TEST_CASE(its_threads_are_named_for_what_they_do) {
  Client client(server.port());
  // A command is answered on the workers' pool (here: refused, no token).
  client.Send("POST /v1/activities HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}");
  BOOST_TEST(client.Response().starts_with("HTTP/1.1 401"));
  BOOST_TEST(testing::ThreadsNamed("hw-io") >= 1u);
  BOOST_TEST(testing::ThreadsNamed("hw-worker") >= 1u);
}

BOOST_AUTO_TEST_CASE(healthz_says_rebuilding_until_a_view_of_new_code_caught_up) {
  // Given the demo organization's views saved, the roster by an older version of its code
  csv::DemoLog demo;
  InMemoryProjectionStore saved;
  {
    ProjectionHost first(demo.log, saved, MakeProjections());
    BOOST_REQUIRE(first.Load().ok());
    BOOST_REQUIRE(first.CatchUp().ok());
  }
  ProjectionSnapshot roster = saved.Load("roster").value().value();
  roster.version -= 1;
  BOOST_REQUIRE(saved.Save("roster", roster).ok());
  std::vector<std::string> said;
  HostOptions options;
  options.log = [&said](const std::string& line) { said.push_back(line); };
  ProjectionHost restarted(demo.log, saved, MakeProjections(), options);
  BOOST_REQUIRE(restarted.Load().ok());
  Router answers(demo.log, restarted, nullptr);
  Server up(answers, ServerOptions{"127.0.0.1", 0, 2, 300ms, 8 << 10, 1 << 20});
  BOOST_REQUIRE(up.Start().ok());
  // The health document's status, and the roster's [rebuilding, position].
  Client client(up.port());
  const auto health = [&client] {
    client.Send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    const std::string answer = client.Response();
    BOOST_TEST_REQUIRE(answer.starts_with("HTTP/1.1 200"), answer);
    const boost::json::value body = boost::json::parse(answer.substr(answer.find("\r\n\r\n") + 4));
    for (const auto& view : body.at("projections").as_array()) {
      if (view.at("name").as_string() != "roster") continue;
      return std::tuple{std::string(body.at("status").as_string()), view.at("rebuilding").as_bool(),
                        view.at("position").to_number<std::uint64_t>()};
    }
    BOOST_FAIL("no roster in " << body);
    return std::tuple{std::string(), false, std::uint64_t{0}};
  };

  // When the server answers before the views caught up, then it says the
  // roster is rebuilding from the start, and its log says why
  BOOST_TEST((health() == std::tuple{std::string("rebuilding"), true, std::uint64_t{0}}));
  BOOST_REQUIRE(said.size() == 1u);
  BOOST_TEST(said[0].find("roster: rebuilding for code version") != std::string::npos, said[0]);
  // and once they caught up, that it is serving, the roster at the head
  BOOST_REQUIRE(restarted.CatchUp().ok());
  BOOST_TEST((health() == std::tuple{std::string("ok"), false, demo.log.Head()}));
}

BOOST_AUTO_TEST_CASE(a_read_waiting_on_its_pool_holds_up_no_command) {
  // Given a server with one thread for commands and one for reads, whose
  // views are behind the log (nothing follows it)
  InMemoryLog behind;
  InMemoryProjectionStore views;
  ProjectionHost lagging{behind, views, MakeProjections()};
  CommandService commands{behind};
  Router waits{behind, lagging, &commands, RouterOptions{1500ms, SystemClockMicros, nullptr}};
  Server up(waits, ServerOptions{"127.0.0.1", 0, 1, 10000ms, 8 << 10, 1 << 20, 1, 1});
  BOOST_REQUIRE(up.Start().ok());
  // When an account is made, and its first read waits for the views to hold it
  const std::string token = NewToken();
  const CommandContext ctx{"o", "test", "setup", ""};
  BOOST_REQUIRE(commands
                    .Execute(ctx, AccountCommand{CreateAccount{"root", "root", AccountRole::kAdmin,
                                                               "", "", TokenHash(token)}})
                    .ok());
  Client reading(up.port());
  reading.Send("GET /v1/me HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token + "\r\n\r\n");
  std::this_thread::sleep_for(200ms);  // taken by a pool's thread by now
  // Then a command is answered meanwhile, while the read still waits
  Client command(up.port());
  command.Send("POST /v1/activities HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}");
  BOOST_TEST(command.Response().starts_with("HTTP/1.1 401"));
  BOOST_TEST(reading.NothingYet());
  // and the read, once its wait is over, that the views are behind
  BOOST_TEST(reading.Response().starts_with("HTTP/1.1 503"));
}

BOOST_AUTO_TEST_CASE(a_listen_address_is_host_and_port) {
  BOOST_TEST(ParseListen("127.0.0.1:8080")->second == 8080);
  BOOST_TEST(ParseListen("8080").status().code() == Code::kInvalidArgument);
  BOOST_TEST(ParseListen("x:99999").status().code() == Code::kInvalidArgument);
  Server taken(router, ServerOptions{"127.0.0.1", server.port(), 1, 300ms, 8 << 10, 1 << 20});
  BOOST_TEST(taken.Start().code() == Code::kUnavailable);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace homeward::http
