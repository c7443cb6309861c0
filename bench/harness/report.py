"""Writes bench/REPORT.md from the harness's results."""

import datetime
import statistics

MIB = 1024 * 1024
SERVERS = ("plugboard", "nginx", "wiremock", "prism")
NAMES = {"plugboard": "Plugboard", "nginx": "nginx", "wiremock": "WireMock", "prism": "Prism"}


def _n(value):
    return "{:,.0f}".format(value)


def _ms(value):
    return "%.2f ms" % value if value < 100 else "%.0f ms" % value


def _x(value):
    return "%.2f×" % value if value is not None else "–"


def _ok(met):
    return "met" if met else "**missed**"


class _Index:
    def __init__(self, measurements):
        self.by = {(m["server"], m["scenario"]): m for m in measurements}

    def get(self, server, scenario):
        return self.by.get((server, scenario))

    def rps(self, server, scenario):
        m = self.get(server, scenario)
        return m["rps"] if m else None

    def ratio(self, scenario, peer, peer_scenario=None):
        mine, theirs = self.rps("plugboard", scenario), self.rps(peer, peer_scenario or scenario)
        return mine / theirs if mine and theirs else None


def write(results, scenarios, scale_scenarios, out):
    idx = _Index(results["measurements"])
    lines = []
    add = lines.append
    machine = results["machine"]
    mode = results["mode"]
    elapsed = results.get("elapsed_seconds", 0)

    add("# Plugboard load-test report")
    add("")
    add("Written by `bench/run%s` on %s, a run of %d min %02d s (installs and build included), "
        "at commit %s. Issue 7 sets the targets; `bench/README.md` says how the harness works." % (
            " --quick" if mode == "quick" else "", datetime.datetime.now(datetime.timezone.utc).strftime(
                "%Y-%m-%d %H:%M UTC"), elapsed // 60, elapsed % 60, machine["commit"]))
    add("")
    add("wrk and the server under test **share the machine's %s cores**: wrk's own CPU is part of every "
        "figure, so the absolute numbers are this machine's, and the ratios, all measured in this one run "
        "with the same client, connections and duration, are what the targets are about." % machine["nproc"])
    add("")

    _contention(add, results)
    _machine(add, results)
    _targets(add, results, idx)
    _throughput(add, results, idx, scenarios)
    _rounds(add, results, scenarios)
    _startup(add, results)
    _memory(add, results)
    _scale(add, results, scale_scenarios)
    _profiles(add, results)

    # The soak (bench/run --soak) is a run of its own: a full run keeps the section it finds.
    kept = _section(_read(out), SOAK_HEADING)
    if kept:
        add(kept)
        add("")
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines).rstrip() + "\n")


SOAK_HEADING = "## Soak"
READING_HEADING = "## Reading this run"


def _read(path):
    try:
        with open(path, encoding="utf-8") as f:
            return f.read()
    except FileNotFoundError:
        return ""


def _section_bounds(lines, heading):
    """(start, end) of the section under `heading` (to the next `## ` heading), or None."""
    if heading not in lines:
        return None
    start = lines.index(heading)
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    return start, end


def _section(text, heading):
    lines = text.splitlines()
    bounds = _section_bounds(lines, heading)
    return "\n".join(lines[bounds[0]:bounds[1]]).rstrip() if bounds else None


def write_soak(results, out):
    """Writes the Soak section into `out`: in place of the one there, else before the hand-written
    reading of the run, else at the end; a missing file gets a title and the section."""
    section = _soak_section(results)
    lines = _read(out).splitlines()
    if not lines:
        lines = ["# Plugboard load-test report", ""]
    bounds = _section_bounds(lines, SOAK_HEADING)
    if bounds is None:
        at = lines.index(READING_HEADING) if READING_HEADING in lines else len(lines)
        bounds = (at, at)
        if at == len(lines) and lines and lines[-1] != "":
            lines.append("")
            bounds = (at + 1, at + 1)
    new = lines[:bounds[0]] + section + [""] + lines[bounds[1]:]
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(new).rstrip() + "\n")


