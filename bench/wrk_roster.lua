-- wrk script for bench/http-signups: roster GETs spread over the activities.
-- Prints one JSON line at the end.
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  token, activities = args[1], tonumber(args[2])
  n = id * 7919
end

function request()
  n = n + 1
  return wrk.format("GET", "/v1/activities/a" .. (n % activities) .. "/roster",
                    {["Authorization"] = "Bearer " .. token})
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"bench":"http-roster","requests":%d,"requests_per_s":%.1f,"p50_ms":%.3f,"p99_ms":%.3f,"errors":%d}\n',
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, e.status + e.connect + e.read + e.write + e.timeout))
end
