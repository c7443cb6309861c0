"""The three peers Plugboard is measured against, all on 127.0.0.1:

- nginx serving Plugboard's own response bytes as static files (the machine's ceiling);
- WireMock 3.13.2 standalone with static stubs of the same bytes;
- Prism 5.14.2 mocking Pluggy's OpenAPI document (contract/pluggy-openapi.json): it answers with
  the document's own examples, so its bodies differ from Plugboard's.
"""

import glob
import json
import os
import subprocess
import time

import procs

WIREMOCK_VERSION = "3.13.2"
PRISM_VERSION = "5.14.2"


def nginx_binary():
    for candidate in ("/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/local/nginx/sbin/nginx"):
        if os.access(candidate, os.X_OK):
            return candidate
    return "nginx"


def nginx_version():
    done = subprocess.run([nginx_binary(), "-v"], capture_output=True, text=True)
    return (done.stderr + done.stdout).strip().replace("nginx version: ", "")


class Peers:
    def __init__(self, harness, scenarios):
        self.h = harness
        self.scenarios = scenarios
        self.procs = {}
        self.ports = {}
        self.bodies_seen = {}

    def names(self):
        return list(self.procs)

    def port_of(self, name):
        return self.ports[name]

    def pids_of(self, name):
        pid = self.procs[name].pid
        return lambda: procs.process_tree(pid)

    def start_all(self):
        # All three start at once: Prism and WireMock take seconds each to be ready.
        self.start_nginx()
        self.start_wiremock()
        self.start_prism()
        self.check("nginx", exact=True, limit=30)
        self.check("wiremock", exact=True, limit=120)
        self.check("prism", exact=False, limit=180)

    def check(self, name, exact, limit):
        """Waits for the peer, then checks it answers every scenario it serves with a 200 (and,
        for nginx and WireMock, with exactly Plugboard's bytes)."""
        proc, port = self.procs[name], self.ports[name]
        started = time.monotonic()
        procs.wait_until_answers(proc, port, "GET", "/connectors/201", self.h.auth_headers(), limit=limit, poll=0.05)
        self.h.log("%s ready on port %d after %.1f s" % (name, port, time.monotonic() - started))
        for scenario in self.served_by(name):
            headers = dict(self.h.auth_headers())
            if scenario.body:
                headers["Content-Type"] = "application/json"
            status, _, body = procs.request(port, scenario.method, scenario.path, headers, scenario.body or None)
            if status != 200:
                raise RuntimeError("%s answered %s %s with %d: %r" % (name, scenario.method, scenario.path,
                                                                     status, body[:300]))
            if exact and body != self.h.bodies[scenario.key]:
                raise RuntimeError("%s does not serve Plugboard's bytes for %s" % (name, scenario.path))
            self.bodies_seen.setdefault(name, {})[scenario.key] = len(body)

    def served_by(self, name):
        return [s for s in self.scenarios if name in s.servers]

    def describe(self):
        return {"wiremock": WIREMOCK_VERSION, "prism": PRISM_VERSION, "nginx": nginx_version(),
                "response_bytes": self.bodies_seen}

    def stop_all(self):
        for proc in self.procs.values():
            proc.stop()

    # ------------------------------------------------------------------ nginx

    def start_nginx(self):
        base = self.h.folder("nginx")
        www = self.h.folder("nginx", "www")
        for key, name in (("retrieve", "connector-201.json"), ("list", "list.json"), ("search", "search.json")):
            with open(os.path.join(www, name), "wb") as f:
                f.write(self.h.bodies[key])
        port = procs.free_port()
        # As root, workers would switch to 'nobody', who may not reach the work directory.
        user = "user root;" if os.geteuid() == 0 else ""
        temp = "\n".join("  %s_temp_path %s;" % (k, self.h.folder("nginx", "tmp", k))
                         for k in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
        conf = f"""# Written by bench/harness/peers.py: static files, tuned as a ceiling should be.
{user}
worker_processes auto;
pid {base}/nginx.pid;
error_log {base}/error.log warn;
events {{ worker_connections 4096; }}
http {{
  access_log off;
  sendfile on;
  tcp_nopush on;
  tcp_nodelay on;
  keepalive_timeout 65;
  keepalive_requests 10000000;
  open_file_cache max=64 inactive=60s;
  open_file_cache_valid 60s;
  types {{ }}
  default_type application/json;
{temp}
  map $args $list_file {{
    default {www}/list.json;
    "name=banco&types=PERSONAL_BANK" {www}/search.json;
  }}
  server {{
    listen 127.0.0.1:{port} reuseport;
    location = /connectors/201 {{ alias {www}/connector-201.json; }}
    location = /connectors {{ alias $list_file; }}
  }}
}}
"""
        conf_file = os.path.join(base, "nginx.conf")
        with open(conf_file, "w") as f:
            f.write(conf)
        command = [nginx_binary(), "-p", base, "-c", conf_file, "-e", os.path.join(base, "error.log"),
                   "-g", "daemon off;"]
        self.procs["nginx"] = self.h.registry.start("nginx", command, self.h.path("logs", "nginx.log"))
        self.ports["nginx"] = port

    # --------------------------------------------------------------- WireMock

    def start_wiremock(self):
        root = self.h.folder("wiremock")
        files = self.h.folder("wiremock", "__files")
        mappings = self.h.folder("wiremock", "mappings")
        for scenario in self.served_by("wiremock"):
            body_file = scenario.key + ".json"
            with open(os.path.join(files, body_file), "wb") as f:
                f.write(self.h.bodies[scenario.key])
            stub = {"request": {"method": scenario.method, "url": scenario.path},
                    "response": {"status": 200, "bodyFileName": body_file,
                                 "headers": {"Content-Type": "application/json"}}}
            with open(os.path.join(mappings, scenario.key + ".json"), "w") as f:
                json.dump(stub, f, indent=2)
        jars = glob.glob(os.path.join(self.h.args.tools, "wiremock", "wiremock-standalone-%s.jar" % WIREMOCK_VERSION))
        if not jars:
            raise RuntimeError("the WireMock jar is missing from %s: bench/run installs it" % self.h.args.tools)
        port = procs.free_port()
        # The request journal is off, as WireMock advises for load: it would keep every request.
        command = [self.h.java, "-jar", jars[0], "--port", str(port), "--bind-address", "127.0.0.1",
                   "--root-dir", root, "--no-request-journal", "--disable-banner"]
        self.procs["wiremock"] = self.h.registry.start("wiremock", command, self.h.path("logs", "wiremock.log"))
        self.ports["wiremock"] = port

    # ------------------------------------------------------------------ Prism

    def start_prism(self):
        prism = os.path.join(self.h.args.tools, "prism", "node_modules", ".bin", "prism")
        if not os.path.exists(prism):
            raise RuntimeError("Prism is missing from %s: bench/run installs it" % self.h.args.tools)
        spec = os.path.join(self.h.root, "contract", "pluggy-openapi.json")
        port = procs.free_port()
        command = [prism, "mock", "-h", "127.0.0.1", "-p", str(port), spec]
        self.procs["prism"] = self.h.registry.start("prism", command, self.h.path("logs", "prism.log"))
        self.ports["prism"] = port
