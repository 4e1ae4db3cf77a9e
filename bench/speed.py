#!/usr/bin/env python3
"""Issue 7's speed figures, for bench/run.sh (standard library only).

Deletes the same 800 IDs from a fresh `dlqctl sandbox` with 50 ms latency per contender and run:
dlqctl per ID at 16 in flight beside a minimal keep-alive HTTP/1.1 client (bench/h1client.cpp)
at 16 connections, bulk (100 IDs per request) at 16, and dlqctl per ID through nginx over TLS +
HTTP/2 (tests/support/nginx-h2.conf.in, a test CA made with openssl and passed as --ca-file) at
16 and 64. Wall time is compared with the bound N x latency / in flight, CPU is user+sys of the
contender's process (getrusage of the child), and nginx's access log says which protocol each
request arrived in. Writes its section of docs/BENCHMARKS.md between the markers below.
"""

import argparse
import datetime
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
from driver import TOKEN, Sandbox, dlqctl_failures, machine, own_time  # noqa: E402

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
    def __init__(self, name, in_flight, requests, make, via_nginx=False, kind="dlqctl"):
        self.name = name
        self.in_flight = in_flight
        self.requests = requests
        self.make = make  # (base_url, ids_file, ca_file) -> argv
        self.via_nginx = via_nginx
        self.kind = kind


def contenders(a):
    n = a.count
    chunks = math.ceil(n / 100)

    def dlqctl(c, *extra):
        return lambda base, ids, ca: [a.dlqctl, "delete", "--yes", "--from", ids, "--base-url",
                                      base, "--concurrency", str(c), "--format", "csv", *extra]

    def tls(c):
        return lambda base, ids, ca: dlqctl(c, "--ca-file", ca)(base, ids, ca)

    def h1(c):
        def make(base, ids, ca):
            host, port = re.match(r"http://([\d.]+):(\d+)", base).groups()
            return [a.h1client, host, port, str(c), ids, TOKEN]
        return make

    return [
        Contender("dlqctl delete, concurrency 16", 16, n, dlqctl(16)),
        Contender("minimal keep-alive HTTP/1.1 client (bench/h1client.cpp), 16 connections",
                  16, n, h1(16), kind="h1"),
        Contender("dlqctl delete --bulk (100 IDs/request), concurrency 16", 16, chunks,
                  dlqctl(16, "--bulk"), kind="bulk"),
        Contender("dlqctl delete over TLS + HTTP/2 (nginx), concurrency 16", 16, n, tls(16),
                  via_nginx=True),
        Contender("dlqctl delete over TLS + HTTP/2 (nginx), concurrency 64", 64, n, tls(64),
                  via_nginx=True),
    ]


def run_one(a, c, rep, ca_file):
    ids_file = os.path.join(a.work, "ids.txt")
    tag = re.sub(r"[^a-z0-9]+", "-", c.name.lower()).strip("-")[:60]
    prefix = os.path.join(a.work, "%s.%d" % (tag, rep))
    with open(prefix + ".sandbox.log", "w") as log:
        sandbox = Sandbox(a.dlqctl, ids_file, a.count, a.seed, a.latency_ms, 0, log)
    nginx = None
    try:
        base = sandbox.base_url
        if c.via_nginx:
            nginx = Nginx(a.nginx, a.nginx_dir, base[len("http://"):])
            base = "https://localhost:%d" % nginx.port
        cmd = c.make(base, ids_file, ca_file)
        env = dict(os.environ, QSTASH_TOKEN=TOKEN)
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
    own = own_time(proc.stdout, proc.stderr)
    if c.kind == "h1":
        match = re.search(r'"elapsedMs": ([\d.]+)', proc.stdout)
        own = float(match.group(1)) / 1000 if match else None
    failures = dlqctl_failures(proc.stdout, proc.stderr, proc.returncode) if c.kind == "dlqctl" \
        else (0 if proc.returncode == 0 else -1)
    r = {"wall": wall, "own": own, "cpu": cpu, "rc": proc.returncode, "failures": failures,
         "protocols": protocols, "load": os.getloadavg()[0], **stats}
    print("  %-75s run %d: %6.3f s, own %s, cpu %.3f s, exit %d, left %d, requests %s, %s, "
          "load %.1f" % (c.name, rep + 1, wall, own, cpu, proc.returncode, r["left"],
                         r["requests"], protocols or "-", r["load"]), file=sys.stderr, flush=True)
    return r


