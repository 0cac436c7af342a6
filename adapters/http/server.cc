#include "adapters/http/server.h"

#include <algorithm>
#include <array>
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <charconv>
#include <chrono>
#include <thread>
#include <vector>

#include "adapters/http/request_bytes.h"
#include "adapters/http/response_bytes.h"
#include "engine/thread_name.h"

namespace homeward::http {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
using tcp = asio::ip::tcp;

// Runs `work` on `pool`, whose threads name themselves `name` at their first task.
template <typename Work>
void PostToPool(asio::thread_pool& pool, const char* name, Work work) {
  asio::post(pool, [name, work = std::move(work)]() mutable {
    [[maybe_unused]] thread_local const bool named = (NameThisThread(name), true);
    work();
  });
}

// A connection's socket, bound to its I/O thread's io_context (no
// type-erased executor on the path of every read and write).
using Socket = asio::basic_stream_socket<tcp, asio::io_context::executor_type>;
using Clock = std::chrono::steady_clock;

class Session;

// The connections of one I/O thread and the deadlines of their reads and
// writes, checked every `tick` on that thread: a connection past its deadline
// is closed. A read or write only stores its deadline, where a timer per
// operation (Beast's tcp_stream) was armed and cancelled twice a request.
// Used on its I/O thread only.
class Reaper {
 public:
  Reaper(asio::io_context& io, Clock::duration tick) : timer_(io.get_executor()), tick_(tick) {}
  void Add(std::weak_ptr<Session> session) { sessions_.push_back(std::move(session)); }
  void Start() { Wait(); }

 private:
  void Wait() {
    timer_.expires_after(tick_);
    timer_.async_wait([this](beast::error_code ec) {
      if (ec) return;  // stopping
      Sweep();
      Wait();
    });
  }
  void Sweep();

  asio::basic_waitable_timer<Clock, asio::wait_traits<Clock>, asio::io_context::executor_type>
      timer_;
  Clock::duration tick_;
  std::vector<std::weak_ptr<Session>> sessions_;
};

// One connection: read a request, answer it from the pool, repeat.
class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(Socket socket, Reaper& reaper, const Router& router, asio::thread_pool& pool,
          asio::thread_pool& reads, const Executor& run, const ServerOptions& options)
      : socket_(std::move(socket)),
        reaper_(reaper),
        router_(router),
        pool_(pool),
        reads_(reads),
        run_(run),
        options_(options) {}

  void Start() {
    asio::dispatch(socket_.get_executor(), [self = shared_from_this()] {
      self->reaper_.Add(self);
      self->Read();
    });
  }

  // Closes the connection when its read or write is past its deadline, so a
  // client that trickles bytes (or never reads its answer) is cut off; its
  // pending operation then ends with an error. On the I/O thread.
  void CloseIfLate(Clock::time_point now) {
    if (now >= deadline_) Close();
  }

 private:
  void Read() {
    parser_.emplace();
    parser_->header_limit(static_cast<std::uint32_t>(options_.header_limit));
    parser_->body_limit(options_.body_limit);
    deadline_ = Clock::now() + options_.read_timeout;
    bhttp::async_read(
        socket_, buffer_, *parser_,
        [self = shared_from_this()](beast::error_code ec, std::size_t) { self->OnRead(ec); });
  }

