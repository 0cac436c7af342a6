#include "adapters/http/rate_limit.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace homeward::http {

Status RateLimited(std::string_view whose, int seconds) {
  return Status(Code::kUnavailable,
                "too many requests from " + std::string(whose) + "; retry in " +
                    std::to_string(seconds) + " s",
                "rate_limited", {{"retry_after", std::to_string(seconds)}});
}

int RateLimiter::Take(std::string_view account, std::chrono::steady_clock::time_point now) {
  if (limit_.per_second <= 0) return 0;
  Shard& shard = shards_[std::hash<std::string_view>{}(account) % shards_.size()];
  std::lock_guard lock(shard.mu);
  auto [it, fresh] = shard.buckets.try_emplace(std::string(account));
  Bucket& b = it->second;
  if (fresh) {
    b.tokens = limit_.burst;
  } else {
    const double elapsed = std::chrono::duration<double>(now - b.at).count();
    b.tokens = std::min(limit_.burst, b.tokens + std::max(0.0, elapsed) * limit_.per_second);
  }
  b.at = now;
  if (b.tokens >= 1) {
    b.tokens -= 1;
    return 0;
  }
  return std::max(1, static_cast<int>(std::ceil((1 - b.tokens) / limit_.per_second)));
}

Status RateLimiter::Admit(std::string_view bucket, std::string_view whose) {
  const int wait = Take(bucket, std::chrono::steady_clock::now());
  return wait == 0 ? Status::Ok() : RateLimited(whose, wait);
}

void RateLimiter::Refund(std::string_view bucket) {
  if (limit_.per_second <= 0) return;
  Shard& shard = shards_[std::hash<std::string_view>{}(bucket) % shards_.size()];
  std::lock_guard lock(shard.mu);
  if (auto it = shard.buckets.find(std::string(bucket)); it != shard.buckets.end()) {
    it->second.tokens = std::min(limit_.burst, it->second.tokens + 1);
  }
}

}  // namespace homeward::http
