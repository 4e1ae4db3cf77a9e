#!/usr/bin/env python3
"""Runs the DLQ delete benchmark for bench/run.sh (standard library only).

For every contender and repetition: starts `dlqctl sandbox` with the same seed (so the same
2 000 IDs), waits for its "listening" line, runs the contender against it, stops the sandbox
with SIGTERM and reads what it says on exit (requests, entries left, answers by status).
Prints a Markdown table and writes docs/BENCHMARKS.md.
"""

import argparse
import collections
import datetime
import json
import math
import os
import platform
import re
import selectors
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import time

TOKEN = "sandbox-token"


def bench_environment(work):
    """The environment every contender runs in: the caller's, with XDG folders of the
    benchmark's own under `work`, emptied once per benchmark run. dlqctl's settings and history
    are then never the user's (every run records its IDs in the history), and the history the
    runs write into starts empty, so the figures do not depend on how far the user's has grown
    (an 18 MB history added about 20 ms to the end of an 800-ID run)."""
    home = os.path.join(work, "xdg")
    shutil.rmtree(home, ignore_errors=True)
    env = dict(os.environ, QSTASH_TOKEN=TOKEN)
    for name in ("CONFIG", "DATA", "CACHE"):
        path = os.path.join(home, name.lower())
        os.makedirs(path)
        env["XDG_%s_HOME" % name] = path
    return env
LOADS = []  # 1-minute load average after each run
LISTENING = re.compile(r"Sandbox listening on (http://127\.0\.0\.1:\d+)")
STOPPED = re.compile(r"Sandbox stopped after (\d+) requests? \((\d+) entries deleted, (\d+) left\)")
ANSWERS = re.compile(r"Answers by status: (.*)")


class Sandbox:
    def __init__(self, dlqctl, ids_file, count, seed, latency_ms, rate_limit, log):
        cmd = [dlqctl, "sandbox", "--port", "0", "--seed", str(seed), "--count", str(count),
               "--latency-ms", str(latency_ms), "--print-ids", ids_file]
        if rate_limit:
            cmd += ["--rate-limit", str(rate_limit)]
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=log, text=True)
        self.base_url = self._wait_listening(timeout=60)

    def _wait_listening(self, timeout):
        # Reads the sandbox's stdout until the "listening" line; no fixed sleeps.
        sel = selectors.DefaultSelector()
        sel.register(self.proc.stdout, selectors.EVENT_READ)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not sel.select(timeout=deadline - time.monotonic()):
                break
            line = self.proc.stdout.readline()
            if not line:
                raise RuntimeError("the sandbox exited before listening (exit %s)"
                                   % self.proc.wait())
            match = LISTENING.search(line)
            if match:
                return match.group(1)
        self.proc.kill()
        raise RuntimeError("the sandbox did not say it was listening within %ss" % timeout)

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        out, _ = self.proc.communicate(timeout=30)
        stats = {"requests": None, "deleted": None, "left": None, "status": {}}
        match = STOPPED.search(out)
        if match:
            stats["requests"], stats["deleted"], stats["left"] = map(int, match.groups())
        match = ANSWERS.search(out)
        if match:
            for part in match.group(1).split(","):
                code, _, n = part.strip().partition(":")
                stats["status"][int(code)] = int(n)
        if stats["left"] is None:
            raise RuntimeError("could not read the sandbox's exit summary: %r" % out)
        return stats


class Contender:
    """One line of the table. `make(base_url, ids_file, out_prefix)` returns the command; `parse`
    reads the contender's own failure count from its output (None: it reports none)."""

    def __init__(self, scenario, name, in_flight, requests, make, parse, bound_note):
        self.scenario = scenario
        self.name = name
        self.in_flight = in_flight
        self.requests = requests  # requests needed at best (for the lower bound)
        self.make = make
        self.parse = parse
        self.bound_note = bound_note


def dlqctl_failures(stdout, stderr, rc):
    # --format csv: header, then one row per ID with its state in the second column.
    rows = [r for r in stdout.splitlines()[1:] if r.strip()]
    if not rows:
        return None if rc == 0 else -1
    bad = 0
    for row in rows:
        fields = row.split(",")
        state = fields[1].strip().strip('"').lower() if len(fields) > 1 else ""
        if state not in ("deleted", "not_found", "deleted_or_not_found"):
            bad += 1
    return bad