  void OnRead(beast::error_code ec) {
    deadline_ = Clock::time_point::max();  // answering it takes what it takes
    if (ec == bhttp::error::header_limit)
      return Refuse(431, "request_header_fields_too_large", "the request's header is over 8 KiB");
    if (ec == bhttp::error::body_limit)
      return Refuse(413, "payload_too_large", "the request's body is over 1 MiB");
    if (ec) return Close();  // timeout, reset, end of stream, malformed
    bhttp::request<bhttp::string_body> beast_request = parser_->release();
    const unsigned version = beast_request.version();
    const bool keep_alive = beast_request.keep_alive();
    auto request = std::make_shared<Request>(ToRequest(std::move(beast_request)));
    // A read of the views in memory that names what it reads is answered
    // here, on the I/O thread.
    if (std::optional<Response> now = router_.AnswerNow(*request)) {
      return Write(std::move(*now), version, keep_alive);
    }
    // Disk work and waiting happen on a pool, never on an I/O thread; a
    // sign-up waiting for its append to be durable holds no thread. Reads
    // have a pool of their own: a slow one never holds up a command.
    const bool read = request->method == "GET";
    PostToPool(read ? reads_ : pool_, read ? "hw-reads" : "hw-worker",
               [self = shared_from_this(), request, version, keep_alive] {
                 self->router_.HandleAsync(
                     *request, &self->run_, [self, version, keep_alive](Response r) {
                       asio::post(self->socket_.get_executor(),
                                  [self, version, keep_alive, r = std::move(r)]() mutable {
                                    self->Write(std::move(r), version, keep_alive);
                                  });
                     });
               });
  }

  void Refuse(int status, const std::string& code, const std::string& message) {
    Response response = ErrorResponse(Status(Code::kInvalidArgument, message, code));
    response.status = status;
    router_.Record(status, 0);
    Write(std::move(response), 11, false);
  }

  // Sends `response` (its head and body in one write), then reads the next
  // request, or closes. The head is made by AppendResponseHead rather than
  // Beast's serializer, which walked nested buffer sequences for every byte
  // range: about a tenth of a sign-up's instructions. Both buffers are the
  // connection's own, reused from one answer to the next.
  void Write(Response&& response, unsigned version, bool keep_alive) {
    head_.clear();
    AppendResponseHead(response, version, keep_alive, head_);
    body_ = std::move(response.body);
    if (StatusHasNoBody(response.status)) body_.clear();
    deadline_ = Clock::now() + options_.read_timeout;
    const std::array<asio::const_buffer, 2> bytes{asio::buffer(head_), asio::buffer(body_)};
    asio::async_write(socket_, bytes,
                      [self = shared_from_this(), keep_alive](beast::error_code ec, std::size_t) {
                        if (ec || !keep_alive) return self->Close();
                        self->Read();
                      });
  }

  // Ends the connection: nothing more is read or written, and no deadline
  // is left to sweep.
  void Close() {
    deadline_ = Clock::time_point::max();
    beast::error_code ignored;
    socket_.shutdown(tcp::socket::shutdown_send, ignored);
    socket_.close(ignored);
  }

  Socket socket_;
  Reaper& reaper_;
  beast::flat_buffer buffer_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  std::string head_, body_;                                // the answer being sent
  Clock::time_point deadline_ = Clock::time_point::max();  // of the read or write under way
  const Router& router_;
  asio::thread_pool& pool_;   // commands
  asio::thread_pool& reads_;  // the reads the I/O thread leaves
  const Executor& run_;       // posts to pool_
  const ServerOptions& options_;
};

void Reaper::Sweep() {
  const Clock::time_point now = Clock::now();
  for (std::size_t i = 0; i < sessions_.size();) {
    if (std::shared_ptr<Session> session = sessions_[i].lock()) {
      session->CloseIfLate(now);
      ++i;
    } else {
      sessions_[i] = std::move(sessions_.back());  // gone: its place goes to the last one
      sessions_.pop_back();
    }
  }
}

}  // namespace

// Each I/O thread runs an io_context of its own, and each connection lives on
// one of them, handed out in turn as they are accepted: a connection's
// handlers never run on two threads, so they need no strand, and a thread
// that posts to its own context wakes no other.
struct Server::Impl {
  Impl(const Router& r, ServerOptions o)
      : router(r),
        options(std::move(o)),
        pool(static_cast<std::size_t>(options.workers)),
        reads(static_cast<std::size_t>(std::max(1, options.read_workers))) {
    for (auto& io : ios) {
      busy.push_back(asio::make_work_guard(*io));
      reapers.push_back(std::make_unique<Reaper>(*io, Tick(options.read_timeout)));
      reapers.back()->Start();
    }
  }