def _soak_section(results):
    soak = results["soak"]
    v = soak["verdicts"]
    machine = results["machine"]
    minutes = soak["minutes"]
    elapsed = results.get("elapsed_seconds", 0)
    lines = []
    add = lines.append
    add(SOAK_HEADING)
    add("")
    add("Written by `bench/run --soak%s` on %s (%d min %02d s, build included), at commit %s, on %s CPUs "
        "(%s), JDK %s; Plugboard's JVM options: %s. Issue 8: the mixed workload at about half of its measured "
        "capacity; zero errors, a stable p99, no memory growth." % (
            "" if soak["minutes_planned"] == 10 else " --soak-minutes %d" % soak["minutes_planned"],
            datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), elapsed // 60,
            elapsed % 60, machine["commit"], machine["nproc"], machine["cpu"], machine["jdk"].split(" / ")[0],
            machine["java_opts"]))
    add("")
    cap = soak["capacity"]
    mix = cap["sent"]
    total = sum(mix.values()) or 1
    add("**The mix** (`bench/harness/wrk-mix.lua`, each request drawn at random; shares as sent in the capacity "
        "run): %s. Every one expects a 2xx. `wrk -t2 -c%d`; the application key's `POST /auth` and an ingest "
        "operator's `POST /executions` (one outcome each, 95%% `SUCCESS`) go to the database; the rest is served "
        "from memory." % ("; ".join("%s %.1f%%" % (_MIX_NAMES.get(k, k), 100.0 * n / total) for k, n in mix.items()),
                          soak["connections"]))
    add("")
    add("**Capacity**: %s req/s unpaced over %.0f s (after %s), p50 %s, p99 %s. **Target**: %s req/s, half "
        "of it, paced by wrk's `delay()` (a random pause per request and connection, its mean adjusted each "
        "minute to hold the rate). Each minute is one `wrk -d60s` run, back to back; after each, `VmRSS` and the "
        "live heap (`jcmd GC.class_histogram`, which runs a full GC first). Rate limits are off "
        "(`PLUGBOARD_RATE_LIMIT_*_PER_MINUTE=0`), as in the full run." % (
            _n(cap["rps"]), cap["seconds"], "a 10 s JIT warm-up", _ms(cap["p50_ms"]), _ms(cap["p99_ms"]),
            _n(soak["target_rps"])))
    add("")
    add("| minute | requests | req/s | errors | p50 | p99 | p99.9 | max | server cores | RSS | live heap |")
    add("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    b = soak["before"]
    add("| before | | | | | | | | | %.1f MiB | %.1f MiB |" % (b["rss_kib"] / 1024, b["live_heap_bytes"] / MIB))
    for m in minutes:
        add("| %d | %s | %s | %d | %s | %s | %s | %s | %.2f | %.1f MiB | %.1f MiB |" % (
            m["minute"], _n(m["requests"]), _n(m["rps"]), m["errors"], _ms(m["p50_ms"]), _ms(m["p99_ms"]),
            _ms(m["p999_ms"]), _ms(m["max_ms"]), m["server_cores"], m["rss_kib"] / 1024, m["live_heap_bytes"] / MIB))
    requests = sum(m["requests"] for m in minutes)
    seconds = sum(m["seconds"] for m in minutes)
    add("| **total** | %s | %s | %d | | max %s | | max %s | | | |" % (
        _n(requests), _n(requests / seconds if seconds else 0), v["errors"],
        _ms(max((m["p99_ms"] for m in minutes), default=0)), _ms(max((m["max_ms"] for m in minutes), default=0))))
    add("")
    unexpected = soak.get("unexpected_statuses") or {}
    kinds = {}
    for m in minutes:
        for k, n in m["error_kinds"].items():
            kinds[k] = kinds.get(k, 0) + n
    add("| verdict | measured | |")
    add("| --- | --- | --- |")
    add("| zero errors (wrk's socket errors, timeouts and non-2xx answers; any non-2xx in the server's access log) "
        "| %s%s | %s |" % (
            ", ".join("%s %d" % (k.replace("_", " "), n) for k, n in kinds.items()),
            "; access log: " + ", ".join("%s ×%d" % (k, n) for k, n in sorted(unexpected.items())) if unexpected else
            "; none in the access log", _ok(v["zero_errors"])))
    add("| p99 stable: the median p99 of the last %d minute(s) within %.0f× that of the first %d | %s → %s (%.2f×) | %s |" % (
        v["p99_minutes_compared"], v["p99_factor"], v["p99_minutes_compared"], _ms(v["p99_first_ms"]),
        _ms(v["p99_last_ms"]), v["p99_last_ms"] / v["p99_first_ms"] if v["p99_first_ms"] else 0.0,
        _ok(v["p99_stable"])))
    add("| no memory growth: live heap after the last minute within max(2 MiB, 10%%) of the one before the first, "
        "and so its least-squares trend over the run | %.1f → %.1f MiB (%+.2f MiB; trend %+.3f MiB a minute); RSS "
        "%.0f → %.0f MiB | %s |" % (
            v["heap_first_bytes"] / MIB, v["heap_last_bytes"] / MIB, v["heap_growth_bytes"] / MIB,
            v["heap_slope_bytes_per_minute"] / MIB, b["rss_kib"] / 1024,
            (minutes[-1]["rss_kib"] if minutes else b["rss_kib"]) / 1024, _ok(v["no_memory_growth"])))
    if soak["minutes_planned"] < 10:
        add("")
        add("*A short soak (%d minute%s) for development: issue 8 asks for 10 minutes (`bench/run --soak`).*" % (
            soak["minutes_planned"], "" if soak["minutes_planned"] == 1 else "s"))
    return lines

_MIX_NAMES = {
    "retrieve": "`GET /connectors/{id}` (12 ids)", "list": "`GET /connectors`",
    "search": "`GET /connectors?name=banco&types=PERSONAL_BANK`",
    "health_details": "`GET /connectors/201?healthDetails=true`",
    "validate_valid": "`POST /connectors/2/validate` valid", "validate_invalid": "… invalid (two errors)",
    "auth": "`POST /auth`", "executions": "`POST /executions`",
}


def _contention(add, results):
    loads = [m["other_cores"] for m in results["measurements"]]
    for row in results.get("scale", []):
        loads += [r["other_cores"] for r in row.get("results", {}).values()]
    if not loads:
        return
    disturbed = [x for x in loads if x > 0.25]
    startup = results["startup"].get("other_cores", 0.0)
    if disturbed or startup > 0.25:
        add("> **Other work shared the machine during this run**: %d of %d measurements saw more than 0.25 cores "
            "of other processes (at most %.2f cores; see *other load* below), and the restarts %.2f cores on "
            "average. Those figures understate what the machine can do; run again on a quiet machine "
            "(`uptime`, `top`) before drawing conclusions from them." % (len(disturbed), len(loads), max(loads), startup))
    else:
        add("Other processes used at most %.2f cores during any measurement (median %.2f): the machine was "
            "quiet." % (max(loads), statistics.median(loads)))
    add("")


def _machine(add, results):
    m = results["machine"]
    peers = results.get("peers", {})
    add("## Machine and method")
    add("")
    add("| | |")
    add("| --- | --- |")
    add("| CPUs (`nproc`) | %s |" % m["nproc"])
    add("| CPU model (`/proc/cpuinfo`) | %s |" % m["cpu"])
    add("| memory | %s |" % m["memory"])
    add("| kernel | %s |" % m["kernel"])
    add("| JDK | %s |" % m["jdk"])
    add("| Plugboard JVM options | %s |" % m["java_opts"])
    add("| load generator | %s: `wrk -t2 -c50 --latency`, fixed duration |" % m["wrk"])
    add("| peers | nginx %s (static files), WireMock %s standalone (static stubs, `--no-request-journal`), "
        "Prism %s on Node.js %s |" % (peers.get("nginx", "?"), peers.get("wiremock", "?"), peers.get("prism", "?"),
                                      m["node"]))
    cfg = results.get("config", {})
    if cfg:
        add("| durations | %s per measurement %d s of warm-up, then %d s measured%s; scale runs (a new JVM "
            "per size) %s%d s + %d s |" % (
                ("%d s of JIT warm-up per scenario on each JVM or Node server, then" % cfg["jit_warmup"])
                if cfg["jit_warmup"] else "no separate JIT warm-up (quick run);",
                cfg["warmup"], cfg["duration"],
                ("; nginx and Plugboard in %d rounds over every scenario, the median round reported (each "
                 "round under *Rounds*)" % cfg.get("rounds", 1)) if cfg.get("rounds", 1) > 1 else "",
                ("the same JIT warm-up per scenario, then " if cfg["jit_warmup"] else ""),
                cfg["scale_warmup"], cfg["scale_duration"]))
    add("")
    add("Every request carries the same `X-API-KEY` header (a valid key for Plugboard and Prism; ignored by "
        "nginx and WireMock). nginx and WireMock serve **the exact bytes Plugboard answered** for the same "
        "request, checked before measuring; Prism answers with the examples of Pluggy's OpenAPI document, "
        "so its bodies differ (sizes in the detail table). p50 and p99 are wrk's latency percentiles.")
    add("")


def _targets(add, results, idx):
    add("## Targets of issue 7")
    add("")
    add("Throughput ratios are the targets' own; the CPU each server spent per request (in brackets) is the "
        "figure that other load on the machine disturbs least.")
    add("")
    add("| target | measured | |")
    add("| --- | --- | --- |")
    r = idx.ratio("retrieve", "nginx")
    retrieve = idx.get("plugboard", "retrieve")
    if r is not None:
        add("| `GET /connectors/{id}` ≥ 0.8× nginx | %s (%s vs %s req/s; %s) | %s |" % (
            _x(r), _n(retrieve["rps"]), _n(idx.rps("nginx", "retrieve")), _cpu(idx, "retrieve", "retrieve"),
            _ok(r >= 0.8)))
        add("| `GET /connectors/{id}` p99 ≤ 5 ms | %s | %s |" % (_ms(retrieve["p99_ms"]), _ok(retrieve["p99_ms"] <= 5)))
    for key, label in (("list", "`GET /connectors` (whole catalog)"),
                       ("search", "`GET /connectors?name=banco&types=PERSONAL_BANK`")):
        r = idx.ratio(key, "nginx")
        if r is not None:
            add("| %s ≥ 0.5× nginx, same bytes | %s (%s vs %s req/s; %s) | %s |" % (
                label, _x(r), _n(idx.rps("plugboard", key)), _n(idx.rps("nginx", key)), _cpu(idx, key, key),
                _ok(r >= 0.5)))
    for key, label in (("validate", "`POST /connectors/2/validate`"), ("validate3", "`POST /connectors/4/validate` (3 fields)")):
        r = idx.ratio(key, "nginx", "retrieve")
        if r is not None:
            add("| %s ≥ 0.4× nginx static | %s (%s req/s; %s) | %s |" % (
                label, _x(r), _n(idx.rps("plugboard", key)), _cpu(idx, key, "retrieve"), _ok(r >= 0.4)))
    plain, detailed = idx.rps("plugboard", "retrieve"), idx.rps("plugboard", "retrieve_health")
    if plain and detailed:
        cost = plain / detailed - 1
        add("| `healthDetails=true` costs ≤ 10%% over the plain read | %+.1f%% (%s vs %s req/s) | %s |" % (
            100 * cost, _n(detailed), _n(plain), _ok(cost <= 0.10)))
    startup = results["startup"]
    if "first_start" in startup:
        add("| launch to first answer < 1 s, `./plugboard serve`, first start on an empty data directory | %.2f s "
            "(%.2f s of CPU) | %s |" % (startup["first_start"], startup.get("first_start_cpu", 0.0),
                                         _ok(startup["first_start"] < 1)))
    for key, label in (("restart_script", "`./plugboard serve`"),
                       ("restart_java_jar_options", "`java` with `./plugboard`'s options `-jar …plugboard.jar serve`")):
        if startup.get(key):
            median = statistics.median(startup[key])
            add("| launch to first answer < 1 s, %s, restart | median %.2f s (%.2f s of CPU) | %s |" % (
                label, median, statistics.median(startup.get(key + "_cpu") or [0.0]), _ok(median < 1)))
    rss = results["memory"].get("plugboard", {}).get("rss_kib")
    if rss:
        add("| RSS after the benchmark < 256 MiB (bundled catalog) | %.0f MiB | %s |" % (rss / 1024, _ok(rss / 1024 < 256)))
    scale = [row for row in results.get("scale", []) if "error" not in row]
    largest = scale[-1] if len(scale) > 1 else None
    for row in results.get("scale", []):
        if "error" in row:
            add("| scale run of %s connectors | failed: %s | **missed** |" % (row["connectors"], row["error"].splitlines()[0]))
    if largest:
        for key, label in (("search_page", "name search (first page of 20)"), ("search_rare", "rare-name search (unpaged)")):
            p99 = largest["results"][key]["p99_ms"]
            add("| %s p99 ≤ 5 ms at %s connectors | %s | %s |" % (label, _n(largest["connectors"]), _ms(p99), _ok(p99 <= 5)))
        base = scale[0]["results"]["retrieve"]["rps"]
        worst = min(row["results"]["retrieve"]["rps"] / base for row in scale[1:])
        add("| single retrieve within 10%% of the small catalog's throughput at every size | worst %s of it | %s |" % (
            _x(worst), _ok(worst >= 0.9)))
        per = [_per_connector(row, scale[0]) for row in scale[1:]]
        if per[0] and per[-1]:
            growth = per[-1] / per[0]
            add("| heap grows no worse than linearly (bytes per connector growing at most 1.25× from the "
                "smallest to the largest generated catalog) | %s → %s bytes per connector (%s to %s connectors) | %s |" % (
                _n(per[0]), _n(per[-1]), _n(scale[1]["connectors"]), _n(largest["connectors"]), _ok(growth <= 1.25)))
    add("")


def _cpu(idx, key, nginx_key):
    mine, theirs = idx.get("plugboard", key), idx.get("nginx", nginx_key)
    if not mine or not theirs:
        return ""
    return "%.1f vs %.1f µs of CPU per request" % (mine["server_cpu_us_per_request"], theirs["server_cpu_us_per_request"])


def _per_connector(row, base):
    extra = row["connectors"] - base["connectors"]
    if extra <= 0 or not row.get("live_heap_bytes") or not base.get("live_heap_bytes"):
        return None
    return (row["live_heap_bytes"] - base["live_heap_bytes"]) / extra


def _throughput(add, results, idx, scenarios):
    add("## Throughput and latency")
    add("")
    add("Plugboard per scenario, and its throughput as a multiple of each peer's on the same scenario "
        "(validate: of nginx's static `GET /connectors/201`, since nginx serves no POST).")
    add("")
    add("| scenario | req/s | p50 | p99 | ÷ nginx | ÷ WireMock | ÷ Prism |")
    add("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for s in scenarios:
        m = idx.get("plugboard", s.key)
        if not m:
            continue
        nginx_key = "retrieve" if s.key in ("validate", "validate3") else s.key
        add("| %s | %s | %s | %s | %s | %s | %s |" % (
            s.title, _n(m["rps"]), _ms(m["p50_ms"]), _ms(m["p99_ms"]), _x(idx.ratio(s.key, "nginx", nginx_key)),
            _x(idx.ratio(s.key, "wiremock")), _x(idx.ratio(s.key, "prism"))))
    add("")
    add("Every measurement. *Server CPU/req* is the server's user+system CPU time (all its processes and "
        "threads, from `/proc`) divided by the requests served: the cost of a request independent of how "
        "the two cores were shared; *cores* is the CPU each side used during the measurement; *other load* "
        "is what every other process of the machine used meanwhile (`/proc/stat` minus server, wrk and "
        "harness).")
    add("")
    add("| scenario | server | req/s | p50 | p90 | p99 | max | body bytes | server CPU/req | server cores | wrk cores | other load | errors |")
    add("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for s in scenarios:
        for server in SERVERS:
            m = idx.get(server, s.key)
            if not m:
                continue
            body = results.get("peers", {}).get("response_bytes", {}).get(server, {}).get(s.key)
            if body is None:
                body = results.get("catalog", {}).get("sizes", {}).get(s.key, 0)
            add("| %s | %s | %s | %s | %s | %s | %s | %s | %.1f µs | %.2f | %.2f | %.2f | %d |" % (
                s.key, NAMES[server], _n(m["rps"]), _ms(m["p50_ms"]), _ms(m["p90_ms"]), _ms(m["p99_ms"]),
                _ms(m["max_ms"]), _n(body), m["server_cpu_us_per_request"], m["server_cores"], m["wrk_cores"],
                m["other_cores"], m["errors"]))
    catalog = results.get("catalog", {})
    add("")
    add("The whole catalog is %s connectors (%s bytes); the filtered search matches %s of them (%s bytes)." % (
        catalog.get("list_total", "?"), _n(catalog.get("sizes", {}).get("list", 0)), catalog.get("search_total", "?"),
        _n(catalog.get("sizes", {}).get("search", 0))))
    add("")


def _rounds(add, results, scenarios):
    rows = [m for m in results["measurements"] if len(m.get("rounds_rps", [])) > 1]
    if not rows:
        return
    add("## Rounds")
    add("")
    add("nginx and Plugboard were measured %d times over every scenario, one round after the other; the tables "
        "above show each server's median round. The spread is what the shared machine did between rounds, "
        "for both servers alike." % len(rows[0]["rounds_rps"]))
    add("")
    add("| scenario | server | req/s in each round | p99 in each round | median round ÷ nginx's |")
    add("| --- | --- | --- | --- | ---: |")
    titles = {s.key: s.title for s in scenarios}
    medians = {(m["server"], m["scenario"]): m["rps"] for m in rows}
    for m in rows:
        peer = medians.get(("nginx", m["scenario"])) or (
            medians.get(("nginx", "retrieve")) if m["scenario"].startswith("validate") else None)
        ratio = "%.2f×" % (m["rps"] / peer) if m["server"] == "plugboard" and peer else ""
        add("| %s | %s | %s | %s | %s |" % (
            titles.get(m["scenario"], m["scenario"]), "Plugboard" if m["server"] == "plugboard" else m["server"],
            ", ".join(_n(r) for r in m["rounds_rps"]), ", ".join(_ms(p) for p in m["rounds_p99_ms"]), ratio))
    add("")


def _startup(add, results):
    s = results["startup"]
    add("## Startup")
    add("")
    add("From launching the process to the first `200` of an authenticated `GET /connectors/201` (polled every "
        "5 ms), restarts on the data directory of the first start. *CPU* is the user and system time the process "
        "(every thread, and the launcher script's own children) had used by that answer: what other load on the "
        "machine disturbs least. `./plugboard` gives the JVM its memory defaults and the start-up cache of "
        "`bin/jvm.sh` (an AOT cache on JDK 25+, a class-data archive before), which a training run makes once "
        "per build and JDK%s." % (
            " (%.1f s in this run, before the first start)" % s["cache_preparation_seconds"]
            if s.get("cache_preparation_seconds", 0) > 1 else ""))
    add("")
    add("| how | runs | median | min | max | CPU (median) |")
    add("| --- | ---: | ---: | ---: | ---: | ---: |")
    if "first_start" in s:
        add("| first start on an empty data directory (creates the database, seeds the catalog), `./plugboard serve` "
            "| 1 | %.2f s | | | %.2f s |" % (s["first_start"], s.get("first_start_cpu", 0.0)))
    for key, label in (("restart_script", "restart, `./plugboard serve`, as the README starts it"),
                       ("restart_java_jar_options", "restart, `java <./plugboard's options> -jar "
                                                    "app/target/plugboard.jar serve`"),
                       ("restart_java_jar", "restart, plain `java -jar app/target/plugboard.jar serve` (no cache, "
                                            "the JVM's default collector and heap), for reference")):
        runs = s.get(key)
        if runs:
            cpu = s.get(key + "_cpu") or [0.0]
            add("| %s | %d | %.2f s | %.2f s | %.2f s | %.2f s |" % (
                label, len(runs), statistics.median(runs), min(runs), max(runs), statistics.median(cpu)))
    add("")
    add("Other processes used %.2f cores on average while these restarts ran." % s.get("other_cores", 0.0))
    add("")


def _memory(add, results):
    mem = results["memory"]
    add("## Memory after the benchmark")
    add("")
    add("Read once every scenario above had run: `VmRSS` and `VmHWM` (peak) from `/proc/<pid>/status`, summed "
        "over a server's processes; the Java live heap is the total of `jcmd <pid> GC.class_histogram`, "
        "which runs a full GC first. Plugboard runs as `./plugboard` starts it, with its memory defaults "
        "(see *Machine and method*).")
    add("")
    add("| server | RSS | peak RSS | live heap |")
    add("| --- | ---: | ---: | ---: |")
    for server in SERVERS:
        m = mem.get(server)
        if not m:
            continue
        heap = "%.1f MiB" % (m["live_heap_bytes"] / MIB) if m.get("live_heap_bytes") else ""
        add("| %s | %.1f MiB | %.1f MiB | %s |" % (NAMES[server], m["rss_kib"] / 1024, m["hwm_kib"] / 1024, heap))
    if mem.get("plugboard", {}).get("heap_info"):
        add("")
        add("Plugboard's `jcmd GC.heap_info` then: `%s`" % mem["plugboard"]["heap_info"])
    add("")


def _scale(add, results, scale_scenarios):
    scale = results.get("scale", [])
    if not scale or "error" in scale[0]:
        return
    base = scale[0]
    add("## Scale")
    add("")
    add("Generated catalogs (`bench/harness/catalog_gen.py`: realistic Brazilian institution names, the "
        "bundled connectors' credentials and products, written as rows into the SQLite database of a "
        "seeded data directory, since there is no import command yet). The first row is the bundled "
        "catalog, measured the same way in the same phase. *search (page)* is "
        "`GET /connectors?name=banco&types=PERSONAL_BANK&page=1&pageSize=20`, which still scans and counts "
        "every match; *rare search* is `GET /connectors?name=itau`, unpaged (3 matches at every size). "
        "Bytes per connector: live heap minus the bundled catalog's, divided by the extra connectors.")
    add("")
    add("| connectors | start | retrieve req/s | vs bundled | search (page) req/s | p50 | p99 | matches | "
        "rare search req/s | p50 | p99 | live heap | bytes/connector | RSS |")
    add("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for row in scale:
        if "error" in row:
            add("| %s | failed: %s | | | | | | | | | | | | |" % (_n(row["connectors"]), row["error"].splitlines()[0]))
            continue
        r, p, q = row["results"]["retrieve"], row["results"]["search_page"], row["results"]["search_rare"]
        per = _per_connector(row, base)
        add("| %s | %.2f s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %.1f MiB | %s | %.0f MiB |" % (
            _n(row["connectors"]), row["start_seconds"], _n(r["rps"]), _x(r["rps"] / base["results"]["retrieve"]["rps"]),
            _n(p["rps"]), _ms(p["p50_ms"]), _ms(p["p99_ms"]), _n(p.get("matches") or 0), _n(q["rps"]),
            _ms(q["p50_ms"]), _ms(q["p99_ms"]), row["live_heap_bytes"] / MIB, _n(per) if per else "–",
            row["rss_kib"] / 1024))
    add("")
    largest = next((row for row in reversed(scale) if row.get("heap_classes")), None)
    if largest and len(scale) > 1:
        add("What the live heap holds at %s connectors (`GC.class_histogram`, largest classes): %s." % (
            _n(largest["connectors"]), "; ".join("`%s` %.1f MiB (%s instances)" % (c, b / MIB, _n(n))
                                                 for c, n, b in largest["heap_classes"])))
        add("")


def _profiles(add, results):
    profiles = results.get("profiles", [])
    if not profiles:
        return
    add("## Profile: where the time goes")
    add("")
    add("JFR (`jcmd <pid> JFR.start settings=profile`, plus `jdk.CPUTimeSample` every 2 ms of CPU time where "
        "the JDK has it) on the running Plugboard during one more wrk run per scenario; summarised by "
        "`bench/harness/jfr_summary.py` from `jfr print`. CPU-time samples count time in system calls (socket "
        "reads and writes) under the Java method that made them; GC threads and wrk are not in them, which is "
        "why the CPU split comes first. Vert.x runs each route handler from inside the previous one's "
        "`next()`, so a handler's *inclusive* share holds every handler after it (`RequestIds.assign` holds "
        "the whole route). Allocation per request is the event-loop threads' allocated bytes "
        "(`jdk.ThreadAllocationStatistics`) over the requests served. Recordings stay in `bench/target/run/jfr/`.")
    add("")
    for p in profiles:
        add("### %s" % p["title"])
        add("")
        add("%s req/s under JFR, p99 %s. Server %.2f cores, wrk %.2f cores, other processes %.2f cores; "
            "%.1f µs of server CPU per request. %d samples (`%s`). %s bytes allocated per request; %d GCs, "
            "%.0f ms of pauses, %.0f ms of GC CPU; %d exceptions thrown%s." % (
                _n(p["rps"]), _ms(p["p99_ms"]), p["server_cores"], p["wrk_cores"], p.get("other_cores", 0.0),
                p["server_cpu_us_per_request"], p["samples"], p.get("sampler", "jdk.ExecutionSample"),
                _n(p["allocated_bytes_per_request"]), p["gc_count"], p["gc_pause_ms"], p["gc_cpu_ms"],
                p["exceptions_total"],
                (" (" + ", ".join("%s ×%d" % (c, n) for c, n in p["exceptions"]) + ")") if p["exceptions"] else ""))
        add("")
        add("| self time by library | % | | inclusive (on the stack) | % |")
        add("| --- | ---: | --- | --- | ---: |")
        for i in range(max(len(p["self_libraries"]), len(p["inclusive_libraries"]))):
            a = p["self_libraries"][i] if i < len(p["self_libraries"]) else ["", 0, ""]
            b = p["inclusive_libraries"][i] if i < len(p["inclusive_libraries"]) else ["", 0, ""]
            add("| %s | %s | | %s | %s |" % (a[0], a[2], b[0], b[2]))
        add("")
        add("| hottest methods (self) | % | | Plugboard methods (inclusive) | % |")
        add("| --- | ---: | --- | --- | ---: |")
        for i in range(max(len(p["self_methods"]), len(p["inclusive_plugboard"]))):
            a = p["self_methods"][i] if i < len(p["self_methods"]) else ["", 0, ""]
            b = p["inclusive_plugboard"][i] if i < len(p["inclusive_plugboard"]) else ["", 0, ""]
            add("| `%s` | %s | | %s | %s |" % (a[0], a[2], ("`%s`" % b[0]) if b[0] else "", b[2]))
        add("")
        if p["allocation_sites"]:
            add("Top allocation sites (first frame outside the JDK, share of sampled bytes): " + "; ".join(
                "`%s` %s%%" % (site, share) for site, _, share in p["allocation_sites"][:6]) + ".")
            add("")


if __name__ == "__main__":
    # Writes a report again from a run's results, e.g. after changing this file:
    #   python3 bench/harness/report.py bench/target/run/results.json bench/REPORT.md
    import json
    import sys

    import bench

    with open(sys.argv[1], encoding="utf-8") as f:
        write(json.load(f), bench.SCENARIOS, bench.SCALE_SCENARIOS, sys.argv[2])
