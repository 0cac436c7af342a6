#include "adapters/http/metrics.h"

#include <cstdio>

#include "adapters/http/command_routes.h"
#include "adapters/http/read_routes.h"

namespace homeward::http {
namespace {

std::string Number(double v) {
  char text[32];
  std::snprintf(text, sizeof text, "%.6g", v);
  return text;
}

void Help(std::string& out, std::string_view name, std::string_view type, std::string_view help) {
  out.append("# HELP ").append(name).append(" ").append(help).append("\n");
  out.append("# TYPE ").append(name).append(" ").append(type).append("\n");
}

// One histogram's series; `labels` is "" or `key="value",`.
void WriteHistogram(std::string& out, std::string_view name, const std::string& labels,
                    const Histogram& h) {
  std::uint64_t cumulative = 0;
  for (std::size_t i = 0; i <= h.bounds().size(); ++i) {
    cumulative += h.count(i);
    const std::string le = i < h.bounds().size() ? Number(h.bounds()[i]) : "+Inf";
    out.append(name).append("_bucket{").append(labels).append("le=\"").append(le).append("\"} ");
    out.append(std::to_string(cumulative)).append("\n");
  }
  const std::string braces = labels.empty() ? "" : "{" + labels.substr(0, labels.size() - 1) + "}";
  out.append(name).append("_sum").append(braces).append(" ").append(Number(h.sum())).append("\n");
  out.append(name).append("_count").append(braces).append(" ");
  out.append(std::to_string(cumulative)).append("\n");
}

}  // namespace

Metrics::Metrics() {
  routes_.emplace("GET /healthz", std::make_unique<Route>());
  routes_.emplace("GET /metrics", std::make_unique<Route>());
  routes_.emplace("other", std::make_unique<Route>());
  for (const ReadRoute& r : ReadRoutes()) {
    routes_.emplace("GET " + std::string(r.path), std::make_unique<Route>());
  }
  for (const CommandRoute& r : CommandRoutes()) {
    routes_.emplace("POST " + r.Path(), std::make_unique<Route>());
  }
}

void Metrics::Record(std::string_view route, int status, double seconds) {
  auto it = routes_.find(route);
  if (it == routes_.end()) it = routes_.find(std::string_view("other"));
  Route& r = *it->second;
  std::size_t i = 0;
  while (i + 1 < kStatuses.size() && kStatuses[i] != status) ++i;
  r.by_status[i].fetch_add(1, std::memory_order_relaxed);
  r.seconds.Observe(seconds);
}

std::string Metrics::Render(const EventLog& log, const ProjectionHost& host,
                            const WriterStats* writer) const {
  std::string out;
  Help(out, "homeward_http_requests_total", "counter", "Requests answered, by route and status.");
  for (const auto& [name, route] : routes_) {
    const std::size_t space = name.find(' ');
    const std::string labels =
        space == std::string::npos
            ? "route=\"" + name + "\","
            : "method=\"" + name.substr(0, space) + "\",route=\"" + name.substr(space + 1) + "\",";
    for (std::size_t i = 0; i < kStatuses.size(); ++i) {
      const std::uint64_t n = route->by_status[i].load(std::memory_order_relaxed);
      if (n == 0) continue;
      out.append("homeward_http_requests_total{").append(labels).append("code=\"");
      out.append(kStatuses[i] ? std::to_string(kStatuses[i]) : "other").append("\"} ");
      out.append(std::to_string(n)).append("\n");
    }
  }
  Help(out, "homeward_http_request_seconds", "histogram", "Time to answer, by route.");
  for (const auto& [name, route] : routes_) {
    std::uint64_t total = 0;
    for (std::size_t i = 0; i <= route->seconds.bounds().size(); ++i) {
      total += route->seconds.count(i);
    }
    if (total == 0) continue;
    WriteHistogram(out, "homeward_http_request_seconds", "route=\"" + name + "\",", route->seconds);
  }
  Help(out, "homeward_log_head", "gauge", "The position of the last committed event.");
  out += "homeward_log_head " + std::to_string(log.Head()) + "\n";
  if (writer != nullptr) {
    Help(out, "homeward_log_appends_total", "counter", "Appends made durable.");
    out += "homeward_log_appends_total " + std::to_string(writer->appends.load()) + "\n";
    Help(out, "homeward_log_events_total", "counter", "Events made durable.");
    out += "homeward_log_events_total " + std::to_string(writer->events.load()) + "\n";
    Help(out, "homeward_log_batch_appends", "histogram", "Appends per durable batch.");
    WriteHistogram(out, "homeward_log_batch_appends", "", writer->round_appends);
    Help(out, "homeward_log_write_seconds", "histogram", "Time per batch write with its fsync.");
    WriteHistogram(out, "homeward_log_write_seconds", "", writer->write_seconds);
  }
  Help(out, "homeward_projection_position", "gauge", "The last position a projection applied.");
  const std::vector<ProjectionStatus> statuses = host.Statuses();
  for (const ProjectionStatus& s : statuses) {
    out += "homeward_projection_position{projection=\"" + s.name + "\"} " +
           std::to_string(s.position) + "\n";
  }
  Help(out, "homeward_projection_lag_events", "gauge", "Events a projection is behind the log.");
  const std::uint64_t head = log.Head();
  for (const ProjectionStatus& s : statuses) {
    out += "homeward_projection_lag_events{projection=\"" + s.name + "\"} " +
           std::to_string(head > s.position ? head - s.position : 0) + "\n";
  }
  return out;
}

}  // namespace homeward::http
