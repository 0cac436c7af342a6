#pragma once

// One request being answered by the Router: who asks, what they asked, and
// the views. Internal to the router (router.cc makes one per request).

#include <boost/json/value.hpp>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "adapters/http/read_routes.h"
#include "adapters/http/router.h"
#include "adapters/http/target.h"
#include "projections/accounts.h"

namespace homeward::http {

// Answers one request: authenticates it, finds its route, checks the role's
// rights and renders the view or runs the command. Lives for one request.
class RouterCall {
 public:
  // The answer, with the route it matched.
  using Answer = std::function<void(const std::string& route, Response)>;

  // Holds references to everything passed, which must outlive the call;
  // `later` receives a command's answer when it is not returned by Run.
  RouterCall(const EventLog& log, const ProjectionHost& host, CommandService* commands,
             const RouterOptions& options, const Request& request, const Target& target,
             Metrics& metrics, RateLimiter& limiter, AnswerCache& answers, std::uint64_t started_at,
             const Executor* run, Answer later)
      : log_(log),
        host_(host),
        commands_(commands),
        options_(options),
        request_(request),
        target_(target),
        metrics_(metrics),
        limiter_(limiter),
        answers_(answers),
        started_at_(started_at),
        run_(run),
        later_(std::move(later)) {}

  // The route template the request matched, for the metrics ("other" when none).
  const std::string& route() const { return route_; }

  // Answers only what needs no disk and no waiting (Router::AnswerNow), or
  // nothing, leaving the request to the pool as if it had not been seen: what
  // it took from any rate is given back, also when the attempt failed
  // unexpectedly, so the pool's answer is the one counted.
  std::optional<Response> AnswerNow();

  // The answer, or nothing when a command answers through `later` instead.
  std::optional<Response> Run();

 private:
  // Masks `doc` for the reader, finds the children's personal data it shows
  // (when reads are recorded) and serializes it; keeps the result for the
  // next reader when the handler gave its version (ReadContext::Cached).
  std::shared_ptr<const RenderedAnswer> Render(boost::json::value& doc, const ReadContext& context);

  // Finds the command route, checks the account and hands the command on;
  // answers only a refusal (the command answers through `later_`).
  std::optional<Response> Command();

  // Leaves the request to the pool (AnswerNowOnly).
  std::optional<Response> Defer();

  // The position the accounts view must hold: every account and feed change
  // acknowledged before this request (a revocation counts at once), without
  // waiting for the rest of the log.
  std::uint64_t AccessPosition() const;

  // 429 with Retry-After when the account is past its rate; else the
  // request is taken from its bucket (recorded in taken_).
  std::optional<Response> Limited();

  // The account of the request's bearer token, as of AccessPosition().
  Result<Account> Authenticate();

  const EventLog& log_;
  const ProjectionHost& host_;
  CommandService* commands_;
  const RouterOptions& options_;
  const Request& request_;
  const Target& target_;
  Metrics& metrics_;
  RateLimiter& limiter_;
  AnswerCache& answers_;
  std::uint64_t started_at_;
  const Executor* run_;
  Answer later_;
  Account account_;
  // The rate buckets this request was taken from, to give back when it is
  // left to the pool.
  std::vector<std::string> taken_;
  std::string route_ = "other";
  bool now_only_ = false;
  bool deferred_ = false;
};

}  // namespace homeward::http
