#!/usr/bin/env python3
"""The load-test harness of issue 7, started by bench/run (which installs the tools and builds
Plugboard first). Starts Plugboard and its three peers (nginx, WireMock, Prism) on 127.0.0.1,
measures every scenario with wrk, then startup, memory and the scale runs, profiles Plugboard with
JFR, stops everything it started and writes bench/REPORT.md. Standard library only."""

import argparse
import json
import os
import platform
import re
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import catalog_gen  # noqa: E402
import jfr_summary  # noqa: E402
import peers  # noqa: E402
import procs  # noqa: E402
import report  # noqa: E402
import soak  # noqa: E402

MODES = {
    # seconds of JIT warm-up per scenario before the first measurement, warm-up right before each
    # measurement, measurement; restarts timed; scale sizes; profile recordings
    "full": dict(jit_warmup=5, warmup=2, duration=10, rounds=3, startups=5, scale_sizes=[1_000, 10_000, 100_000],
                 scale_warmup=3, scale_duration=8, profile_duration=10, profile=True, retries=2, quiet_wait=15,
                 retry_budget=90),
    "quick": dict(jit_warmup=0, warmup=1, duration=2, rounds=1, startups=2, scale_sizes=[1_000, 10_000],
                  scale_warmup=1, scale_duration=2, profile_duration=0, profile=False, retries=0, quiet_wait=0,
                  retry_budget=0),
    # bench/run --soak: only the first start (for the keys), then soak.py
    "soak": dict(jit_warmup=0, warmup=0, duration=0, startups=0, scale_sizes=[], scale_warmup=0, scale_duration=0,
                 profile_duration=0, profile=False, retries=0, quiet_wait=15, retry_budget=0),
}

# Cores of CPU that other processes (not the server, wrk or the harness) may use during a
# measurement before it is taken again.
OTHER_LOAD_LIMIT = 0.25

VALID_TWO_FIELDS = b'{"user":"user-ok","password":"password-ok"}'
VALID_THREE_FIELDS = b'{"user":"user-ok","password":"password-ok","token":"123456"}'


@dataclass
class Scenario:
    key: str
    title: str
    path: str
    method: str = "GET"
    body: bytes = b""
    servers: tuple = ("plugboard",)
    note: str = ""


SCENARIOS = [
    Scenario("retrieve", "GET /connectors/201", "/connectors/201",
             servers=("nginx", "plugboard", "wiremock", "prism")),
    Scenario("retrieve_health", "GET /connectors/201?healthDetails=true", "/connectors/201?healthDetails=true"),
    Scenario("list", "GET /connectors (whole catalog)", "/connectors",
             servers=("nginx", "plugboard", "wiremock", "prism")),
    Scenario("search", "GET /connectors?name=banco&types=PERSONAL_BANK", "/connectors?name=banco&types=PERSONAL_BANK",
             servers=("nginx", "plugboard", "wiremock", "prism")),
    Scenario("validate", "POST /connectors/2/validate (2 valid fields)", "/connectors/2/validate", "POST",
             VALID_TWO_FIELDS, servers=("plugboard", "wiremock", "prism"),
             note="nginx serves no POST: its ratio is to nginx's static GET /connectors/201"),
    Scenario("validate3", "POST /connectors/4/validate (3 valid fields)", "/connectors/4/validate", "POST",
             VALID_THREE_FIELDS, note="issue 7's \"valid three-field body\""),
]

# The servers whose ratios are the targets: measured in every round (see load_tests).
RATIO_SERVERS = ("nginx", "plugboard")

SCALE_SCENARIOS = [
    Scenario("retrieve", "GET /connectors/201", "/connectors/201"),
    Scenario("search_page", "name search, first page", "/connectors?name=banco&types=PERSONAL_BANK&page=1&pageSize=20"),
    Scenario("search_rare", "rare-name search, unpaged", "/connectors?name=itau"),
]


