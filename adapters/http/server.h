#pragma once
// The HTTP server around the router, on Boost.Asio/Beast: it reads requests
// with bounds (header 8 KiB: 431; body 1 MiB: 413, refused before it is read;
// a read timeout, so a client that trickles bytes is cut off while others are
// served). Reads of the views in memory that name what they read are
// answered on the I/O threads; commands go to a worker pool, and the other
// reads (of the store, of whole views of the organization, those that wait)
// to a pool of their own, so a slow read never holds up a command.

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>

#include "adapters/http/router.h"

namespace homeward::http {

struct ServerOptions {
  std::string address = "127.0.0.1";
  std::uint16_t port = 8080;  // 0: any free port (see Server::port)
  int workers = 2;            // threads running commands
  std::chrono::milliseconds read_timeout{10000};
  std::size_t header_limit = 8 << 10;
  std::size_t body_limit = 1 << 20;
  int io_threads = 1;    // threads reading, writing and answering reads of the views
  int read_workers = 2;  // threads answering the reads the I/O threads leave
};

// Not copyable. `router` must outlive the server.
class Server {
 public:
  Server(const Router& router, ServerOptions options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds and starts serving on threads of its own. Errors: unavailable when
  // the address cannot be bound (naming it), invalid_argument for a bad address.
  Status Start();
  // The port bound (after Start).
  std::uint16_t port() const;
  // Stops accepting, closes connections, joins the threads.
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Parses "HOST:PORT". Errors: invalid_argument naming the text.
Result<std::pair<std::string, std::uint16_t>> ParseListen(std::string_view text);

}  // namespace homeward::http