def dlqctl_bulk_failures(stdout, stderr, rc):
    return 0 if rc == 0 else -1


def curl_failures(stdout, stderr, rc):
    codes = collections.Counter(line.strip() for line in stdout.splitlines() if line.strip())
    return sum(n for code, n in codes.items() if code != "200")


def sdk_failures(stdout, stderr, rc):
    lines = [l for l in stdout.splitlines() if l.startswith("{")]
    if not lines:
        return -1
    result = json.loads(lines[-1])
    return result["failed"]


def sdk_bulk_failures(count):
    def parse(stdout, stderr, rc):
        lines = [l for l in stdout.splitlines() if l.startswith("{")]
        if not lines:
            return -1
        result = json.loads(lines[-1])
        # IDs in failed calls; the SDK cannot say which IDs of a successful call were missing.
        return count - result["deleted"]
    return parse


def build_contenders(a):
    n = a.count
    env_dlqctl = a.dlqctl
    node = a.node
    sdk = os.path.join(a.bench_dir, "sdk-delete.mjs")
    chunks = math.ceil(n / 100)

    def dlqctl_per_id(c, extra=()):
        # --no-snapshot: the copy before a delete (one GET per ID) is a step the other
        # contenders do not take.
        return lambda base, ids, out: [env_dlqctl, "delete", "--yes", "--no-snapshot", "--from", ids,
                                       "--base-url", base, "--concurrency", str(c),
                                       "--format", "csv", *extra]

    def curl(p):
        script = ("xargs -P %d -I{} curl -s -o /dev/null -w '%%{http_code}\\n' -X DELETE "
                  "-H \"Authorization: Bearer $QSTASH_TOKEN\" \"$BASE/v2/workflows/dlq/{}\" < %s"
                  % (p, "\"$IDS\""))
        return lambda base, ids, out: ["env", "BASE=" + base, "IDS=" + ids, "bash", "-c", script]

    def sdk_cmd(mode, c, chunk=0):
        return lambda base, ids, out: [node, sdk, "--work", a.npm_dir, "--base-url", base,
                                       "--ids", ids, "--mode", mode, "--concurrency", str(c),
                                       "--chunk-size", str(chunk)]

    per = "ceil(%d/c) × L" % n
    main = "latency 20 ms"
    rl = "latency 20 ms + 100 req/s limit"
    out = [
        Contender(main, "dlqctl delete, concurrency 6", 6, n, dlqctl_per_id(6), dlqctl_failures, per),
        Contender(main, "dlqctl delete, concurrency 16", 16, n, dlqctl_per_id(16), dlqctl_failures, per),
        Contender(main, "dlqctl delete, concurrency 64", 64, n, dlqctl_per_id(64), dlqctl_failures, per),
        Contender(main, "dlqctl delete --bulk (100 IDs/request, 16 in flight)", 16, chunks,
                  lambda base, ids, out: [env_dlqctl, "delete", "--yes", "--no-snapshot", "--bulk",
                                          "--from", ids,
                                          "--base-url", base, "--concurrency", "16",
                                          "--format", "csv"],
                  dlqctl_bulk_failures, "ceil(%d/16) × L" % chunks),
        Contender(main, "xargs -P 16 curl -X DELETE", 16, n, curl(16), curl_failures, per),
        Contender(main, "@upstash/workflow SDK, delete(id), 16 in flight", 16, n,
                  sdk_cmd("per-id", 16), sdk_failures, per),
        Contender(main, "@upstash/workflow SDK, delete([all %d IDs]) in one call" % n, 1, 1,
                  sdk_cmd("bulk", 1, 0), sdk_bulk_failures(n), "1 × L"),
        Contender(main, "@upstash/workflow SDK, delete([100 IDs]) calls, 6 in flight", 6, chunks,
                  sdk_cmd("bulk", 6, 100), sdk_bulk_failures(n), "ceil(%d/6) × L" % chunks),
        Contender(rl, "dlqctl delete, concurrency 16", 16, n, dlqctl_per_id(16), dlqctl_failures,
                  "max(%d/100 req/s, ceil(%d/16) × L)" % (n, n)),
        Contender(rl, "xargs -P 16 curl -X DELETE", 16, n, curl(16), curl_failures,
                  "max(%d/100 req/s, ceil(%d/16) × L)" % (n, n)),
        # Not asked for by the issue: a client fast enough to exceed 100 req/s without pacing
        # (curl may be too slow to on a small machine, since it starts a process per ID).
        Contender(rl, "@upstash/workflow SDK, delete(id), 16 in flight", 16, n,
                  sdk_cmd("per-id", 16), sdk_failures,
                  "max(%d/100 req/s, ceil(%d/16) × L)" % (n, n)),
    ]
    if a.only:
        out = [c for c in out if re.search(a.only, c.scenario + " " + c.name)]
    return out


