#include "adapters/http/router.h"

#include <atomic>
#include <memory>
#include <optional>

#include "adapters/http/router_call.h"
#include "adapters/http/target.h"

namespace homeward::http {

Router::Router(const EventLog& log, const ProjectionHost& host, CommandService* commands,
               RouterOptions options)
    : log_(log),
      host_(host),
      commands_(commands),
      options_(std::move(options)),
      limiter_(options_.rate_limit),
      started_at_(log.Head()) {}

void Router::Record(int status, double seconds) const { metrics_.Record("other", status, seconds); }

Response Router::Handle(const Request& request) const {
  Response out;
  HandleAsync(request, nullptr, [&out](Response r) { out = std::move(r); });
  return out;
}

std::optional<Response> Router::AnswerNow(const Request& request) const {
  if (request.method != "GET") return std::nullopt;
  const auto started = std::chrono::steady_clock::now();
  try {
    Result<Target> target = ParseTarget(request.target);
    if (!target.ok() || !RefuseTokenInQuery(request.target, *target).ok()) return std::nullopt;
    RouterCall call(log_, host_, commands_, options_, request, *target, metrics_, limiter_,
                    answers_, started_at_, nullptr, {});
    std::optional<Response> response = call.AnswerNow();
    if (!response) return std::nullopt;
    metrics_.Record(
        call.route(), response->status,
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
    return response;
  } catch (const std::exception&) {
    return std::nullopt;  // the pool answers it, with the error
  }
}

void Router::HandleAsync(const Request& request, const Executor* run,
                         std::function<void(Response)> done) const {
  const auto started = std::chrono::steady_clock::now();
  // Answers once, counted in the metrics: an exception after a command was
  // handed on must not answer a second time.
  auto answered = std::make_shared<std::atomic<bool>>(false);
  const RouterCall::Answer answer = [this, started, answered, done = std::move(done)](
                                        const std::string& route, Response response) {
    if (answered->exchange(true)) return;
    metrics_.Record(
        route, response.status,
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
    done(std::move(response));
  };
  try {
    Result<Target> target = ParseTarget(request.target);
    if (!target.ok()) return answer("other", ErrorResponse(target.status()));
    if (Status s = RefuseTokenInQuery(request.target, *target); !s.ok()) {
      return answer("other", ErrorResponse(s));
    }
    RouterCall call(log_, host_, commands_, options_, request, *target, metrics_, limiter_,
                    answers_, started_at_, run, answer);
    if (std::optional<Response> now = call.Run()) answer(call.route(), std::move(*now));
  } catch (const std::exception& e) {
    answer("other", ErrorResponse(Internal(std::string("unexpected failure: ") + e.what())));
  }
}

}  // namespace homeward::http
