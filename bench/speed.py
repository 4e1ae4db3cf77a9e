#!/usr/bin/env python3
"""Issue 7's speed figures, for bench/run.sh (standard library only).

Deletes the same 800 IDs from a fresh `dlqctl sandbox` with 50 ms latency per contender and run:
dlqctl per ID at 16 in flight beside a minimal keep-alive HTTP/1.1 client (bench/h1client.cpp)
at 16 connections, and dlqctl per ID through nginx over TLS + HTTP/2
(tests/support/nginx-h2.conf.in, a test CA made with openssl and passed as --ca-file) at 16 and
64; then 8 000 IDs per ID and in bulk (100 IDs per request), both at 16, for the bulk speed-up
(at 800 IDs the two bounds differ by exactly 50x, so no overhead at all would be left for 50x).
Every repetition runs every contender once, in turn, so a burst of load on the shared machine
hits all of them alike. Wall time is compared with the bound N x latency / in flight; own time
is the engine's (dlqctl's `dlq.run` log lines, ms resolution) or the minimal client's timer; CPU
is user+sys of the contender's process (getrusage of the child); nginx's access log says which
protocol each request arrived in. Prints every figure issue 7 asks for and writes its section
of docs/BENCHMARKS.md between the markers below.
"""

import argparse
import datetime
import json
import math
import os
import re
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from driver import (TOKEN, Sandbox, bench_environment, dlqctl_failures, machine,  # noqa: E402
                    own_time)

BEGIN = "<!-- speed:begin (bench/speed.py writes this section) -->"
END = "<!-- speed:end -->"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def openssl(work, *args):
    subprocess.run(["openssl", *args], cwd=work, check=True, capture_output=True)


def make_certificates(work):
    """A test CA and a certificate for localhost signed by it (as tests/security/tst_http2)."""
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    with open(os.path.join(work, "leaf.ext"), "w") as f:
        f.write("basicConstraints=CA:FALSE\nsubjectAltName=DNS:localhost,IP:127.0.0.1\n")
    openssl(work, "req", "-x509", *ec, "-keyout", "ca.key", "-out", "ca.crt", "-days", "2",
            "-subj", "/CN=DLQ bench CA")
    openssl(work, "req", *ec, "-keyout", "server.key", "-out", "server.csr",
            "-subj", "/CN=localhost")
    openssl(work, "x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key",
            "-CAcreateserial", "-days", "2", "-extfile", "leaf.ext", "-out", "server.crt")
    return os.path.join(work, "ca.crt")


