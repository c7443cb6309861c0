-- wrk script of the soak (bench/run --soak): a mixed workload, paced or not, with one JSON line of
-- results that soak.py reads (latencies in microseconds, wrk's own histogram; requests sent per kind).
--   WRK_API_KEY                      an application's API key (reads and validation)
--   WRK_CLIENT_ID, WRK_CLIENT_SECRET that application's credentials (POST /auth; executions' clientId)
--   WRK_INGEST_KEY                   an ingest operator's API key (POST /executions)
--   WRK_IDS                          connector ids to retrieve and report executions for, comma-separated
--   WRK_DELAY_MS                     mean pause before each request on a connection (0: as fast as possible)
-- Every request of the mix expects a 2xx: anything else is one of wrk's status errors.
local api_key = os.getenv("WRK_API_KEY")
local client_id = os.getenv("WRK_CLIENT_ID")
local client_secret = os.getenv("WRK_CLIENT_SECRET")
local ingest_key = os.getenv("WRK_INGEST_KEY")
local delay_ms = tonumber(os.getenv("WRK_DELAY_MS") or "0") or 0
local ids = {}
for id in string.gmatch(os.getenv("WRK_IDS") or "201", "%d+") do
  ids[#ids + 1] = id
end

-- name, share per 1000 requests
local MIX = {
  {"retrieve", 300}, {"list", 100}, {"search", 100}, {"health_details", 100},
  {"validate_valid", 200}, {"validate_invalid", 180}, {"auth", 15}, {"executions", 5},
}

local threads = {}
local started = 0
function setup(thread)
  started = started + 1
  thread:set("thread_id", started)
  table.insert(threads, thread)
end

local builders = {}
local counters = {}
local thresholds = {}
local sequence = 0

local function fixed(request)
  return function() return request end
end

local function uuid()
  sequence = sequence + 1
  return string.format("%08x-%04x-4%03x-8%03x-%012x", os.time() % 4294967296, thread_id or 0,
    math.random(0, 4095), math.random(0, 4095), sequence)
end

local function execution()
  local now = os.time()
  local status = math.random() < 0.95 and "SUCCESS" or "CONNECTION_ERROR"
  local body = string.format(
    '[{"id":"%s","connectorId":%s,"clientId":"%s","status":"%s","startedAt":"%s","finishedAt":"%s"}]',
    uuid(), ids[math.random(#ids)], client_id, status, os.date("!%Y-%m-%dT%H:%M:%SZ", now - 40),
    os.date("!%Y-%m-%dT%H:%M:%SZ", now))
  return wrk.format("POST", "/executions", {["Content-Type"] = "application/json", ["X-API-KEY"] = ingest_key}, body)
end

function init(args)
  math.randomseed(os.time() * 1000 + (thread_id or 0))
  local get = {["X-API-KEY"] = api_key}
  local json = {["X-API-KEY"] = api_key, ["Content-Type"] = "application/json"}
  local by_name = {
    retrieve = function() return wrk.format("GET", "/connectors/" .. ids[math.random(#ids)], get) end,
    list = fixed(wrk.format("GET", "/connectors", get)),
    search = fixed(wrk.format("GET", "/connectors?name=banco&types=PERSONAL_BANK", get)),
    health_details = fixed(wrk.format("GET", "/connectors/201?healthDetails=true", get)),
    validate_valid = fixed(wrk.format("POST", "/connectors/2/validate", json,
      '{"user":"user-ok","password":"password-ok"}')),
    validate_invalid = fixed(wrk.format("POST", "/connectors/2/validate", json, '{"user":"bob","password":"123"}')),
    auth = fixed(wrk.format("POST", "/auth", {["Content-Type"] = "application/json"},
      string.format('{"clientId":"%s","clientSecret":"%s"}', client_id, client_secret))),
    executions = execution,
  }
  local total = 0
  for i, kind in ipairs(MIX) do
    total = total + kind[2]
    thresholds[i] = total
    builders[i] = by_name[kind[1]]
    counters[i] = "sent_" .. kind[1]
    _G[counters[i]] = 0
  end
end

function request()
  local pick = math.random(1000)
  local i = 1
  while thresholds[i] < pick do
    i = i + 1
  end
  _G[counters[i]] = _G[counters[i]] + 1
  return builders[i]()
end

if delay_ms > 0 then
  -- Uniform between 0 and twice the mean, so that connections do not march in step.
  function delay()
    return math.random() * 2 * delay_ms
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  local kinds = {}
  for _, kind in ipairs(MIX) do
    local n = 0
    for _, thread in ipairs(threads) do
      n = n + (thread:get("sent_" .. kind[1]) or 0)
    end
    kinds[#kinds + 1] = string.format('"%s":%d', kind[1], n)
  end
  io.write(string.format(
    'WRK_RESULT {"requests":%d,"duration_us":%d,"bytes":%d,"connect_errors":%d,"read_errors":%d,' ..
    '"write_errors":%d,"status_errors":%d,"timeouts":%d,"p50_us":%d,"p90_us":%d,"p99_us":%d,' ..
    '"p999_us":%d,"max_us":%d,"mean_us":%.1f,"sent":{%s}}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status,
    e.timeout, latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency:percentile(99.9), latency.max, latency.mean, table.concat(kinds, ",")))
end
