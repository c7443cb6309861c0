"""Processes the harness starts: each in its own session (so its whole group can be stopped), its
pid written to a file that bench/run's exit trap reads, and stopped again before the run ends."""

import http.client
import os
import signal
import socket
import subprocess
import time


class Registry:
    def __init__(self, pid_file):
        self.pid_file = pid_file
        self.procs = []
        self._write()

    def start(self, name, args, log_path, env=None, cwd=None):
        proc = Proc(self, name, args, log_path, env, cwd)
        self.procs.append(proc)
        self._write()
        return proc

    def forget(self, proc):
        if proc in self.procs:
            self.procs.remove(proc)
            self._write()

    def stop_all(self):
        for proc in list(reversed(self.procs)):
            proc.stop()

    def _write(self):
        with open(self.pid_file, "w") as f:
            for proc in self.procs:
                f.write("%d\n" % proc.pid)


class Proc:
    def __init__(self, registry, name, args, log_path, env, cwd):
        self.registry = registry
        self.name = name
        self.log_path = log_path
        self._log = open(log_path, "ab")
        self.popen = subprocess.Popen(
            args, stdin=subprocess.DEVNULL, stdout=self._log, stderr=subprocess.STDOUT,
            env=env, cwd=cwd, start_new_session=True)
        self.pid = self.popen.pid

    def alive(self):
        return self.popen.poll() is None

    def stop(self, timeout=20):
        """SIGTERM to the process group, SIGKILL if it has not ended after `timeout` seconds."""
        try:
            if self.alive():
                _signal_group(self.pid, signal.SIGTERM)
                try:
                    self.popen.wait(timeout)
                except subprocess.TimeoutExpired:
                    _signal_group(self.pid, signal.SIGKILL)
                    self.popen.wait(10)
            # Whatever the leader left behind in its group (nginx workers, say) goes too.
            _signal_group(self.pid, signal.SIGKILL)
        finally:
            self._log.close()
            self.registry.forget(self)

    def log_tail(self, lines=30):
        try:
            with open(self.log_path, "rb") as f:
                return b"\n".join(f.read().splitlines()[-lines:]).decode("utf-8", "replace")
        except OSError:
            return ""


def _signal_group(pgid, sig):
    try:
        os.killpg(pgid, sig)
    except (ProcessLookupError, PermissionError):
        pass


def process_tree(pid):
    """The pid and every descendant of it (nginx's workers are children of its master)."""
    children = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % entry) as f:
                stat = f.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(")") + 2:].split()[1])
        children.setdefault(ppid, []).append(int(entry))
    tree, todo = [], [pid]
    while todo:
        current = todo.pop()
        tree.append(current)
        todo.extend(children.get(current, []))
    return tree


CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pids):
    """User plus system CPU time of these processes (all their threads, and the children they
    have waited for, such as the `find` of ./plugboard), in seconds."""
    total = 0
    for pid in pids:
        try:
            with open("/proc/%d/stat" % pid) as f:
                stat = f.read()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        total += int(fields[11]) + int(fields[12]) + int(fields[13]) + int(fields[14])
    return total / CLOCK_TICKS


def status_kib(pid, key):
    """A value of /proc/<pid>/status in KiB (VmRSS, VmHWM), or 0 when the process is gone."""
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith(key + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def request(port, method, path, headers=None, body=None, timeout=10):
    """One HTTP request on loopback: (status, headers, body bytes)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        conn.close()


def wait_until_answers(proc, port, method, path, headers=None, body=None, any_status=False, limit=120.0,
                       poll=0.005):
    """Polls every `poll` seconds until the server answers `path` with a 2xx (with any status when
    `any_status`), raising if the process dies or takes longer than `limit` seconds."""
    started = time.monotonic()
    while True:
        try:
            status, _, _ = request(port, method, path, headers, body, timeout=2)
            if any_status or 200 <= status < 300:
                return
        except OSError:
            pass
        if not proc.alive():
            raise RuntimeError("%s exited during start-up:\n%s" % (proc.name, proc.log_tail()))
        if time.monotonic() - started > limit:
            raise RuntimeError("%s did not answer %s within %.0f s:\n%s" % (proc.name, path, limit, proc.log_tail()))
        time.sleep(poll)


def machine_cpu_seconds():
    """CPU time every process of the machine spent in user and system mode (all CPUs), from
    /proc/stat. Interrupt time is left out: loopback traffic's softirqs are not charged to any
    process, so they would show up as someone else's load."""
    with open("/proc/stat") as f:
        fields = [int(v) for v in f.readline().split()[1:]]
    user, nice, system = fields[0], fields[1], fields[2]
    return (user + nice + system) / CLOCK_TICKS


def own_cpu_seconds():
    """CPU time of this Python process itself (the harness), which is not someone else's load."""
    usage = os.times()
    return usage.user + usage.system