def summarize(a, c, runs):
    walls = [r["wall"] for r in runs]
    mid = sorted(runs, key=lambda r: r["wall"])[len(runs) // 2]
    bound = math.ceil(c.requests / c.in_flight) * a.latency_ms / 1000
    owns = [r["own"] for r in runs if r["own"] is not None]
    return {
        "name": c.name, "in_flight": c.in_flight, "requests_needed": c.requests,
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


def render(a, rows, when, m):
    head = ("| Contender | In flight | Wall, median (min–max) | Own time | Bound | × bound (wall) "
            "| × bound (own) | CPU user+sys | per 1 000 requests | Undeleted | Requests "
            "| Protocol in nginx's log |\n|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|\n")
    lines = []
    for r in rows:
        protocols = ", ".join("%s × %d" % kv for kv in sorted(r["protocols"].items())) or "–"
        own_ratio = "%.2f×" % (r["own"] / r["bound"]) if r["own"] else "–"
        lines.append("| %s | %d | %s s (%s–%s) | %s s | %s s | %.2f× | %s | %.2f s | %.0f ms | %s "
                     "| %s | %s |"
                     % (r["name"], r["in_flight"], fmt(r["median"]), fmt(r["min"]), fmt(r["max"]),
                        fmt(r["own"]), fmt(r["bound"]), r["median"] / r["bound"], own_ratio,
                        r["cpu"], r["cpu_per_1000"] * 1000, per_run(r["left"]),
                        per_run(r["requests"]), protocols))
    table = head + "\n".join(lines) + "\n"
    per_id = next(r for r in rows if r["name"].startswith("dlqctl delete, concurrency 16"))
    bulk = next(r for r in rows if "--bulk" in r["name"])
    loads = [x for r in rows for x in r["loads"]]
    ratio = "%.0f× by wall time" % (per_id["median"] / bulk["median"])
    if per_id["own"] and bulk["own"]:
        ratio += ", %.0f× by own time" % (per_id["own"] / bulk["own"])
    notes = ""
    notes_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "NOTES-speed.md")
    if os.path.exists(notes_path):
        with open(notes_path) as f:
            notes = "\n" + f.read().strip() + "\n"
    return f"""{BEGIN}
## Per ID against a minimal client, HTTP/2, bulk (issue 7)

{a.count} IDs, sandbox latency {a.latency_ms} ms, {a.reps} runs per contender (median shown), one
fresh sandbox per run, run by

```sh
{a.command}
```

which also installs `nginx-light` and `openssl`, builds `bench/h1client.cpp` (g++ -O2) and runs
`bench/speed.py`. Run: {when}, {m['cores']} cores ({m['cpu']}), Qt {m['qt']}; 1-minute load
average after each run {min(loads):.1f} to {max(loads):.1f}.

{table}
- **Bound**: `ceil(requests / in flight) × latency` = N × latency / in flight rounded up to whole
  waves ({a.count} × {a.latency_ms} ms / 16 = {per_id['bound']:.2f} s).
- **Own time**: dlqctl's summary line (0.1 s resolution), the minimal client's own timer; wall
  time includes process start-up.
- **CPU**: user + system time of the contender's process (`getrusage(RUSAGE_CHILDREN)` around
  it; median of the runs), whole and divided by the requests the sandbox counted (a bulk
  request carries 100 IDs); the sandbox's and nginx's CPU are not in it.
- **Bulk vs per ID at 16 in flight, same run**: {ratio}. The bounds differ by
  {per_id['bound'] / bulk['bound']:.0f}× ({a.count} requests in {math.ceil(a.count / 16)} waves
  against {bulk['requests_needed']} in one), so 50× is the ceiling at these sizes, and process
  start-up alone puts the wall-time ratio well below it.
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
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--latency-ms", type=int, default=50)
    p.add_argument("--reps", type=int, default=3)
    p.add_argument("--timeout", type=int, default=300)
    p.add_argument("--only", help="regex: run only matching contenders (no docs written)")
    p.add_argument("--command", default="bench/run.sh --speed")
    a = p.parse_args()
    os.makedirs(a.work, exist_ok=True)
    a.nginx = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin:/sbin")
    if not a.nginx:
        sys.exit("nginx is not installed (scripts/deps.sh nginx-light)")
    a.nginx_dir = os.path.join(a.work, "nginx")
    os.makedirs(a.nginx_dir, exist_ok=True)
    make_certificates(a.nginx_dir)
    ca_file = os.path.join(a.nginx_dir, "ca.crt")

    rows = []
    for c in contenders(a):
        if a.only and not re.search(a.only, c.name):
            continue
        runs = [run_one(a, c, rep, ca_file) for rep in range(a.reps)]
        rows.append(summarize(a, c, runs))
    when = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    if a.only:
        for r in rows:
            print(r)
        return
    section = render(a, rows, when, machine())
    print(section)
    write_section(a.docs, section)
    print("Wrote %s" % a.docs, file=sys.stderr)


if __name__ == "__main__":
    main()