def lower_bound(c, latency_s, rate_limit):
    bound = math.ceil(c.requests / c.in_flight) * latency_s
    if rate_limit:
        bound = max(bound, c.requests / rate_limit)
    return bound


def run_one(a, c, rep, rate_limit):
    ids_file = os.path.join(a.work, "ids.txt")
    tag = re.sub(r"[^a-z0-9]+", "-", (c.scenario + " " + c.name).lower()).strip("-")
    prefix = os.path.join(a.work, "%s.%d" % (tag, rep))
    with open(prefix + ".sandbox.log", "w") as log:
        sandbox = Sandbox(a.dlqctl, ids_file, a.count, a.seed, a.latency_ms, rate_limit, log)
    try:
        env = a.env
        cmd = c.make(sandbox.base_url, ids_file, prefix)
        start = time.monotonic()
        proc = subprocess.run(cmd, env=env, stdin=subprocess.DEVNULL, capture_output=True,
                              text=True, timeout=a.timeout)
        wall = time.monotonic() - start
    finally:
        stats = sandbox.stop()
    with open(prefix + ".out", "w") as f:
        f.write(proc.stdout)
    with open(prefix + ".err", "w") as f:
        f.write("$ %s\n(exit %d)\n%s" % (shlex.join(cmd), proc.returncode, proc.stderr))
    reported = c.parse(proc.stdout, proc.stderr, proc.returncode)
    return {"wall": wall, "rc": proc.returncode, "reported": reported, "load": os.getloadavg()[0],
            "own": own_time(proc.stdout, proc.stderr), **stats}


def own_time(stdout, stderr):
    """The time the contender says its deletes took, without process start-up: dlqctl's
    summary line ("… · 5.6 s"), the SDK script's elapsedMs. None for curl."""
    match = re.search(r"· ([\d.]+) (m?s)\s*$", stderr, re.M)
    if match:
        value = float(match.group(1))
        return value / 1000 if match.group(2) == "ms" else value
    for line in stdout.splitlines():
        if line.startswith("{") and "elapsedMs" in line:
            return json.loads(line)["elapsedMs"] / 1000
    return None


def fmt_s(x):
    return "%.2f" % x if x >= 0.995 else "%.3f" % x


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--dlqctl")
    p.add_argument("--node", default="node")
    p.add_argument("--npm-dir", help="where npm installed @upstash/workflow")
    p.add_argument("--sdk-version", default="?")
    p.add_argument("--work", required=True)
    p.add_argument("--docs", required=True)
    p.add_argument("--count", type=int, default=2000)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--latency-ms", type=int, default=20)
    p.add_argument("--rate-limit", type=int, default=100)
    p.add_argument("--reps", type=int, default=3)
    p.add_argument("--timeout", type=int, default=600)
    p.add_argument("--only", help="regex: run only matching contenders (no docs written)")
    p.add_argument("--command", default="bench/run.sh")
    p.add_argument("--render-only", action="store_true",
                   help="rewrite the docs from the last run's results.json; run nothing")
    a = p.parse_args()
    if not a.render_only and not (a.dlqctl and a.npm_dir):
        p.error("--dlqctl and --npm-dir are required unless --render-only")
    a.bench_dir = os.path.dirname(os.path.abspath(__file__))
    os.makedirs(a.work, exist_ok=True)
    a.env = bench_environment(a.work)
    latency = a.latency_ms / 1000

    results = os.path.join(a.work, "results.json")
    if a.render_only:
        # Rewrites docs/BENCHMARKS.md from the last full run (e.g. after editing bench/NOTES.md).
        with open(results) as f:
            saved = json.load(f)
        LOADS.extend(saved["loads"])
        a.__dict__.update({k: v for k, v in saved["args"].items() if k in ("reps", "seed", "count",
                           "latency_ms", "rate_limit", "sdk_version")})
        table = render_table(saved["rows"], a)
        print(table)
        write_docs(a, saved["rows"], table, saved["when"], saved["machine"])
        print("Wrote %s" % a.docs, file=sys.stderr)
        return

    rows = []
    for c in build_contenders(a):
        rate_limit = a.rate_limit if "limit" in c.scenario else 0
        runs = []
        for rep in range(a.reps):
            r = run_one(a, c, rep, rate_limit)
            runs.append(r)
            LOADS.append(r["load"])
            print("  %-32s %-58s run %d: %7.3f s, own %s, exit %d, left %d, 429s %d, "
                  "requests %d, load %.1f"
                  % (c.scenario, c.name, rep + 1, r["wall"], r["own"], r["rc"], r["left"],
                     r["status"].get(429, 0), r["requests"], r["load"]),
                  file=sys.stderr, flush=True)
        rows.append(summarize(a, c, runs, latency, rate_limit))

    table = render_table(rows, a)
    print(table)
    if not a.only:
        when = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        m = machine()
        with open(results, "w") as f:
            json.dump({"rows": rows, "loads": LOADS, "when": when, "machine": m,
                       "args": {k: v for k, v in vars(a).items()}}, f, indent=1)
        write_docs(a, rows, table, when, m)
        print("Wrote %s" % a.docs, file=sys.stderr)


