#pragma once
// What GET /metrics reports, in the Prometheus text format: requests and
// latency histograms by route and status, the log's appends, batch sizes and
// write (fsync) time, and each projection's lag behind the log. Routes are
// the route tables' templates, so the number of series is bounded; nothing
// from a request's content is ever a label.

#include <array>
#include <atomic>
#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "engine/event_log.h"
#include "engine/histogram.h"
#include "engine/writer_stats.h"
#include "projections/host.h"

namespace homeward::http {

// Thread-safe; recording takes no lock.
class Metrics {
 public:
  // One series per route of the tables, plus /healthz, /metrics and "other".
  Metrics();

  // Counts one answered request to `route` ("GET /v1/activities/{activity_id}/roster",
  // or "other") with `status`, which took `seconds`.
  void Record(std::string_view route, int status, double seconds);

  // The exposition: requests, latencies, the writer's counters when
  // `writer` is given, the log head, and each projection's position and lag.
  std::string Render(const EventLog& log, const ProjectionHost& host,
                     const WriterStats* writer) const;

 private:
  static constexpr std::array<int, 15> kStatuses = {200, 201, 400, 401, 403, 404, 405, 409,
                                                    412, 413, 429, 431, 500, 503, 0};
  struct Route {
    std::array<std::atomic<std::uint64_t>, kStatuses.size()> by_status{};
    Histogram seconds{0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 5};
  };
  std::map<std::string, std::unique_ptr<Route>, std::less<>> routes_;
};

}  // namespace homeward::http
