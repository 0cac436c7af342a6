#pragma once
// Per-account request limits: a token bucket per account, so one client
// (a script gone wrong, a stolen token) cannot crowd out the rest. A request
// past the limit gets 429 with Retry-After.

#include <array>
#include <chrono>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "events/status.h"

namespace homeward::http {

struct RateLimit {
  double per_second = 100;  // sustained requests per second per account; 0: no limit
  double burst = 200;       // requests an idle account may send at once
};

// 429: `whose` ("this account") sent more than its rate; it may retry in
// `seconds` (unavailable, reason "rate_limited", detail "retry_after").
Status RateLimited(std::string_view whose, int seconds);

// Thread-safe.
class RateLimiter {
 public:
  explicit RateLimiter(RateLimit limit) : limit_(limit) {}

  // Takes one request from `account`'s bucket at `now`. Returns 0 when it may
  // go ahead, else the whole seconds until it may (at least 1).
  int Take(std::string_view account, std::chrono::steady_clock::time_point now);

  // Takes one request from `bucket` now. Errors: RateLimited(whose, ...)
  // when it is past its rate.
  Status Admit(std::string_view bucket, std::string_view whose);

  // Gives back to `bucket` the request Admit or Take let through, for one
  // that will be counted again when it is answered elsewhere.
  void Refund(std::string_view bucket);

 private:
  struct Bucket {
    double tokens = 0;
    std::chrono::steady_clock::time_point at;
  };
  struct Shard {
    std::mutex mu;
    std::unordered_map<std::string, Bucket> buckets;
  };
  RateLimit limit_;
  std::array<Shard, 16> shards_;
};

}  // namespace homeward::http