class Nginx:
    """nginx in front of one sandbox, with its own pid, logs and temp files in `work`."""

    def __init__(self, nginx, work, upstream):
        self.work = work
        self.port = free_port()
        with open(os.path.join(ROOT, "tests/support/nginx-h2.conf.in")) as f:
            config = f.read()
        config = (config.replace("@DIR@", work).replace("@PORT@", str(self.port))
                  .replace("@UPSTREAM@", upstream)
                  .replace("@USER@", "user root;" if os.geteuid() == 0 else ""))
        for name in ("access.log", "error.log"):
            if os.path.exists(os.path.join(work, name)):
                os.remove(os.path.join(work, name))
        conf = os.path.join(work, "nginx.conf")
        with open(conf, "w") as f:
            f.write(config)
        self.proc = subprocess.Popen([nginx, "-p", work, "-c", conf, "-e",
                                      os.path.join(work, "error.log")],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("nginx exited: %s" % self._read("error.log"))
            if "start worker process" in self._read("error.log"):
                return
            time.sleep(0.05)  # polling a log file for readiness, not synchronising a result
        raise RuntimeError("nginx did not start: %s" % self._read("error.log"))

    def _read(self, name):
        try:
            with open(os.path.join(self.work, name)) as f:
                return f.read()
        except OSError:
            return ""

    def protocols(self):
        counts = {}
        for line in self._read("access.log").splitlines():
            proto = line.split(" ", 1)[0]
            counts[proto] = counts.get(proto, 0) + 1
        return counts

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        self.proc.wait(timeout=30)


class Contender:
    def __init__(self, key, name, in_flight, count, make, via_nginx=False, kind="dlqctl",
                 per_request=1):
        self.key = key
        self.name = name
        self.in_flight = in_flight
        self.count = count  # IDs in the sandbox and the run
        self.requests = math.ceil(count / per_request)  # requests needed at best
        self.make = make  # (base_url, ids_file, ca_file) -> argv
        self.via_nginx = via_nginx
        self.kind = kind


def contenders(a):
    n = a.count
    big = a.bulk_count

    def dlqctl(c, *extra):
        # --no-snapshot: the copy before a delete is one GET per ID, a step of its own; these
        # figures are about the deletes, as the other contenders only delete.
        return lambda base, ids, ca: [a.dlqctl, "delete", "--yes", "--no-snapshot", "--from", ids,
                                      "--base-url", base, "--concurrency", str(c), "--format",
                                      "csv", *extra]

    def tls(c):
        return lambda base, ids, ca: dlqctl(c, "--ca-file", ca)(base, ids, ca)

    def h1(c):
        def make(base, ids, ca):
            host, port = re.match(r"http://([\d.]+):(\d+)", base).groups()
            return [a.h1client, host, port, str(c), ids, TOKEN]
        return make

    return [
        Contender("per_id", "dlqctl delete, concurrency 16", 16, n, dlqctl(16)),
        Contender("h1", "minimal keep-alive HTTP/1.1 client (bench/h1client.cpp), 16 connections",
                  16, n, h1(16), kind="h1"),
        Contender("h2_16", "dlqctl delete over TLS + HTTP/2 (nginx), concurrency 16", 16, n,
                  tls(16), via_nginx=True),
        Contender("h2_64", "dlqctl delete over TLS + HTTP/2 (nginx), concurrency 64", 64, n,
                  tls(64), via_nginx=True),
        Contender("per_id_big", "dlqctl delete, concurrency 16, %d IDs" % big, 16, big,
                  dlqctl(16)),
        Contender("bulk_big", "dlqctl delete --bulk (100 IDs/request), concurrency 16, %d IDs"
                  % big, 16, big, dlqctl(16, "--bulk"), kind="bulk", per_request=100),
    ]


# dlqctl logs the engine's start and end (category dlq.run, off by default); with a timestamp
# they give its own time to the millisecond, without process start-up and the results output.
LOG_ENV = {"QT_LOGGING_RULES": "dlq.run.info=true",
           "QT_MESSAGE_PATTERN": "[%{time process}] %{category}: %{message}"}
RUN_START = re.compile(r"^\[\s*([\d.]+)\] dlq\.run: run of ", re.M)
RUN_END = re.compile(r"^\[\s*([\d.]+)\] dlq\.run: run ended", re.M)


def engine_time(stderr):
    start, end = RUN_START.search(stderr), RUN_END.search(stderr)
    return float(end.group(1)) - float(start.group(1)) if start and end else None


def run_one(a, c, rep, ca_file):
    ids_file = os.path.join(a.work, "ids-%d.txt" % c.count)
    prefix = os.path.join(a.work, "%s.%d" % (c.key, rep))
    with open(prefix + ".sandbox.log", "w") as log:
        sandbox = Sandbox(a.dlqctl, ids_file, c.count, a.seed, a.latency_ms, 0, log)
    nginx = None
    try:
        base = sandbox.base_url
        if c.via_nginx:
            nginx = Nginx(a.nginx, a.nginx_dir, base[len("http://"):])
            base = "https://localhost:%d" % nginx.port
        cmd = c.make(base, ids_file, ca_file)
        env = dict(a.env, **LOG_ENV)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.monotonic()
        proc = subprocess.run(cmd, env=env, stdin=subprocess.DEVNULL, capture_output=True,
                              text=True, timeout=a.timeout)
        wall = time.monotonic() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        protocols = nginx.protocols() if nginx else {}
    finally:
        if nginx:
            nginx.stop()
        stats = sandbox.stop()
    with open(prefix + ".out", "w") as f:
        f.write(proc.stdout)
    with open(prefix + ".err", "w") as f:
        f.write("$ %s\n(exit %d)\n%s" % (" ".join(cmd), proc.returncode, proc.stderr))
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    own = engine_time(proc.stderr) or own_time(proc.stdout, proc.stderr)
    if c.kind == "h1":
        match = re.search(r'"elapsedMs": ([\d.]+)', proc.stdout)
        own = float(match.group(1)) / 1000 if match else None
    failures = dlqctl_failures(proc.stdout, proc.stderr, proc.returncode) if c.kind == "dlqctl" \
        else (0 if proc.returncode == 0 else -1)
    r = {"wall": wall, "own": own, "cpu": cpu, "rc": proc.returncode, "failures": failures,
         "protocols": protocols, "load": os.getloadavg()[0], **stats}
    print("  %-75s run %d: %6.3f s, own %s, cpu %.3f s, exit %d, left %d, requests %s, %s, "
          "load %.1f" % (c.name, rep + 1, wall, own and round(own, 3), cpu, proc.returncode, r["left"],
                         r["requests"], protocols or "-", r["load"]), file=sys.stderr, flush=True)
    return r


def summarize(a, c, runs):
    walls = [r["wall"] for r in runs]
    mid = sorted(runs, key=lambda r: r["wall"])[len(runs) // 2]
    bound = math.ceil(c.requests / c.in_flight) * a.latency_ms / 1000
    owns = [r["own"] for r in runs if r["own"] is not None]
    return {
        "key": c.key, "name": c.name, "in_flight": c.in_flight, "count": c.count,
        "requests_needed": c.requests,
        "median": statistics.median(walls), "min": min(walls), "max": max(walls),
        "own": statistics.median(owns) if owns else None, "bound": bound,
        "cpu": statistics.median([r["cpu"] for r in runs]),
        "cpu_per_1000": 1000 * statistics.median([r["cpu"] / max(1, r["requests"]) for r in runs]),
        "left": [r["left"] for r in runs], "requests": [r["requests"] for r in runs],
        "failures": [r["failures"] for r in runs], "protocols": mid["protocols"],
        "loads": [r["load"] for r in runs],
    }


def fmt(x):
    return "–" if x is None else ("%.2f" % x if x >= 0.995 else "%.3f" % x)


def per_run(values):
    values = [str(v) for v in values]
    return values[0] if len(set(values)) == 1 else " / ".join(values)


def ratio(r, which):
    value = r["median"] if which == "wall" else r["own"]
    return value / r["bound"] if value else None


def figures(a, rows, loads_before):
    """Every figure issue 7 asks for, one per line, with the target when it has one."""
    by = {r["key"]: r for r in rows}

    def x(value, target=None, above=False):
        if value is None:
            return "–"
        text = "%.2f×" % value if value < 10 else "%.0f×" % value
        if target is not None and value < 10:
            text = "%.3f×" % value  # 1.054× must not read as 1.05× beside "not met"
        if target is not None:
            met = value >= target if above else value <= target
            text += " (target %s %s×: %s)" % ("≥" if above else "≤", ("%.2f" % target).rstrip(
                "0").rstrip("."), "met" if met else "not met")
        return text

    lines = []
    if "per_id" in by:
        r = by["per_id"]
        lines.append("Per ID, %d IDs at 16 in flight, %d ms: dlqctl %s by wall time, %s by its "
                     "own time" % (r["count"], a.latency_ms, x(ratio(r, "wall"), 1.05),
                                   x(ratio(r, "own"), 1.05)))
    if "h1" in by:
        r = by["h1"]
        lines.append("Minimal keep-alive client, same run: %s by wall time, %s by its own time"
                     % (x(ratio(r, "wall")), x(ratio(r, "own"))))
    cpu = ["%s %.0f ms" % (label, by[k]["cpu_per_1000"] * 1000)
           for k, label in (("per_id", "dlqctl"), ("h1", "minimal client"),
                            ("per_id_big", "dlqctl at %d IDs" % a.bulk_count))
           if k in by]
    if cpu:
        lines.append("CPU user+sys per 1 000 requests (HTTP/1.1, per ID): " + ", ".join(cpu))
    for key, c in (("h2_16", 16), ("h2_64", 64)):
        if key in by:
            r = by[key]
            lines.append("TLS + HTTP/2 through nginx at %d in flight: %s by wall time, %s by own "
                         "time, %.0f ms CPU per 1 000 requests" % (
                             c, x(ratio(r, "wall")), x(ratio(r, "own")),
                             r["cpu_per_1000"] * 1000))
    if "per_id_big" in by and "bulk_big" in by:
        p, b = by["per_id_big"], by["bulk_big"]
        own = p["own"] / b["own"] if p["own"] and b["own"] else None
        lines.append("Bulk (100 IDs/request) vs per ID, %d IDs at 16 in flight, same run: %s by "
                     "wall time, %s by own time (the bounds differ by %.0f×)" % (
                         p["count"], x(p["median"] / b["median"], 50, above=True),
                         x(own, 50, above=True), p["bound"] / b["bound"]))
    loads = [x for r in rows for x in r["loads"]]
    if loads:
        lines.append("Machine load (1-minute average): %.2f before the runs, %.1f to %.1f after "
                     "each run" % (loads_before, min(loads), max(loads)))
    return lines


def render(a, rows, when, m, loads_before):
    head = ("| Contender | IDs | In flight | Wall, median (min–max) | Own time | Bound "
            "| × bound (wall) | × bound (own) | CPU user+sys | per 1 000 requests | Undeleted "
            "| Requests | Protocol in nginx's log |\n"
            "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|\n")
    lines = []
    for r in rows:
        protocols = ", ".join("%s × %d" % kv for kv in sorted(r["protocols"].items())) or "–"
        own_ratio = "%.2f×" % ratio(r, "own") if r["own"] else "–"
        lines.append("| %s | %d | %d | %s s (%s–%s) | %s s | %s s | %.2f× | %s | %.2f s | %.0f ms "
                     "| %s | %s | %s |"
                     % (r["name"], r["count"], r["in_flight"], fmt(r["median"]), fmt(r["min"]),
                        fmt(r["max"]), fmt(r["own"]), fmt(r["bound"]), ratio(r, "wall"),
                        own_ratio, r["cpu"], r["cpu_per_1000"] * 1000, per_run(r["left"]),
                        per_run(r["requests"]), protocols))
    table = head + "\n".join(lines) + "\n"
    summary = "\n".join("- " + line for line in figures(a, rows, loads_before))
    notes = ""
    notes_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "NOTES-speed.md")
    if os.path.exists(notes_path):
        with open(notes_path) as f:
            notes = "\n" + f.read().strip() + "\n"
    return f"""{BEGIN}
## Per ID against a minimal client, HTTP/2, bulk (issue 7)

{a.count} IDs (and {a.bulk_count} for the bulk speed-up), sandbox latency {a.latency_ms} ms,
{a.reps} runs per contender (median shown; each repetition runs every contender once, in turn),
one fresh sandbox per run, run by

```sh
{a.command}
```

which also installs `nginx-light` and `openssl`, builds `bench/h1client.cpp` (g++ -O2) and runs
`bench/speed.py`. Run: {when}, {m['cores']} cores ({m['cpu']}), Qt {m['qt']}.

{summary}

{table}
- **Bound**: `ceil(requests / in flight) × latency` = N × latency / in flight rounded up to whole
  waves ({a.count} × {a.latency_ms} ms / 16 = {a.count * a.latency_ms / 16000:.2f} s; a bulk
  request carries 100 IDs).
- **Own time**: dlqctl's engine, from its `dlq.run` log lines (run start to run end, ms; the
  benchmark switches them on with `QT_LOGGING_RULES`), and the minimal client's own timer; wall
  time adds process start-up, reading the IDs and writing the results.
- **CPU**: user + system time of the contender's process (`getrusage(RUSAGE_CHILDREN)` around
  it; median of the runs), whole and divided by the requests the sandbox counted; the
  sandbox's and nginx's CPU are not in it. It depends far less on the load than wall time,
  but still moves by 10–15 % between runs on a loaded machine.
{notes}{END}
"""


def write_section(docs, section):
    text = open(docs).read() if os.path.exists(docs) else "# Benchmarks\n"
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        text = head + section.strip() + rest.split(END, 1)[1]
    elif "## What the numbers say" in text:
        head, rest = text.split("## What the numbers say", 1)
        text = head + section.strip() + "\n\n## What the numbers say" + rest
    else:
        text = text.rstrip() + "\n\n" + section
    with open(docs, "w") as f:
        f.write(text)


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--dlqctl", required=True)
    p.add_argument("--h1client", required=True)
    p.add_argument("--work", required=True)
    p.add_argument("--docs", required=True)
    p.add_argument("--count", type=int, default=800)
    p.add_argument("--bulk-count", type=int, default=8000,
                   help="IDs for the bulk vs per-ID pair (a multiple of 1 600 keeps the bounds "
                        "100x apart)")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--latency-ms", type=int, default=50)
    p.add_argument("--reps", type=int, default=3)
    p.add_argument("--timeout", type=int, default=300)
    p.add_argument("--only", help="regex: run only matching contenders (no docs written)")
    p.add_argument("--command", default="bench/run.sh --speed")
    p.add_argument("--render-only", action="store_true",
                   help="rewrite the docs section from the last run's results.json (e.g. after "
                        "editing bench/NOTES-speed.md)")
    a = p.parse_args()
    os.makedirs(a.work, exist_ok=True)
    saved = os.path.join(a.work, "results.json")
    if a.render_only:
        with open(saved) as f:
            last = json.load(f)
        rows, when, loads_before, m = last["rows"], last["when"], last["load_before"], last["machine"]
        for key in ("count", "bulk_count", "latency_ms", "reps", "command"):
            setattr(a, key, last["args"][key])
    else:
        a.nginx = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin:/sbin")
        if not a.nginx:
            sys.exit("nginx is not installed (scripts/deps.sh nginx-light)")
        a.env = bench_environment(a.work)
        a.nginx_dir = os.path.join(a.work, "nginx")
        os.makedirs(a.nginx_dir, exist_ok=True)
        ca_file = make_certificates(a.nginx_dir)
        selected = [c for c in contenders(a) if not a.only or re.search(a.only, c.name)]
        loads_before = os.getloadavg()[0]
        print("load before the runs: %.2f (%s)" % (loads_before, uptime()), file=sys.stderr)
        runs = {c.key: [] for c in selected}
        for rep in range(a.reps):
            for c in selected:
                runs[c.key].append(run_one(a, c, rep, ca_file))
        rows = [summarize(a, c, runs[c.key]) for c in selected]
        when = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        m = machine()
    print("\nIssue 7's figures (%s; load after: %s):" % (when, uptime()))
    for line in figures(a, rows, loads_before):
        print("  " + line)
    if a.only:
        return
    if not a.render_only:
        with open(saved, "w") as f:
            json.dump({"rows": rows, "when": when, "load_before": loads_before, "machine": m,
                       "args": {key: getattr(a, key) for key in (
                           "count", "bulk_count", "latency_ms", "reps", "command")}}, f)
    section = render(a, rows, when, m, loads_before)
    write_section(a.docs, section)
    print("Wrote %s" % a.docs, file=sys.stderr)


def uptime():
    try:
        return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
    except OSError:
        return "?"


if __name__ == "__main__":
    main()