@dataclass
class Measurement:
    server: str
    scenario: str
    requests: int
    seconds: float
    rps: float
    p50_ms: float
    p90_ms: float
    p99_ms: float
    max_ms: float
    response_bytes: int
    errors: int
    server_cores: float
    wrk_cores: float
    server_cpu_us_per_request: float
    other_cores: float
    raw: dict = field(default_factory=dict)


class Harness:
    def __init__(self, args):
        self.args = args
        self.mode = MODES[args.mode]
        self.root = args.root
        self.work = args.work
        self.java = os.path.join(args.java_home, "bin", "java")
        self.jcmd = os.path.join(args.java_home, "bin", "jcmd")
        self.jfr = os.path.join(args.java_home, "bin", "jfr")
        self.jar = os.path.join(self.root, "app", "target", "plugboard.jar")
        self.script = os.path.join(self.root, "plugboard")
        self.java_opts = os.environ.get("PLUGBOARD_JAVA_OPTS", "").split()
        self.lua = os.path.join(self.root, "bench", "harness", "wrk-report.lua")
        self.registry = procs.Registry(os.path.join(self.work, "pids"))
        self.results = {"mode": args.mode, "measurements": [], "startup": {}, "memory": {}, "scale": [],
                        "profiles": [], "config": dict(self.mode)}
        self.api_key = None
        self.bodies = {}
        # Seconds the whole run may spend re-measuring disturbed measurements (keeps it bounded).
        self.retry_budget = self.mode["retry_budget"]

    # ---------------------------------------------------------------- helpers

    def log(self, message):
        elapsed = time.monotonic() - self.args.t0
        print("[bench %5.0fs] %s" % (elapsed, message), flush=True)

    def path(self, *parts):
        """A file under the work directory, its folder created."""
        full = os.path.join(self.work, *parts)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        return full

    def folder(self, *parts):
        full = os.path.join(self.work, *parts)
        os.makedirs(full, exist_ok=True)
        return full

    def plugboard_command(self, data_dir, port):
        """./plugboard, as the README starts it: its memory defaults and start-up cache, with
        PLUGBOARD_JAVA_OPTS (inherited from the environment) on top."""
        return [self.script, "serve", "--data-dir", data_dir, "--port", str(port)]

    def launcher_options(self):
        """The JVM options ./plugboard gives the JVM (bin/jvm.sh), for `java … -jar` runs and the
        report; prepares the start-up cache when it is missing. Returns (options, seconds)."""
        started = time.monotonic()
        script = ('. "$1/bin/jdk.sh"; . "$1/bin/jvm.sh"; export JAVA_HOME="$2"; '
                  'plugboard_memory_options; plugboard_startup_cache "$1"')
        done = subprocess.run(["bash", "-c", script, "bash", self.root, self.args.java_home], capture_output=True,
                              text=True, timeout=300)
        if done.returncode != 0:
            raise RuntimeError("bin/jvm.sh failed:\n" + done.stderr)
        return done.stdout.split(), time.monotonic() - started

    def auth_headers(self):
        return {"X-API-KEY": self.api_key}

    def start_plugboard(self, name, data_dir, port, command=None, limit=120, cpu=None):
        """Starts Plugboard; returns (process, seconds from launch to the first answered request).
        With `cpu` (a list), appends the CPU seconds the process had used by then."""
        command = command or self.plugboard_command(data_dir, port)
        started = time.monotonic()
        # The per-client and per-address rate limits would refuse a load generator after its first
        # few hundred requests: a capacity run measures the server with them turned off.
        env = dict(os.environ,
                   PLUGBOARD_RATE_LIMIT_AUTH_PER_MINUTE="0",
                   PLUGBOARD_RATE_LIMIT_ADDRESS_PER_MINUTE="0",
                   PLUGBOARD_RATE_LIMIT_CREDENTIAL_PER_MINUTE="0")
        proc = self.registry.start(name, command, self.path("logs", name + ".log"), env=env)
        # Before the first API key exists, any answer (Pluggy's 403) proves the server is up.
        procs.wait_until_answers(proc, port, "GET", "/connectors/201", self.auth_headers() if self.api_key else {},
                                 any_status=not self.api_key, limit=limit)
        seconds = time.monotonic() - started
        if cpu is not None:
            cpu.append(procs.cpu_seconds(procs.process_tree(proc.pid)))
        return proc, seconds

    def wrk(self, server, port, scenario, seconds, label, pids_of):
        """Runs wrk -t2 -c50 for a fixed duration; measures the server's and wrk's CPU too."""
        env = dict(os.environ, WRK_API_KEY=self.api_key or "", WRK_METHOD=scenario.method, WRK_BODY_FILE="")
        if scenario.body:
            body_file = self.path("bodies", "request-" + scenario.key + ".json")
            with open(body_file, "wb") as f:
                f.write(scenario.body)
            env["WRK_BODY_FILE"] = body_file
        url = "http://127.0.0.1:%d%s" % (port, scenario.path)
        command = ["wrk", "-t2", "-c50", "-d%ds" % seconds, "--latency", "--timeout", "5s", "-s", self.lua, url]
        pids = pids_of()
        cpu_before = procs.cpu_seconds(pids)
        machine_before, own_before = procs.machine_cpu_seconds(), procs.own_cpu_seconds()
        children_before = resource.getrusage(resource.RUSAGE_CHILDREN)
        wall_before = time.monotonic()
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=seconds + 60)
        wall = time.monotonic() - wall_before
        children_after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = procs.cpu_seconds(pids) - cpu_before
        machine = procs.machine_cpu_seconds() - machine_before
        own = procs.own_cpu_seconds() - own_before
        with open(self.path("wrk", "%s-%s-%s.txt" % (label, server, scenario.key)), "w") as f:
            f.write(" ".join(command) + "\n" + done.stdout + done.stderr)
        line = next((l for l in done.stdout.splitlines() if l.startswith("WRK_RESULT ")), None)
        if done.returncode != 0 or line is None:
            raise RuntimeError("wrk failed on %s %s:\n%s%s" % (server, url, done.stdout, done.stderr))
        raw = json.loads(line[len("WRK_RESULT "):])
        wrk_cpu = (children_after.ru_utime - children_before.ru_utime) + (children_after.ru_stime - children_before.ru_stime)
        secs = raw["duration_us"] / 1e6
        requests = raw["requests"]
        errors = raw["connect_errors"] + raw["read_errors"] + raw["write_errors"] + raw["status_errors"] + raw["timeouts"]
        return Measurement(
            server=server, scenario=scenario.key, requests=requests, seconds=secs,
            rps=requests / secs if secs else 0.0,
            p50_ms=raw["p50_us"] / 1000, p90_ms=raw["p90_us"] / 1000, p99_ms=raw["p99_us"] / 1000,
            max_ms=raw["max_us"] / 1000, response_bytes=round(raw["bytes"] / requests) if requests else 0,
            errors=errors, server_cores=cpu / wall, wrk_cores=wrk_cpu / wall,
            server_cpu_us_per_request=cpu * 1e6 / requests if requests else 0.0,
            other_cores=max(0.0, machine - cpu - wrk_cpu - own) / wall, raw=raw)

    def measure(self, server, port, scenario, pids_of, label, warmup, duration):
        """Warm-up, then the measurement. On a machine that other work is using (a build, a test
        run), a measurement that shared more than OTHER_LOAD_LIMIT cores with it is taken again
        (full mode: up to twice, after waiting for the machine to quieten); the least disturbed
        one is kept, and the report shows how much other load each one saw."""
        best = None
        for attempt in range(1 + self.mode["retries"]):
            started = time.monotonic()
            if attempt:
                self.wait_for_quiet(min(self.mode["quiet_wait"], self.retry_budget))
            self.wrk(server, port, scenario, warmup, "warmup-" + label, pids_of)
            m = self.wrk(server, port, scenario, duration, label, pids_of)
            if attempt:
                self.retry_budget -= time.monotonic() - started
            if best is None or m.other_cores < best.other_cores:
                best = m
            if m.other_cores <= OTHER_LOAD_LIMIT:
                break
            again = attempt < self.mode["retries"] and self.retry_budget > warmup + duration
            self.log("  %s %s shared the machine with %.2f cores of other work%s" % (
                server, scenario.key, m.other_cores, "; measuring again" if again else ""))
            if not again:
                break
        return best

    def wait_for_quiet(self, limit):
        """Waits (at most `limit` seconds) until other processes use less than OTHER_LOAD_LIMIT
        cores over a one-second window; returns the load last seen."""
        if limit <= 0:
            return 0.0
        started = time.monotonic()
        while True:
            machine, own, wall = procs.machine_cpu_seconds(), procs.own_cpu_seconds(), time.monotonic()
            ours = self.our_cpu()
            time.sleep(1.0)
            other = (procs.machine_cpu_seconds() - machine) - (procs.own_cpu_seconds() - own) - (self.our_cpu() - ours)
            load = max(0.0, other) / (time.monotonic() - wall)
            if load <= OTHER_LOAD_LIMIT or time.monotonic() - started >= limit:
                if load > OTHER_LOAD_LIMIT:
                    self.log("other processes are using %.2f cores; going on anyway" % load)
                return load

    def our_cpu(self):
        """CPU seconds of every server the harness has running (idle servers still tick)."""
        return procs.cpu_seconds([pid for proc in self.registry.procs for pid in procs.process_tree(proc.pid)])

    # ---------------------------------------------------------------- phases

    def machine(self):
        info = {}
        info["nproc"] = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
        with open("/proc/cpuinfo") as f:
            models = [l.split(":", 1)[1].strip() for l in f if l.startswith("model name")]
        info["cpu"] = "%s (%d logical CPUs in /proc/cpuinfo)" % (models[0] if models else "unknown", len(models))
        with open("/proc/meminfo") as f:
            kib = int(next(l for l in f if l.startswith("MemTotal")).split()[1])
        info["memory"] = "%.1f GiB" % (kib / 1024 / 1024)
        info["kernel"] = platform.release()
        version = subprocess.run([self.java, "-version"], capture_output=True, text=True).stderr.strip().splitlines()
        info["jdk"] = " / ".join(version[:2]) + " (" + self.args.java_home + ")"
        options, seconds = self.launcher_options()
        self.launcher_opts = options
        self.results["startup"]["cache_preparation_seconds"] = seconds
        info["java_opts"] = "`./plugboard`'s: %s%s" % (
            " ".join("`%s`" % o for o in options if not o.startswith("-Xlog")) or "none",
            "; `PLUGBOARD_JAVA_OPTS`: `%s`" % " ".join(self.java_opts) if self.java_opts else "")
        wrk_v = subprocess.run(["wrk", "-v"], capture_output=True, text=True)
        info["wrk"] = (wrk_v.stdout + wrk_v.stderr).strip().splitlines()[0]
        info["nginx"] = peers.nginx_version()
        info["node"] = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
        info["python"] = platform.python_version()
        info["commit"] = self.commit()
        self.results["machine"] = info

    def commit(self):
        def git(*a):
            return subprocess.run(["git", "--no-optional-locks", "-C", self.root, *a], capture_output=True,
                                  text=True).stdout.strip()
        head = git("rev-parse", "--short", "HEAD") or "unknown"
        dirty = git("status", "--porcelain", "--untracked-files=no")
        return head + (" with local changes" if dirty else "")

    def first_start(self):
        """Creates the data directory, the default application and an API key."""
        self.data_dir = self.folder("data", "plugboard")
        self.port = procs.free_port()
        cpu = []
        proc, seconds = self.start_plugboard("plugboard-first-start", self.data_dir, self.port, cpu=cpu)
        self.results["startup"]["first_start"] = seconds
        self.results["startup"]["first_start_cpu"] = cpu[0]
        client_id = secret = None
        deadline = time.monotonic() + 30
        while (client_id is None or secret is None) and time.monotonic() < deadline:
            with open(proc.log_path, encoding="utf-8", errors="replace") as f:
                text = f.read()
            m1 = re.search(r"clientId:\s+(\S+)", text)
            m2 = re.search(r"clientSecret:\s+(\S+)", text)
            client_id, secret = (m1.group(1) if m1 else None), (m2.group(1) if m2 else None)
            time.sleep(0.05)
        if not client_id or not secret:
            raise RuntimeError("the first start printed no default application:\n" + proc.log_tail())
        self.client_id, self.client_secret = client_id, secret
        self.api_key = self.authenticate(client_id, secret)
        self.log("first start answered after %.2f s; API key obtained" % seconds)
        proc.stop()
        # The seeded, bundled-only database: every scale run starts from a copy of it.
        self.pristine = os.path.join(self.work, "data", "pristine")
        shutil.copytree(self.data_dir, self.pristine)

    def authenticate(self, client_id, secret):
        """An API key from POST /auth."""
        body = json.dumps({"clientId": client_id, "clientSecret": secret}).encode()
        status, _, answer = procs.request(self.port, "POST", "/auth", {"Content-Type": "application/json"}, body)
        if status != 200:
            raise RuntimeError("POST /auth answered %d: %r" % (status, answer))
        return json.loads(answer)["apiKey"]

    def startup_times(self):
        """Restarts on the first start's data directory, timed from launch to the first answer:
        ./plugboard as users start it; `java -jar` with the options ./plugboard gives the JVM
        (its start-up cache included), as another launcher would; and plain `java -jar` with the
        JVM's defaults, for reference. Records the CPU used by the first answer and the other load."""
        self.wait_for_quiet(self.mode["quiet_wait"])
        machine, own, wall = procs.machine_cpu_seconds(), procs.own_cpu_seconds(), time.monotonic()
        children = _children_cpu()
        serve = ["serve", "--data-dir", self.data_dir, "--port", str(self.port)]
        variants = [("restart_script", self.plugboard_command(self.data_dir, self.port)),
                    ("restart_java_jar_options", [self.java, *self.launcher_opts, *self.java_opts, "-jar", self.jar,
                                                  *serve]),
                    ("restart_java_jar", [self.java, *self.java_opts, "-jar", self.jar, *serve])]
        for key, command in variants:
            times, cpu = [], []
            for n in range(self.mode["startups"]):
                proc, seconds = self.start_plugboard("plugboard-%s-%d" % (key, n), self.data_dir, self.port, command,
                                                     cpu=cpu)
                proc.stop()
                times.append(seconds)
            self.results["startup"][key] = times
            self.results["startup"][key + "_cpu"] = cpu
            self.log("%s: median %.3f s of %s (CPU %s)" % (key, statistics.median(times), _fmt_list(times),
                                                          _fmt_list(cpu)))
        # Every Plugboard started here has been reaped by now: its CPU, exit included, is in
        # RUSAGE_CHILDREN.
        ours = _children_cpu() - children
        other = (procs.machine_cpu_seconds() - machine) - (procs.own_cpu_seconds() - own) - ours
        self.results["startup"]["other_cores"] = max(0.0, other) / (time.monotonic() - wall)

    def start_servers(self):
        self.plugboard, seconds = self.start_plugboard("plugboard", self.data_dir, self.port)
        self.log("Plugboard serving on port %d" % self.port)
        bodies_dir = self.folder("bodies")
        for scenario in SCENARIOS:
            status, headers, body = procs.request(self.port, scenario.method, scenario.path,
                                                  dict(self.auth_headers(), **({"Content-Type": "application/json"}
                                                                               if scenario.body else {})),
                                                  scenario.body or None)
            if status != 200:
                raise RuntimeError("Plugboard answered %s with %d: %r" % (scenario.path, status, body[:300]))
            self.bodies[scenario.key] = body
            with open(os.path.join(bodies_dir, scenario.key + ".json"), "wb") as f:
                f.write(body)
        search_total = json.loads(self.bodies["search"])["total"]
        list_total = json.loads(self.bodies["list"])["total"]
        self.results["catalog"] = {"list_total": list_total, "search_total": search_total,
                                   "sizes": {k: len(v) for k, v in self.bodies.items()}}

        self.peers = peers.Peers(self, SCENARIOS)
        self.peers.start_all()
        self.results["peers"] = self.peers.describe()

    def server_port_pids(self, server):
        if server == "plugboard":
            return self.port, lambda: [self.plugboard.pid]
        return self.peers.port_of(server), self.peers.pids_of(server)

    def load_tests(self):
        self.wait_for_quiet(self.mode["quiet_wait"])
        if self.mode["jit_warmup"]:
            self.log("JIT warm-up: %d s per scenario on each JVM/Node server" % self.mode["jit_warmup"])
        for server in ("plugboard", "wiremock", "prism") if self.mode["jit_warmup"] else ():
            for scenario in SCENARIOS:
                if server in scenario.servers:
                    port, pids = self.server_port_pids(server)
                    self.wrk(server, port, scenario, self.mode["jit_warmup"], "jit-warmup", pids)
        # nginx and Plugboard, whose ratios are the targets, are measured in several rounds over all
        # the scenarios: a moment when the shared machine is faster or slower then shows in one round
        # of both, and the median round of each is what the report uses (every round is listed).
        rounds = {}
        for rnd in range(self.mode.get("rounds", 1)):
            for scenario in SCENARIOS:
                for server in scenario.servers:
                    if rnd > 0 and server not in RATIO_SERVERS:
                        continue
                    port, pids = self.server_port_pids(server)
                    m = self.measure(server, port, scenario, pids, "measure", self.mode["warmup"],
                                     self.mode["duration"])
                    rounds.setdefault((server, scenario.key), []).append(m)
                    self.log("%-16s %-9s %9.0f req/s  p50 %7.2f ms  p99 %8.2f ms  other load %.2f cores%s%s" % (
                        scenario.key, server, m.rps, m.p50_ms, m.p99_ms, m.other_cores,
                        "  ERRORS %d" % m.errors if m.errors else "",
                        "  (round %d)" % (rnd + 1) if self.mode.get("rounds", 1) > 1 else ""))
        for scenario in SCENARIOS:
            for server in scenario.servers:
                taken = rounds[(server, scenario.key)]
                median = sorted(taken, key=lambda m: m.rps)[len(taken) // 2]
                entry = dict(median.__dict__)
                entry["rounds_rps"] = [m.rps for m in taken]
                entry["rounds_p99_ms"] = [m.p99_ms for m in taken]
                self.results["measurements"].append(entry)

    def memory(self):
        memory = {"plugboard": {"rss_kib": procs.status_kib(self.plugboard.pid, "VmRSS"),
                                "hwm_kib": procs.status_kib(self.plugboard.pid, "VmHWM"),
                                "live_heap_bytes": self.live_heap(self.plugboard.pid),
                                "heap_info": self.heap_info(self.plugboard.pid)}}
        for name in self.peers.names():
            pids = self.peers.pids_of(name)()
            memory[name] = {"rss_kib": sum(procs.status_kib(p, "VmRSS") for p in pids),
                            "hwm_kib": sum(procs.status_kib(p, "VmHWM") for p in pids),
                            "processes": len(pids)}
        memory["wiremock"]["live_heap_bytes"] = self.live_heap(self.peers.pids_of("wiremock")()[0])
        self.results["memory"] = memory
        self.log("Plugboard RSS after the benchmark: %.1f MiB (peak %.1f MiB), live heap %.1f MiB" % (
            memory["plugboard"]["rss_kib"] / 1024, memory["plugboard"]["hwm_kib"] / 1024,
            memory["plugboard"]["live_heap_bytes"] / 1048576))

    def live_heap(self, pid, top=0):
        """Bytes of live objects: GC.class_histogram runs a full GC first and totals what is left.
        With `top`, also the classes holding the most bytes: (total, [[class, instances, bytes]])."""
        out = subprocess.run([self.jcmd, str(pid), "GC.class_histogram"], capture_output=True, text=True,
                             timeout=300).stdout
        m = re.search(r"^Total\s+(\d+)\s+(\d+)", out, re.M)
        total = int(m.group(2)) if m else 0
        if not top:
            return total
        classes = [[c, int(n), int(b)] for n, b, c in re.findall(r"^\s*\d+:\s+(\d+)\s+(\d+)\s+(\S+)", out, re.M)]
        return total, classes[:top]

    def heap_info(self, pid):
        out = subprocess.run([self.jcmd, str(pid), "GC.heap_info"], capture_output=True, text=True,
                             timeout=60).stdout
        return " ".join(l.strip() for l in out.splitlines()[1:3])

    def profiles(self):
        if not self.mode["profile"]:
            return
        for key in ("retrieve", "list", "validate"):
            scenario = next(s for s in SCENARIOS if s.key == key)
            self.profile(self.plugboard.pid, self.port, scenario, scenario.title, key)

    def profile(self, pid, port, scenario, title, name):
        """One more wrk run of a scenario under a JFR recording, summarised into the results. CPU
        samples by CPU time (jdk.CPUTimeSample, JDK 25+ on Linux) when the JVM has them."""
        jfr_file = self.path("jfr", name + ".jfr")
        recording = "bench-" + name
        start = [self.jcmd, str(pid), "JFR.start", "name=" + recording, "settings=profile", "filename=" + jfr_file]
        started = subprocess.run(start + ["jdk.CPUTimeSample#enabled=true", "jdk.CPUTimeSample#throttle=2ms"],
                                 capture_output=True, text=True, timeout=60)
        if started.returncode != 0 or "Started recording" not in started.stdout:
            subprocess.run(start, capture_output=True, text=True, check=True, timeout=60)
        m = self.wrk("plugboard", port, scenario, self.mode["profile_duration"], "profile", lambda: [pid])
        subprocess.run([self.jcmd, str(pid), "JFR.stop", "name=" + recording],
                       capture_output=True, text=True, check=True, timeout=120)
        summary = jfr_summary.summarise(self.jfr, jfr_file, m.requests)
        summary.update({"scenario": scenario.key, "title": title, "rps": m.rps, "p99_ms": m.p99_ms,
                        "server_cpu_us_per_request": m.server_cpu_us_per_request, "server_cores": m.server_cores,
                        "wrk_cores": m.wrk_cores, "other_cores": m.other_cores, "jfr_file": jfr_file})
        self.results["profiles"].append(summary)
        self.log("profiled %s: %d samples (%s), %.0f req/s under JFR" % (name, summary["samples"],
                                                                         summary["sampler"], m.rps))

    def scale(self):
        sizes = [("bundled", None)] + [(str(n), n) for n in self.mode["scale_sizes"]]
        for label, size in sizes:
            try:
                self.results["scale"].append(self.scale_size(label, size))
            except (RuntimeError, OSError, ValueError) as e:
                # One size that fails (too slow to start, say) is reported; the others still run.
                self.log("scale %s failed: %s" % (label, e))
                self.results["scale"].append({"label": label, "connectors": size, "error": str(e)[:500]})

    def scale_size(self, label, size):
        bundled = os.path.join(self.root, "app", "src", "main", "resources", "catalog", "bundled-catalog.json")
        data_dir = os.path.join(self.work, "data", "scale-" + label)
        shutil.copytree(self.pristine, data_dir)
        generated = 0.0
        if size:
            started = time.monotonic()
            catalog_gen.load(size, os.path.join(data_dir, "plugboard.db"), bundled,
                             self.path("catalogs", "catalog-%d.json" % size), seed=7)
            generated = time.monotonic() - started
        self.wait_for_quiet(self.mode["quiet_wait"])
        port = procs.free_port()
        proc, start_seconds = self.start_plugboard("plugboard-scale-" + label, data_dir, port, limit=600)
        try:
            row = self.scale_run(label, size, proc, port, start_seconds)
            row["generate_and_load_seconds"] = generated
            return row
        finally:
            proc.stop()
            shutil.rmtree(data_dir, ignore_errors=True)

    def scale_run(self, label, size, proc, port, start_seconds):
        status, _, body = procs.request(port, "GET", "/connectors?sandbox=true&page=1&pageSize=1", self.auth_headers())
        total = json.loads(body)["total"] if status == 200 else -1
        if size and total != size:
            raise RuntimeError("the scale catalog of %d holds %d connectors" % (size, total))
        row = {"label": label, "connectors": total, "start_seconds": start_seconds, "results": {}}
        pids = lambda: [proc.pid]  # noqa: E731
        for scenario in SCALE_SCENARIOS:
            status, _, body = procs.request(port, "GET", scenario.path, self.auth_headers())
            if status != 200:
                raise RuntimeError("scale %s: %s answered %d" % (label, scenario.path, status))
            matches = json.loads(body).get("total")
            # Each size is a fresh JVM: without the JIT warm-up the main scenarios get, its
            # compilations (on the two cores wrk shares) would land in the measured seconds.
            if self.mode["jit_warmup"]:
                self.wrk("plugboard", port, scenario, self.mode["jit_warmup"], "jit-warmup-scale-" + label, pids)
            m = self.measure("plugboard", port, scenario, pids, "scale-" + label, self.mode["scale_warmup"],
                             self.mode["scale_duration"])
            entry = dict(m.__dict__)
            entry["matches"] = matches
            row["results"][scenario.key] = entry
        row["rss_kib"] = procs.status_kib(proc.pid, "VmRSS")
        row["live_heap_bytes"], row["heap_classes"] = self.live_heap(proc.pid, top=8)
        if self.mode["profile"] and size == max(self.mode["scale_sizes"]):
            scenario = next(s for s in SCALE_SCENARIOS if s.key == "search_page")
            self.profile(proc.pid, port, scenario, "name search (first page) at %s connectors" % "{:,}".format(total),
                         "scale-search-%d" % total)
        self.log("scale %-7s %6d connectors: start %.2f s, retrieve %.0f req/s, search p99 %.2f ms, "
                 "live heap %.1f MiB" % (label, total, start_seconds, row["results"]["retrieve"]["rps"],
                                         row["results"]["search_page"]["p99_ms"], row["live_heap_bytes"] / 1048576))
        return row

    def run(self):
        self.machine()
        self.log("mode %s on %s, %s CPUs" % (self.args.mode, self.results["machine"]["cpu"],
                                               self.results["machine"]["nproc"]))
        self.first_start()
        if self.args.mode == "soak":
            self.wait_for_quiet(self.mode["quiet_wait"])
            self.results["soak"] = soak.Soak(self, self.args.soak_minutes).run()
            self.results["elapsed_seconds"] = time.monotonic() - self.args.t0 + self.args.before_seconds
            with open(self.path("results-soak.json"), "w") as f:
                json.dump(self.results, f, indent=2, default=str)
            report.write_soak(self.results, self.args.out)
            self.log("wrote the Soak section of %s (raw results in %s)" % (self.args.out, self.path("results-soak.json")))
            return
        self.startup_times()
        self.start_servers()
        self.load_tests()
        self.memory()
        self.profiles()
        self.peers.stop_all()
        self.plugboard.stop()
        self.scale()
        self.results["elapsed_seconds"] = time.monotonic() - self.args.t0 + self.args.before_seconds
        with open(self.path("results.json"), "w") as f:
            json.dump(self.results, f, indent=2, default=str)
        report.write(self.results, SCENARIOS, SCALE_SCENARIOS, self.args.out)
        self.log("wrote %s (raw results in %s)" % (self.args.out, self.path("results.json")))


def _children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _fmt_list(values):
    return "[" + ", ".join("%.3f" % v for v in values) + "]"


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mode", choices=sorted(MODES), default="full")
    parser.add_argument("--root", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--tools", required=True)
    parser.add_argument("--java-home", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--soak-minutes", type=int, default=10, help="minutes of soak (--mode soak)")
    parser.add_argument("--before-seconds", type=float, default=0.0,
                        help="seconds bench/run spent before this script (installs, build)")
    args = parser.parse_args()
    args.t0 = time.monotonic()

    def terminate(signum, _frame):
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, terminate)
    signal.signal(signal.SIGHUP, terminate)
    os.makedirs(args.work, exist_ok=True)
    harness = Harness(args)
    try:
        harness.run()
    finally:
        harness.registry.stop_all()


if __name__ == "__main__":
    main()
