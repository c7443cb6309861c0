"""The soak of issue 8 (bench/run --soak): Plugboard under a mixed workload at about half of its
measured capacity for N minutes, one wrk run a minute back to back; per minute the requests,
errors, p50/p99, resident memory and the live heap after a full GC. Standard library only."""

import json
import os
import re
import subprocess
import time

import procs

CONNECTIONS = 50
WARMUP_SECONDS = 10
CAPACITY_SECONDS = 15
CALIBRATION_SECONDS = 5
# The verdicts: p99 of the last third of the minutes within this factor of the first third's...
P99_FACTOR = 2.0
# ...and the live heap after the last minute within this of the one before the first minute.
HEAP_GROWTH_FRACTION = 0.10
HEAP_GROWTH_FLOOR = 2 * 1024 * 1024


class Soak:
    def __init__(self, harness, minutes):
        self.h = harness
        self.minutes = minutes
        self.lua = os.path.join(harness.root, "bench", "harness", "wrk-mix.lua")

    def ingest_key(self):
        """An ingest operator, made with the CLI on the data directory, and its API key."""
        created = subprocess.run([self.h.script, "operators", "create", "--role", "ingest", "--name", "soak",
                                  "--format", "json", "--data-dir", self.h.data_dir],
                                 capture_output=True, text=True, timeout=120)
        if created.returncode != 0:
            raise RuntimeError("plugboard operators create failed:\n" + created.stdout + created.stderr)
        operator = json.loads(created.stdout.strip().splitlines()[-1])
        return self.h.authenticate(operator["clientId"], operator["clientSecret"])

    def connector_ids(self):
        status, _, body = procs.request(self.h.port, "GET", "/connectors", self.h.auth_headers())
        if status != 200:
            raise RuntimeError("GET /connectors answered %d" % status)
        return [str(c["id"]) for c in json.loads(body)["results"]][:12]

    def wrk(self, seconds, delay_ms, label):
        env = dict(os.environ, WRK_API_KEY=self.h.api_key, WRK_CLIENT_ID=self.h.client_id,
                   WRK_CLIENT_SECRET=self.h.client_secret, WRK_INGEST_KEY=self.ingest, WRK_IDS=",".join(self.ids),
                   WRK_DELAY_MS="%.3f" % delay_ms)
        command = ["wrk", "-t2", "-c%d" % CONNECTIONS, "-d%ds" % seconds, "--latency", "--timeout", "5s",
                   "-s", self.lua, "http://127.0.0.1:%d" % self.h.port]
        pid = self.h.plugboard.pid
        cpu_before, wall_before = procs.cpu_seconds([pid]), time.monotonic()
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=seconds + 60)
        cpu, wall = procs.cpu_seconds([pid]) - cpu_before, time.monotonic() - wall_before
        with open(self.h.path("wrk", "soak-%s.txt" % label), "w") as f:
            f.write(" ".join(command) + "\n" + done.stdout + done.stderr)
        line = next((l for l in done.stdout.splitlines() if l.startswith("WRK_RESULT ")), None)
        if done.returncode != 0 or line is None:
            raise RuntimeError("wrk failed (%s):\n%s%s" % (label, done.stdout, done.stderr))
        raw = json.loads(line[len("WRK_RESULT "):])
        secs = raw["duration_us"] / 1e6
        errors = {k: raw[k] for k in ("connect_errors", "read_errors", "write_errors", "status_errors", "timeouts")}
        return {"requests": raw["requests"], "seconds": secs, "rps": raw["requests"] / secs if secs else 0.0,
                "errors": sum(errors.values()), "error_kinds": errors, "p50_ms": raw["p50_us"] / 1000,
                "p99_ms": raw["p99_us"] / 1000, "p999_ms": raw["p999_us"] / 1000, "max_ms": raw["max_us"] / 1000,
                "sent": raw["sent"], "delay_ms": delay_ms, "server_cores": cpu / wall}

    def sample(self):
        pid = self.h.plugboard.pid
        return {"rss_kib": procs.status_kib(pid, "VmRSS"), "live_heap_bytes": self.h.live_heap(pid)}

    def run(self):
        h = self.h
        self.ingest = None
        h.plugboard, _ = h.start_plugboard("plugboard-soak", h.data_dir, h.port)
        self.ingest = self.ingest_key()
        self.ids = self.connector_ids()
        h.log("soak: JIT warm-up %d s, then capacity of the mix over %d s" % (WARMUP_SECONDS, CAPACITY_SECONDS))
        self.wrk(WARMUP_SECONDS, 0, "warmup")
        capacity = self.wrk(CAPACITY_SECONDS, 0, "capacity")
        target = capacity["rps"] / 2
        # Each connection sends one request, waits for its answer, pauses: the pause for the target
        # rate is its share of a second less the time a request takes, measured by a short paced run.
        period_ms = 1000.0 * CONNECTIONS / target
        calibration = self.wrk(CALIBRATION_SECONDS, period_ms, "calibration")
        overhead = max(0.0, 1000.0 * CONNECTIONS / calibration["rps"] - period_ms) if calibration["rps"] else 0.0
        delay = max(0.0, period_ms - overhead)
        h.log("soak: capacity %.0f req/s; target %.0f req/s, a pause of %.2f ms per request and connection" % (
            capacity["rps"], target, delay))
        before = self.sample()
        minutes = []
        for minute in range(1, self.minutes + 1):
            m = self.wrk(60, delay, "minute-%02d" % minute)
            m.update(self.sample())
            m["minute"] = minute
            minutes.append(m)
            h.log("soak minute %2d: %6.0f req/s  errors %d  p50 %.2f ms  p99 %.2f ms  RSS %.0f MiB  live heap %.1f MiB" % (
                minute, m["rps"], m["errors"], m["p50_ms"], m["p99_ms"], m["rss_kib"] / 1024,
                m["live_heap_bytes"] / 1048576))
            # Keep the rate on target: the time a request takes moves with the load.
            if m["rps"]:
                overhead = max(0.0, 1000.0 * CONNECTIONS / m["rps"] - delay)
                delay = max(0.0, period_ms - overhead)
        h.plugboard.stop()
        result = {"minutes_planned": self.minutes, "connections": CONNECTIONS, "capacity": capacity,
                  "target_rps": target, "calibration": calibration, "before": before, "minutes": minutes,
                  "unexpected_statuses": unexpected_statuses(h.plugboard.log_path)}
        result["verdicts"] = verdicts(result)
        return result


