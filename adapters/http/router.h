#pragma once
// The HTTP API as a function from request to response: no sockets here, so
// every route and every refusal is tested directly. The server (server.h)
// runs it off the I/O threads.

#include <chrono>
#include <functional>
#include <optional>

#include "adapters/http/answer_cache.h"
#include "adapters/http/http_message.h"
#include "adapters/http/metrics.h"
#include "adapters/http/rate_limit.h"
#include "engine/clock.h"
#include "engine/command_service.h"
#include "engine/event_log.h"
#include "engine/verify.h"
#include "engine/writer_stats.h"
#include "projections/host.h"

namespace homeward::http {

struct RouterOptions {
  // How long a read waits for `min_position` before answering 503.
  std::chrono::milliseconds read_wait{5000};
  Clock clock = SystemClockMicros;
  // Verifies the log's hash chain for GET /v1/audit/verify; absent: 503.
  std::function<Result<VerifyReport>()> verify;
  // Requests per account; past it, 429.
  RateLimit rate_limit{};
  // The writer's counters for /metrics; absent: not reported.
  const WriterStats* writer_stats = nullptr;
  // Where reads of children's personal data are recorded (access_log.h)
  // before the answer goes out; absent: not recorded.
  EventLog* access_log = nullptr;
};

// Thread-safe: handles requests concurrently.
class Router {
 public:
  // `log`, `host` and `commands` must outlive the router. Without `commands`
  // the API is read-only: every command answers 503.
  Router(const EventLog& log, const ProjectionHost& host, CommandService* commands,
         RouterOptions options = {});

  // Answers `request`. Never throws: every failure is an error response of
  // the one shape {"error":{"code","message","details"}}. Counts it in the metrics.
  Response Handle(const Request& request) const;

  // As Handle, answering through `done`, exactly once. With `run`, a command
  // of an activity is appended with no thread waiting for the disk and
  // answered on a thread of `run`; everything else is answered before
  // HandleAsync returns. `request` need not outlive the call.
  void HandleAsync(const Request& request, const Executor* run,
                   std::function<void(Response)> done) const;

  // Answers `request` at once when that needs no disk and no waiting: a read
  // of the views held in memory that names what it reads, not a whole view
  // of the organization (ReadRoute::pool_only), or a page, /healthz,
  // /metrics; with the
  // views already at the request's min_position and every account change,
  // that shows no child's personal data (a read that does is recorded in the
  // log first). Otherwise returns nothing, having changed nothing: the caller
  // hands the request to HandleAsync on a pool. For the I/O threads.
  std::optional<Response> AnswerNow(const Request& request) const;

  // Counts a response the server gave without the router (413, 431).
  void Record(int status, double seconds) const;

 private:
  const EventLog& log_;
  const ProjectionHost& host_;
  CommandService* commands_;
  RouterOptions options_;
  mutable Metrics metrics_;
  mutable RateLimiter limiter_;
  mutable AnswerCache answers_;  // rendered answers of reads (ReadContext::Cached)
  std::uint64_t started_at_;     // the log's head when the router was made
};

// The HTTP status for a Status: 400, 401, 403 (reason "forbidden"), 404, 409,
// 412, 429 (reason "rate_limited"), 503, or 500.
int HttpStatusOf(const Status& status);

// 403: the account may not do this (reason "forbidden").
Status Forbidden(std::string message);

// The error response for `status` (with Retry-After for a 429).
Response ErrorResponse(const Status& status);

}  // namespace homeward::http
