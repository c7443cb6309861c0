#!/usr/bin/env python3
"""Summarises a JFR recording of Plugboard under load: where the CPU samples are (hottest methods,
by library, Plugboard's own methods inclusive of what they call), what allocates, GC and thrown
exceptions. Reads the text form of `jfr print`, which stays small at a deep stack depth.

CPU samples come from jdk.CPUTimeSample when the recording has them (JDK 25+ on Linux: sampled by
CPU time, so time in system calls counts, under the Java method that made them), otherwise from
jdk.ExecutionSample (only threads running Java code at the sampling instant).

    jfr_summary.py $JAVA_HOME/bin/jfr recording.jfr [requests]
"""

import collections
import json
import re
import subprocess
import sys

LIBRARIES = [
    ("dev.plugboard.", "Plugboard"),
    ("com.nimbusds.", "Nimbus JOSE+JWT"),
    ("io.vertx.ext.web.", "Vert.x Web (router)"),
    ("io.vertx.", "Vert.x core (HTTP)"),
    ("io.netty.", "Netty"),
    ("com.fasterxml.jackson.", "Jackson"),
    ("com.google.re2j.", "RE2J"),
    ("ch.qos.logback.", "Logback"),
    ("org.slf4j.", "SLF4J"),
    ("java.", "JDK"),
    ("javax.", "JDK"),
    ("jdk.", "JDK"),
    ("sun.", "JDK"),
    ("com.sun.", "JDK"),
]
UNITS = {"bytes": 1, "byte": 1, "kB": 1e3, "MB": 1e6, "GB": 1e9}
DURATIONS = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3, "m": 6e4, "h": 3.6e6}


def library(frame):
    for prefix, name in LIBRARIES:
        if frame.startswith(prefix):
            return name
    return ".".join(frame.split(".")[:2])


def method_of(frame):
    """'a.b.C.m(int) line: 3' -> 'a.b.C.m'"""
    return frame.split("(", 1)[0].strip()


def events(text):
    """Yields (type, fields, frames) for every event of `jfr print`'s text output."""
    kind, fields, frames, in_stack = None, {}, [], False
    for line in text.splitlines():
        if kind is None:
            m = re.match(r"^(\S+) \{$", line)
            if m:
                kind, fields, frames, in_stack = m.group(1), {}, [], False
            continue
        stripped = line.strip()
        if in_stack:
            if stripped == "]":
                in_stack = False
            elif stripped and stripped != "...":
                frames.append(stripped)
            continue
        if line == "}":
            yield kind, fields, frames
            kind = None
        elif stripped.startswith("stackTrace = ["):
            in_stack = True
        elif " = " in stripped:
            key, value = stripped.split(" = ", 1)
            fields[key] = value


def quantity(text, table):
    m = re.match(r"^([\d.]+)\s*(\S+)$", text.strip())
    if not m:
        return 0.0
    return float(m.group(1)) * table.get(m.group(2), 0.0)


def _tooling(thread):
    """Threads of the tools, not of Plugboard: JFR's own, the attach listener jcmd talks to."""
    return "Attach Listener" in thread or '"JFR' in thread


def summarise(jfr_tool, recording, requests=0, top=12):
    names = ("jdk.CPUTimeSample,jdk.ExecutionSample,jdk.ObjectAllocationSample,jdk.ThreadAllocationStatistics,"
             "jdk.GarbageCollection,jdk.GCCPUTime,jdk.JavaExceptionThrow")
    text = subprocess.run([jfr_tool, "print", "--stack-depth", "96", "--events", names, recording],
                          capture_output=True, text=True, check=True).stdout

    cpu_time_samples = [(f, fr) for k, f, fr in events(text) if k == "jdk.CPUTimeSample" and fr
                        and not _tooling(f.get("eventThread", ""))]
    sampler = "jdk.CPUTimeSample" if cpu_time_samples else "jdk.ExecutionSample"
    samples = 0
    self_methods = collections.Counter()
    self_libraries = collections.Counter()
    inclusive_libraries = collections.Counter()
    inclusive_plugboard = collections.Counter()
    allocation_sites = collections.Counter()
    allocated = 0.0
    gc_count, gc_pause_ms, gc_cpu_ms = 0, 0.0, 0.0
    exceptions = collections.Counter()
    first_allocation_seen = set()
    thread_allocated = collections.defaultdict(list)

    for kind, fields, frames in events(text):
        if kind == sampler and frames and not _tooling(fields.get("eventThread", fields.get("sampledThread", ""))):
            samples += 1
            self_methods[method_of(frames[0])] += 1
            self_libraries[library(frames[0])] += 1
            for lib in {library(f) for f in frames}:
                inclusive_libraries[lib] += 1
            for method in {method_of(f) for f in frames if f.startswith("dev.plugboard.")}:
                inclusive_plugboard[method] += 1
        elif kind == "jdk.ObjectAllocationSample":
            weight = quantity(fields.get("weight", "0 bytes"), UNITS)
            thread = fields.get("eventThread", "")
            if "vert.x-eventloop" not in thread:
                continue  # JFR's own threads, the attach listener, compiler threads
            if thread not in first_allocation_seen:
                # A thread's first sample weighs everything it allocated before the recording.
                first_allocation_seen.add(thread)
                continue
            allocated += weight
            site = next((f for f in frames if not library(f) == "JDK"), frames[0] if frames else "?")
            allocation_sites[method_of(site)] += weight
        elif kind == "jdk.ThreadAllocationStatistics" and "vert.x-eventloop" in fields.get("thread", ""):
            thread_allocated[fields["thread"]].append(quantity(fields.get("allocated", "0 bytes"), UNITS))
        elif kind == "jdk.GarbageCollection":
            gc_count += 1
            gc_pause_ms += quantity(fields.get("sumOfPauses", "0 ms"), DURATIONS)
        elif kind == "jdk.GCCPUTime":
            gc_cpu_ms += quantity(fields.get("userTime", "0 ms"), DURATIONS)
            gc_cpu_ms += quantity(fields.get("systemTime", "0 ms"), DURATIONS)
        elif kind == "jdk.JavaExceptionThrow" and not _tooling(fields.get("eventThread", "")):
            exceptions[fields.get("thrownClass", "?").split(" ")[0]] += 1

    def share(counter, n):
        return [[name, count, round(100.0 * count / samples, 1) if samples else 0.0]
                for name, count in counter.most_common(n)]

    # Allocated during the recording: each event-loop thread's running total, last minus first.
    allocated_total = sum(max(v) - min(v) for v in thread_allocated.values())
    return {
        "sampler": sampler,
        "samples": samples,
        "self_methods": share(self_methods, top),
        "self_libraries": share(self_libraries, top),
        "inclusive_libraries": share(inclusive_libraries, top),
        "inclusive_plugboard": share(inclusive_plugboard, top),
        "allocated_bytes": allocated_total,
        "allocated_bytes_per_request": allocated_total / requests if requests else 0.0,
        "allocation_sites": [[site, weight, round(100.0 * weight / allocated, 1) if allocated else 0.0]
                             for site, weight in allocation_sites.most_common(8)],
        "gc_count": gc_count,
        "gc_pause_ms": gc_pause_ms,
        "gc_cpu_ms": gc_cpu_ms,
        "exceptions": exceptions.most_common(5),
        "exceptions_total": sum(exceptions.values()),
    }


if __name__ == "__main__":
    print(json.dumps(summarise(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 0), indent=2))
