#pragma once
// The routes about the service itself, which any client may ask without an
// account: `GET /healthz` for load balancers and operators, `GET /metrics`
// for Prometheus.

#include "adapters/http/http_message.h"
#include "adapters/http/metrics.h"
#include "engine/event_log.h"
#include "engine/writer_stats.h"
#include "projections/host.h"

namespace homeward::http {

// The log's head and each view's version, position and whether it is
// rebuilding. Status "ok", or "rebuilding" while a view catches up from
// scratch (both 200); "failing" with the problem, 503, when the views stopped
// following the log.
Response HealthAnswer(const EventLog& log, const ProjectionHost& host);

// The metrics in Prometheus text format (`metrics`, the log, the views and,
// when given, the writer's figures).
Response MetricsAnswer(const Metrics& metrics, const EventLog& log, const ProjectionHost& host,
                       const WriterStats* writer_stats);

}  // namespace homeward::http