def summarize(a, c, runs, latency, rate_limit):
    walls = [r["wall"] for r in runs]
    med = statistics.median(walls)
    # The repetition whose time is the median supplies the deleted count for IDs/s.
    mid = sorted(runs, key=lambda r: r["wall"])[len(runs) // 2]
    bound = lower_bound(c, latency, rate_limit)
    return {
        "scenario": c.scenario, "name": c.name, "in_flight": c.in_flight,
        "median": med, "min": min(walls), "max": max(walls),
        # IDs actually deleted (by the median run) per second of wall time.
        "ids_per_s": (a.count - mid["left"]) / med, "bound": bound, "ratio": med / bound,
        "bound_note": c.bound_note, "mid_left": mid["left"],
        "left": [r["left"] for r in runs], "r429": [r["status"].get(429, 0) for r in runs],
        "requests": [r["requests"] for r in runs],
        "reported": [r["reported"] for r in runs], "rc": [r["rc"] for r in runs],
        "own": (statistics.median([r["own"] for r in runs])
                if all(r["own"] is not None for r in runs) else None),
    }


def per_run(values):
    values = ["?" if v is None else ("err" if v == -1 else str(v)) for v in values]
    return values[0] if len(set(values)) == 1 else " / ".join(values)


def render_table(rows, a):
    head = ("| Scenario | Contender | In flight | Wall time, median (min–max) | IDs/s "
            "| Own time | Lower bound | × bound | Failures reported | Undeleted | 429s | Requests |\n"
            "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n")
    lines = []
    for r in rows:
        own = "–" if r["own"] is None else fmt_s(r["own"]) + " s"
        # A time is only comparable with the bound when every ID was deleted.
        ratio = "%.2f×" % r["ratio"] if not r.get("mid_left") else "n/a (incomplete)"
        lines.append("| %s | %s | %d | %s s (%s–%s) | %.0f | %s | %s s | %s | %s | %s | %s | %s |" % (
            r["scenario"], r["name"], r["in_flight"], fmt_s(r["median"]), fmt_s(r["min"]),
            fmt_s(r["max"]), r["ids_per_s"], own, fmt_s(r["bound"]), ratio,
            per_run(r["reported"]), per_run(r["left"]), per_run(r["r429"]),
            per_run(r["requests"])))
    return head + "\n".join(lines) + "\n"


def machine():
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    qt = "?"
    try:
        qt = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "qt6-base-dev"],
                            capture_output=True, text=True).stdout.strip() or "?"
    except OSError:
        pass
    distro = "?"
    try:
        with open("/etc/os-release") as f:
            for line in f:
                if line.startswith("PRETTY_NAME="):
                    distro = line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    def version(cmd, pick):
        try:
            return pick(subprocess.run(cmd, capture_output=True, text=True).stdout)
        except (OSError, IndexError):
            return "?"  # bench/run.sh --speed needs neither
    node = version(["node", "--version"], lambda out: out.strip())
    curl = version(["curl", "--version"], lambda out: out.split(" ")[1])
    load = os.getloadavg()
    return {"cores": os.cpu_count(), "cpu": cpu, "qt": qt, "distro": distro, "node": node,
            "curl": curl, "kernel": platform.release(), "load": "%.2f %.2f %.2f" % load}


