#include "adapters/http/service_routes.h"

#include <boost/json.hpp>

namespace homeward::http {

namespace json = boost::json;

Response HealthAnswer(const EventLog& log, const ProjectionHost& host) {
  json::array projections;
  bool rebuilding = false;
  for (const ProjectionStatus& s : host.Statuses()) {
    rebuilding = rebuilding || s.rebuilding;
    projections.push_back(json::object{{"name", s.name},
                                       {"version", s.version},
                                       {"position", s.position},
                                       {"rebuilding", s.rebuilding}});
  }
  const Status following = host.status();
  const bool ok = following.ok();
  Response response;
  response.status = ok ? 200 : 503;
  response.body =
      json::serialize(json::object{{"status", !ok          ? "failing"
                                              : rebuilding ? "rebuilding"
                                                           : "ok"},
                                   {"head", log.Head()},
                                   {"projections", std::move(projections)},
                                   {"problem", ok ? std::string() : following.message()}});
  return response;
}

Response MetricsAnswer(const Metrics& metrics, const EventLog& log, const ProjectionHost& host,
                       const WriterStats* writer_stats) {
  Response response;
  response.content_type = "text/plain; version=0.0.4";
  response.body = metrics.Render(log, host, writer_stats);
  return response;
}

}  // namespace homeward::http