def unexpected_statuses(log_path):
    """Answers other than 2xx in the server's access log, by route and status. A status of 0 is a
    connection closed before its answer (wrk closes its connections at the end of each run)."""
    found = subprocess.run(["grep", "-v", '"status":2', log_path], capture_output=True, text=True)
    counts = {}
    for line in found.stdout.splitlines():
        m = re.search(r'"route":"([^"]*)","status":(\d+)', line)
        if m and m.group(2) != "0":
            key = "%s %s" % (m.group(1), m.group(2))
            counts[key] = counts.get(key, 0) + 1
    return counts


def verdicts(result):
    minutes = result["minutes"]
    errors = sum(m["errors"] for m in minutes)
    third = max(1, len(minutes) // 3)
    first_p99 = _median([m["p99_ms"] for m in minutes[:third]])
    last_p99 = _median([m["p99_ms"] for m in minutes[-third:]])
    heaps = [result["before"]["live_heap_bytes"]] + [m["live_heap_bytes"] for m in minutes]
    growth = heaps[-1] - heaps[0]
    allowed = max(HEAP_GROWTH_FLOOR, HEAP_GROWTH_FRACTION * heaps[0])
    slope = _slope(heaps)
    return {
        "errors": errors,
        "zero_errors": errors == 0 and not result["unexpected_statuses"],
        "p99_first_ms": first_p99, "p99_last_ms": last_p99, "p99_minutes_compared": third, "p99_factor": P99_FACTOR,
        "p99_stable": last_p99 <= P99_FACTOR * first_p99,
        "heap_first_bytes": heaps[0], "heap_last_bytes": heaps[-1], "heap_growth_bytes": growth,
        "heap_growth_allowed_bytes": allowed, "heap_slope_bytes_per_minute": slope,
        "no_memory_growth": growth <= allowed and slope * (len(heaps) - 1) <= allowed,
    }


def _median(values):
    values = sorted(values)
    n = len(values)
    return (values[n // 2] + values[(n - 1) // 2]) / 2 if values else 0.0


def _slope(values):
    """Least-squares slope of values taken one minute apart, per minute."""
    n = len(values)
    if n < 2:
        return 0.0
    mean_x, mean_y = (n - 1) / 2, sum(values) / n
    num = sum((x - mean_x) * (y - mean_y) for x, y in enumerate(values))
    den = sum((x - mean_x) ** 2 for x in range(n))
    return num / den
