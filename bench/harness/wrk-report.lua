-- wrk script of the harness: sets the request from the environment and prints one JSON line of
-- results that bench.py reads (latencies in microseconds, wrk's own histogram).
--   WRK_API_KEY    sent as X-API-KEY when set
--   WRK_METHOD     GET when unset
--   WRK_BODY_FILE  request body (sent with Content-Type: application/json)
local api_key = os.getenv("WRK_API_KEY")
if api_key and api_key ~= "" then
  wrk.headers["X-API-KEY"] = api_key
end
local method = os.getenv("WRK_METHOD")
if method and method ~= "" then
  wrk.method = method
end
local body_file = os.getenv("WRK_BODY_FILE")
if body_file and body_file ~= "" then
  local f = assert(io.open(body_file, "rb"))
  wrk.body = f:read("*a")
  f:close()
  wrk.headers["Content-Type"] = "application/json"
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRK_RESULT {"requests":%d,"duration_us":%d,"bytes":%d,"connect_errors":%d,"read_errors":%d,' ..
    '"write_errors":%d,"status_errors":%d,"timeouts":%d,"p50_us":%d,"p90_us":%d,"p99_us":%d,' ..
    '"p999_us":%d,"max_us":%d,"mean_us":%.1f}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status,
    e.timeout, latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency:percentile(99.9), latency.max, latency.mean))
end
