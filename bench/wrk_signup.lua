-- wrk script for bench/http-signups: every request is a different volunteer
-- ("v" .. n, n counting up across threads) signing up for a place in one of
-- the activities ("a" .. n % activities). Prints one JSON line at the end.
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  token, activities, nthreads = args[1], tonumber(args[2]), tonumber(args[3])
  next_volunteer = id
end

function request()
  local v = next_volunteer
  next_volunteer = next_volunteer + nthreads
  return wrk.format("POST", "/v1/activities/a" .. (v % activities) .. "/sign-up",
                    {["Authorization"] = "Bearer " .. token,
                     ["Content-Type"] = "application/json"},
                    '{"slot_id":"s","volunteer_id":"v' .. v .. '"}')
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"bench":"%s","requests":%d,"requests_per_s":%.1f,"p50_ms":%.3f,"p99_ms":%.3f,"errors":%d}\n',
    os.getenv("BENCH_NAME") or "http-signup", summary.requests,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, e.status + e.connect + e.read + e.write + e.timeout))
end