  // How often a thread looks for connections past their deadline: an eighth
  // of the timeout, so a late one is closed at most an eighth late (between
  // 10 ms and 1 s).
  static Clock::duration Tick(std::chrono::milliseconds timeout) {
    return std::clamp<Clock::duration>(timeout / 8, std::chrono::milliseconds(10),
                                       std::chrono::seconds(1));
  }

  // `count` contexts (at least one), each run by one thread.
  static std::vector<std::unique_ptr<asio::io_context>> Contexts(int count) {
    std::vector<std::unique_ptr<asio::io_context>> made;
    for (int i = 0; i < std::max(1, count); ++i)
      made.push_back(std::make_unique<asio::io_context>(1));
    return made;
  }

  void Accept() {
    const std::size_t next = accepted++ % ios.size();
    acceptor.async_accept(*ios[next], [this, next](beast::error_code ec, Socket socket) {
      if (ec) return;  // stopped
      std::make_shared<Session>(std::move(socket), *reapers[next], router, pool, reads, run,
                                options)
          ->Start();
      Accept();
    });
  }

  const Router& router;
  ServerOptions options;
  std::vector<std::unique_ptr<asio::io_context>> ios = Contexts(options.io_threads);
  std::vector<asio::executor_work_guard<asio::io_context::executor_type>> busy;  // until Stop
  std::vector<std::unique_ptr<Reaper>> reapers;  // one for each of ios, destroyed before them
  tcp::acceptor acceptor{*ios.front()};
  std::size_t accepted = 0;  // on the acceptor's thread only
  asio::thread_pool pool;    // commands
  asio::thread_pool reads;   // the reads the I/O threads leave
  const Executor run = [this](std::function<void()> work) {
    PostToPool(pool, "hw-worker", std::move(work));
  };
  std::vector<std::thread> threads;
  std::uint16_t port = 0;
};

Server::Server(const Router& router, ServerOptions options)
    : impl_(std::make_unique<Impl>(router, std::move(options))) {}

Server::~Server() { Stop(); }

Status Server::Start() {
  beast::error_code ec;
  const auto address = asio::ip::make_address(impl_->options.address, ec);
  if (ec) return InvalidArgument("'" + impl_->options.address + "' is not an IP address");
  const tcp::endpoint endpoint{address, impl_->options.port};
  auto& acceptor = impl_->acceptor;
  acceptor.open(endpoint.protocol(), ec);
  if (!ec) acceptor.set_option(asio::socket_base::reuse_address(true), ec);
  if (!ec) acceptor.bind(endpoint, ec);
  if (!ec) acceptor.listen(asio::socket_base::max_listen_connections, ec);
  if (ec) {
    return Unavailable("cannot listen on " + impl_->options.address + ":" +
                       std::to_string(impl_->options.port) + ": " + ec.message());
  }
  impl_->port = acceptor.local_endpoint().port();
  impl_->Accept();
  for (auto& io : impl_->ios)
    impl_->threads.push_back(NamedThread("hw-io", [&io = *io] { io.run(); }));
  return Status::Ok();
}

std::uint16_t Server::port() const { return impl_->port; }

void Server::Stop() {
  if (impl_->threads.empty()) return;
  asio::post(*impl_->ios.front(), [this] {
    beast::error_code ignored;
    impl_->acceptor.close(ignored);
  });
  impl_->busy.clear();
  for (auto& io : impl_->ios) io->stop();
  for (std::thread& thread : impl_->threads) thread.join();
  impl_->threads.clear();
  impl_->reads.join();
  impl_->pool.join();
}

Result<std::pair<std::string, std::uint16_t>> ParseListen(std::string_view text) {
  const std::size_t colon = text.rfind(':');
  unsigned port = 0;
  if (colon == std::string_view::npos || colon == 0 ||
      std::from_chars(text.data() + colon + 1, text.data() + text.size(), port).ec != std::errc() ||
      port > 65535) {
    return InvalidArgument("--listen '" + std::string(text) + "' is not HOST:PORT");
  }
  return std::make_pair(std::string(text.substr(0, colon)), static_cast<std::uint16_t>(port));
}

}  // namespace homeward::http