def write_docs(a, rows, table, now, m):
    notes_path = os.path.join(a.bench_dir, "NOTES.md")
    notes = ""
    if os.path.exists(notes_path):
        with open(notes_path) as f:
            notes = f.read().strip() + "\n"
    text = f"""# Benchmarks

Deleting {a.count} DLQ entries by ID from the sandbox (`dlqctl sandbox`, {a.latency_ms} ms latency
per answer, seed {a.seed}, so every contender deletes the same {a.count} IDs), run by

```sh
{a.command}
```

which installs what is missing (`scripts/deps.sh`, then `curl`, `nodejs`, `npm`), builds
`dlqctl` in Release into `build-bench/`, installs `@upstash/workflow@{a.sdk_version}` with npm into
`bench/.work/` (ignored by git) and runs `bench/driver.py`. It is not part of the test suite.
Each contender gets a fresh sandbox per run; each is run {a.reps} times and the median wall time is
shown (min–max in brackets). Counts (failures, undeleted, 429s, requests) are per run, separated
by `/` when the runs differ.

- Run: {now}, {m['distro']}, kernel {m['kernel']}, {m['cores']} cores ({m['cpu']}).
- 1-minute load average after each run: {min(LOADS):.1f} to {max(LOADS):.1f} (median {statistics.median(LOADS):.1f}).
  On {m['cores']} cores anything above {m['cores']} means the contenders, the sandbox and unrelated
  jobs were queueing for CPU, so timings are noisy.
- Qt {m['qt']}, Node {m['node']}, curl {m['curl']}, `@upstash/workflow` {a.sdk_version}.

## Results

{table}
Columns:
- **Wall time**: from starting the contender to its exit (process start-up included), sandbox
  start and stop excluded.
- **Own time**: what the tool itself reports for its deletes, without process start-up (dlqctl's
  summary line, rounded to 0.1 s; the SDK script's timer around its calls; curl reports none).
- **Lower bound**: `ceil(requests / in flight) × latency`, i.e. `N × latency / concurrency`
  rounded up to whole waves: {a.count} × 20 ms / 16 = 2.5 s for 16 in flight; for bulk modes
  `ceil(chunks / in flight) × latency` with chunks of 100 IDs (20 chunks, 6 in flight: 4 × 20 ms =
  0.08 s). With the rate limit the bound is also at least `{a.count} / {a.rate_limit} req/s` =
  {a.count / a.rate_limit:.0f} s.
- **Failures reported**: what the contender itself says failed (dlqctl: IDs not “Deleted”/“Not
  found” in its CSV; curl: non-200 status codes; SDK: IDs not counted in a `deleted` answer).
- **Undeleted**: entries still in the sandbox afterwards (its own count at shutdown).
- **429s / Requests**: answers with status 429 and all requests, as counted by the sandbox
  (`dlqctl sandbox` prints them when it stops: “Answers by status: 200: …, 429: …”). A request
  the sandbox rejects while parsing it (431 for a request line over 16 KB) is not counted.

`bench/run.sh --reps 1` is a quicker, noisier run; `bench/run.sh --only REGEX` runs some
contenders and writes nothing; `bench/run.sh --render-only` rewrites this file from the last
run's `bench/.work/runs/results.json` (e.g. after editing `bench/NOTES.md`, whose text follows).

{notes}"""
    # The section bench/speed.py writes survives a rewrite of the rest.
    try:
        with open(a.docs) as f:
            old = f.read()
        begin, end = "<!-- speed:begin", "<!-- speed:end -->"
        if begin in old and end in old:
            section = begin + old.split(begin, 1)[1].split(end, 1)[0] + end + "\n\n"
            marker = "## What the numbers say"
            text = text.replace(marker, section + marker, 1) if marker in text else text + section
    except OSError:
        pass
    with open(a.docs, "w") as f:
        f.write(text)


if __name__ == "__main__":
    main()
