#!/usr/bin/env python3
"""The four-case performance matrix (driver; Benchmarks/matrix.sh builds the variants first).

Cases, as in the seed's performance notes:
  (a) Herthon built without the probe generator (-p:ProbeGenerator=false)   baseline
  (b) generator on, -p:WithDtrace=false                                     must equal (a)
  (c) -p:WithDtrace=true, no tracer attached                                must be within noise of (b)
  (d) (c) with bpftrace attached to function__entry, function__return, line  moderate; cost per fire
and the references: python3 (CPython 3.11), Debian's /usr/bin/python3.11 (built with its own
markers) in (c) and (d), and the bare cost of one uprobe hit (a C program firing an SDT probe).

Runs are interleaved (every repetition runs every case of a program back to back, in a rotating
order) so that drift in machine load hits all cases alike; ratios are medians of the per-round
ratios, spreads are half the min-max range relative to the median.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROGRAMS = HERE / "programs"
CASES = ("a", "b", "c")
CASE_TITLES = {
    "a": "(a) no generator",
    "b": "(b) WithDtrace=false",
    "c": "(c) WithDtrace=true",
    "d": "(d) bpftrace attached",
}
PY311 = "/usr/bin/python3.11"


# ----------------------------------------------------------------------------------------------
# programs and commands

def discover(only: list[str] | None) -> list[tuple[str, Path, int, int, int]]:
    """(name, path, default size, quick size, trace size) per program, from its '# bench:' line."""
    progs = []
    for p in sorted(PROGRAMS.glob("*.py")):
        m = re.search(r"^# bench: default=(\d+) quick=(\d+)(?: trace=(\d+))?", p.read_text(), re.M)
        if not m:
            raise SystemExit(f"{p}: missing '# bench: default=N quick=M trace=T' line")
        if only and p.stem not in only:
            continue
        progs.append((p.stem, p, int(m.group(1)), int(m.group(2)), int(m.group(3) or m.group(1))))
    if not progs:
        raise SystemExit("no benchmark programs selected")
    return progs


def herthon_cmd(build: Path) -> list[str]:
    """The real native launcher when the build has one, else the managed entry point."""
    native = build / "herthon"
    if native.is_file() and os.access(native, os.X_OK):
        return [str(native)]
    dll = build / "Herthon.dll"
    if dll.is_file():
        return [os.path.realpath(shutil.which("dotnet") or "dotnet"), str(dll)]
    raise SystemExit(f"{build}: neither herthon nor Herthon.dll (run matrix.sh to build)")


def python3_cmd() -> list[str]:
    """python3 itself, not a wrapper (a pyenv shim is a shell script that costs ~40 ms a start)."""
    exe = shutil.which("python3") or "python3"
    try:
        real = subprocess.run([exe, "-c", "import sys; print(sys.executable)"], capture_output=True,
                              text=True, check=True).stdout.strip()
        return [real or exe]
    except (OSError, subprocess.CalledProcessError):
        return [exe]


def run_timed(cmd: list[str], timeout: float = 900) -> tuple[float, float, int, str, str]:
    """Run cmd; return (wall seconds, child CPU seconds, exit code, stdout, stderr)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        _, status, ru = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return (wall, ru.ru_utime + ru.ru_stime, proc.returncode,
                out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"))


# ----------------------------------------------------------------------------------------------
# quick mode: correctness only

def quick(args) -> int:
    progs = discover(args.only)
    builds = [Path(b) for b in args.build]
    failures = 0
    for name, path, _default, qsize, _trace in progs:
        _, _, rc, expect, err = run_timed(python3_cmd() + [str(path), str(qsize)])
        if rc != 0:
            print(f"FAIL {name}: python3 exited {rc}\n{err}")
            failures += 1
            continue
        for b in builds:
            wall, _, rc, out, err = run_timed(herthon_cmd(b) + [str(path), str(qsize)])
            ok = rc == 0 and out == expect
            print(f"{'ok  ' if ok else 'FAIL'} {name:16} size {qsize:<7} {b.name:3} {wall * 1000:7.0f} ms")
            if not ok:
                failures += 1
                print(f"  exit {rc}\n  stderr: {err[-2000:]}\n  stdout differs from python3: {out != expect}")
    print(f"quick: {len(progs) * len(builds) - failures} passed, {failures} failed")
    return 1 if failures else 0


# ----------------------------------------------------------------------------------------------
# bpftrace helpers

def bpftrace_available() -> bool:
    return shutil.which("bpftrace") is not None and os.geteuid() == 0


LIBC = "/lib/x86_64-linux-gnu/libc.so.6"


def bpf_count_script(binary: str, provider: str, probes: list[str]) -> str:
    # Times the traced child from BEGIN (all probes attached, the child about to exec) to its
    # first call of exit/_exit in libc, so that neither bpftrace's start-up nor its polling for
    # the child's end (up to 100 ms) is charged to the program. (No tracepoints or kprobes here:
    # tracefs is not mounted on this machine kind; uprobes work through perf events.)
    parts = ["BEGIN { @t0 = nsecs; }"]
    parts += [f"usdt:{binary}:{provider}:{p} {{ @{p} = count(); }}" for p in probes]
    for fn in ("exit", "_exit"):
        parts.append(f"uprobe:{LIBC}:{fn} /pid == cpid && @tx == 0/ {{ @tx = nsecs; }}")
    parts.append("END { @ns = @tx - @t0; clear(@t0); clear(@tx); }")
    return " ".join(parts)


def run_bpftrace(script: str, cmd: list[str]) -> tuple[float, dict[str, int], int, str]:
    """Run cmd under bpftrace; return (child seconds, counters, exit code, output)."""
    full = ["bpftrace", "-e", script, "-c", " ".join(cmd)]
    wall, _, rc, out, err = run_timed(full)
    counts = {k: int(v) for k, v in re.findall(r"^@(\w+): (-?\d+)$", out, re.M)}
    ns = counts.pop("ns", 0)
    secs = ns / 1e9 if ns > 0 else wall   # fallback: bpftrace's whole run
    return secs, counts, rc, out + err


# ----------------------------------------------------------------------------------------------
# the uprobe floor

FLOOR_C = r"""
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <sys/sdt.h>
int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 1000000;
    struct timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    for (long i = 0; i < n; i++) {
        DTRACE_PROBE1(bench, tick, i);
    }
    clock_gettime(CLOCK_MONOTONIC, &b);
    printf("%ld %.0f\n", n, (b.tv_sec - a.tv_sec) * 1e9 + (b.tv_nsec - a.tv_nsec));
    return 0;
}
"""


def uprobe_floor(outdir: Path, n: int, reps: int) -> dict | None:
    src = outdir / "sdt_floor.c"
    exe = outdir / "sdt_floor"
    src.write_text(FLOOR_C)
    if shutil.which("gcc") is None or subprocess.run(["gcc", "-O2", "-o", str(exe), str(src)]).returncode:
        print("floor: gcc or sys/sdt.h missing (apt-get install -y gcc systemtap-sdt-dev); skipped")
        return None
    plain, traced = [], []
    for _ in range(reps):
        out = subprocess.run([str(exe), str(n)], capture_output=True, text=True, check=True).stdout
        plain.append(float(out.split()[1]))
        if bpftrace_available():
            script = f"usdt:{exe}:bench:tick {{ @hits = count(); }}"
            r = subprocess.run(["bpftrace", "-e", script, "-c", f"{exe} {n}"], capture_output=True, text=True)
            m = re.search(rf"^{n} (\d+)", r.stdout, re.M)
            hits = re.search(r"^@hits: (\d+)", r.stdout, re.M)
            if m and hits and int(hits.group(1)) == n:
                traced.append(float(m.group(1)))
    res = {"n": n, "plain_ns": statistics.median(plain) / n}
    if traced:
        res["traced_ns"] = statistics.median(traced) / n
        res["per_hit_ns"] = (statistics.median(traced) - statistics.median(plain)) / n
        res["spread"] = spread(traced)
    return res


# ----------------------------------------------------------------------------------------------
# statistics and formatting

def spread(xs: list[float]) -> float:
    """Half the min-max range relative to the median (0.012 = +-1.2 %)."""
    if len(xs) < 2:
        return 0.0
    return (max(xs) - min(xs)) / 2 / statistics.median(xs)


def fmt_time(xs: list[float] | None) -> str:
    if not xs:
        return "–"
    m = statistics.median(xs)
    s = spread(xs)
    return f"{m:.3f} s ±{s * 100:.1f}%" if len(xs) > 1 else f"{m:.3f} s"


def paired_ratio(num: list[float], den: list[float]) -> list[float]:
    return [x / y for x, y in zip(num, den)]


def median_ci(xs: list[float], level: float = 0.95) -> tuple[float, float] | None:
    """Distribution-free confidence interval of the median: the order statistics x(j) and x(n+1-j)
    with the largest j whose binomial coverage P(j <= B(n, 1/2) <= n-j) is still >= level. None when
    n is too small for any interval to reach the level (n < 6 at 95 %)."""
    import math
    xs = sorted(xs)
    n = len(xs)
    best = None
    for j in range(1, n // 2 + 1):
        cover = sum(math.comb(n, k) for k in range(j, n - j + 1)) / 2 ** n
        if cover >= level:
            best = j
    return None if best is None else (xs[best - 1], xs[n - best])


def fmt_ci(rs: list[float] | None) -> str:
    ci = median_ci(rs) if rs else None
    if ci is None:
        return "– (too few rounds)"
    m = statistics.median(rs)
    return f"{ci[0]:.3f}–{ci[1]:.3f} ({(ci[0] / m - 1) * 100:+.1f} % / {(ci[1] / m - 1) * 100:+.1f} %)"


def mann_whitney_p(xs: list[float], ys: list[float]) -> float:
    """Two-sided Mann-Whitney U p-value (normal approximation, ties averaged)."""
    import math
    n1, n2 = len(xs), len(ys)
    if n1 < 2 or n2 < 2:
        return float("nan")
    allv = sorted([(v, 0) for v in xs] + [(v, 1) for v in ys])
    ranks = [0.0] * len(allv)
    i = 0
    while i < len(allv):
        j = i
        while j + 1 < len(allv) and allv[j + 1][0] == allv[i][0]:
            j += 1
        for k in range(i, j + 1):
            ranks[k] = (i + j) / 2 + 1
        i = j + 1
    r1 = sum(r for r, (_, g) in zip(ranks, allv) if g == 0)
    u1 = r1 - n1 * (n1 + 1) / 2
    mu = n1 * n2 / 2
    sigma = math.sqrt(n1 * n2 * (n1 + n2 + 1) / 12)
    if sigma == 0:
        return 1.0
    z = (abs(u1 - mu) - 0.5) / sigma
    return max(0.0, min(1.0, math.erfc(z / math.sqrt(2))))


def fmt_per(per: float | None) -> str:
    if per is None:
        return "–"
    return f"{per:.0f}" if per > 0 else "below noise"


def fmt_fires(f: dict[str, int] | None) -> str:
    if not f:
        return "–"
    if "total" in f:
        return f"{f['total']:,}"
    return (f"{sum(f.values()):,}: {f.get('function__entry', 0):,} / {f.get('function__return', 0):,}"
            f" / {f.get('line', 0):,}")


def fmt_ratio(rs: list[float] | None) -> str:
    if not rs:
        return "–"
    m = statistics.median(rs)
    if len(rs) == 1:
        return f"{m:.3f}"
    return f"{m:.3f} [{min(rs):.3f}–{max(rs):.3f}]"


# ----------------------------------------------------------------------------------------------
# the full matrix

def machine_description() -> str:
    try:
        lscpu = subprocess.run(["lscpu"], capture_output=True, text=True).stdout.splitlines()[:10]
    except OSError:
        lscpu = []
    nproc = os.cpu_count()
    load = os.getloadavg()
    try:
        rev = subprocess.run(["git", "-C", str(HERE), "log", "-1", "--format=%h %ci %s"], capture_output=True,
                             text=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(HERE), "status", "--porcelain", "--", "../Interpreter"],
                               capture_output=True, text=True).stdout.strip()
    except OSError:
        rev, dirty = "unknown", ""
    return (f"Source: commit {rev}{' (Interpreter/ modified)' if dirty else ''}\n\n"
            f"nproc: {nproc}; load average at start: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}\n\n"
            + "```\n" + "\n".join(lscpu) + "\n```")


def full(args) -> int:
    progs = discover(args.only)
    outdir = Path(args.out)
    outdir.mkdir(parents=True, exist_ok=True)
    builds = {c: Path(b) for c, b in zip(CASES, args.build)}
    cmds = {c: herthon_cmd(b) for c, b in builds.items()}
    cmds["py3"] = python3_cmd()
    have311 = Path(PY311).exists() and not args.no_python311
    if have311:
        cmds["py311"] = [PY311]
    native_c = builds["c"] / "herthon"
    can_trace = bpftrace_available() and not args.no_trace
    trace_herthon = can_trace and native_c.is_file()
    started = time.strftime("%Y-%m-%d %H:%M:%S %Z")
    machine = machine_description()

    raw = open(outdir / "raw.tsv", "w")
    raw.write("program\tsize\tcase\tround\twall_s\tcpu_s\tfires\n")
    times: dict[tuple[str, str], list[float]] = {}
    cpus: dict[tuple[str, str], list[float]] = {}
    fires: dict[tuple[str, str], dict[str, int]] = {}
    sizes = {}
    tsizes = {}
    order = list(cmds)
    t_start = time.time()
    for name, path, default, qsize, tsize in progs:
        size = qsize if args.size == "quick" else (int(args.size) if args.size else default)
        sizes[name] = size
        tsize = {"quick": qsize, "default": default, "same": size, "": tsize}.get(args.trace_size) \
            or int(args.trace_size)
        tsizes[name] = tsize
        expect = None
        print(f"== {name} (size {size})", flush=True)
        for rnd in range(args.reps):
            k = rnd % len(order)
            for case in order[k:] + order[:k]:      # rotate the order every round
                wall, cpu, rc, out, err = run_timed(cmds[case] + [str(path), str(size)])
                if rc != 0:
                    print(f"  {case}: exit {rc}\n{err[-3000:]}")
                    raise SystemExit(f"{name} failed in case {case}")
                if expect is None:
                    expect = out
                elif out != expect:
                    raise SystemExit(f"{name}: case {case} printed something else than the first run")
                times.setdefault((name, case), []).append(wall)
                cpus.setdefault((name, case), []).append(cpu)
                raw.write(f"{name}\t{size}\t{case}\t{rnd}\t{wall:.6f}\t{cpu:.6f}\t\n")
                raw.flush()
            print("  round %d: %s" % (rnd + 1, "  ".join(
                f"{c}={times[(name, c)][-1]:.3f}" for c in order)), flush=True)
        # case (d): traced runs, after the untraced ones, at the program's trace size (a live probe
        # costs microseconds, so (d) at full size could take minutes). When that size differs from
        # the untraced one, each traced run is paired with a fresh untraced run of (c) at that size.
        targets = []
        if trace_herthon:
            targets.append(("d", "c", str(native_c), "herthon"))
        if have311 and can_trace:
            targets.append(("py311d", "py311", PY311, "python"))
        for case, plain, binary, provider in targets:
            script = bpf_count_script(binary, provider, ["function__entry", "function__return", "line"])
            tsize = tsizes[name]
            for rnd in range(args.trace_reps):
                if tsize != size:
                    wall, _, rc, _, err = run_timed(cmds[plain] + [str(path), str(tsize)])
                    if rc != 0:
                        raise SystemExit(f"{name} failed in case {plain} at size {tsize}:\n{err[-2000:]}")
                    times.setdefault((name, plain + "@t"), []).append(wall)
                    raw.write(f"{name}\t{tsize}\t{plain}@t\t{rnd}\t{wall:.6f}\t\t\n")
                secs, counts, rc, text = run_bpftrace(script, cmds[plain] + [str(path), str(tsize)])
                if rc != 0 or "@" not in text:
                    print(f"  {case}: bpftrace failed (exit {rc}):\n{text[-2000:]}")
                    break
                times.setdefault((name, case), []).append(secs)
                fires[(name, case)] = counts
                per = "/".join(str(counts.get(p, 0)) for p in ("function__entry", "function__return", "line"))
                raw.write(f"{name}\t{tsize}\t{case}\t{rnd}\t{secs:.6f}\t\t{per}\n")
                raw.flush()
                print(f"  {case} (size {tsize}): {secs:.3f} s, fired {counts}", flush=True)
            if tsize == size:
                times[(name, plain + "@t")] = times[(name, plain)]
    raw.close()

    floor = None
    if not args.no_floor:
        floor = uprobe_floor(outdir, args.floor_n, 5)
        print("floor:", floor)
    (outdir / "run.json").write_text(json.dumps({
        "started": started, "machine": machine, "floor": floor, "reps": args.reps,
        "trace_reps": args.trace_reps, "cmds": cmds, "elapsed": time.time() - t_start,
        "traced": trace_herthon, "have311": have311}, indent=1))

    elapsed = time.time() - t_start
    md = report(progs, sizes, tsizes, times, cpus, fires, floor, have311, trace_herthon, args, started,
                elapsed, machine, builds, cmds)
    (outdir / "matrix.md").write_text(md)
    chart(outdir, progs, times)
    print(md)
    print(f"wrote {outdir / 'matrix.md'}, {outdir / 'chart.png'}, {outdir / 'raw.tsv'}")
    return 0


def from_raw(args) -> int:
    """Rebuild matrix.md and the chart from raw.tsv + run.json of an earlier run."""
    outdir = Path(args.out)
    meta = json.loads((outdir / "run.json").read_text())
    times, cpus, fires, sizes, tsizes = {}, {}, {}, {}, {}
    names = []
    with open(outdir / "raw.tsv") as f:
        next(f)
        for line in f:
            name, size, case, _rnd, wall, cpu, fired = line.rstrip("\n").split("\t")
            if name not in names:
                names.append(name)
            if case in ("c", "py311") and name in sizes and int(size) != sizes[name]:
                case += "@t"    # older raw files: untraced runs at the trace size had no suffix
            if case.endswith("@t") or case in ("d", "py311d"):
                tsizes[name] = int(size)
            else:
                sizes[name] = int(size)
            times.setdefault((name, case), []).append(float(wall))
            if cpu:
                cpus.setdefault((name, case), []).append(float(cpu))
            if fired:
                parts = [int(x) for x in fired.split("/")]
                fires[(name, case)] = (dict(zip(("function__entry", "function__return", "line"), parts))
                                       if len(parts) == 3 else {"total": parts[0]})
    for name in names:
        tsizes.setdefault(name, sizes[name])
        for plain in ("c", "py311"):
            if (name, plain + "@t") not in times and (name, plain) in times:
                times[(name, plain + "@t")] = times[(name, plain)]
    progs = [(n, None, sizes[n], 0, tsizes[n]) for n in names]
    args.reps = meta["reps"]
    args.trace_reps = meta["trace_reps"]
    md = report(progs, sizes, tsizes, times, cpus, fires, meta["floor"], meta["have311"], meta["traced"],
                args, meta["started"], meta["elapsed"], meta["machine"], None, meta["cmds"])
    (outdir / "matrix.md").write_text(md)
    chart(outdir, progs, times)
    print(md)
    return 0


def report(progs, sizes, tsizes, times, cpus, fires, floor, have311, traced, args, started, elapsed,
           machine, builds, cmds) -> str:
    L = []
    L.append(f"Run started {started}, {args.reps} interleaved rounds per case, "
             f"{args.trace_reps} traced run(s) for (d); total {elapsed / 60:.1f} min.")
    L.append("")
    L.append("Launchers: " + "; ".join(f"{c} = `{' '.join(cmds[c])}`" for c in CASES) + ".")
    L.append("")
    il = Path(args.out) / "il.txt"
    if il.exists():
        L.append(f"IL of (a) and (b) Herthon.dll, compared member by member: **{il.read_text().splitlines()[0]}**"
                 " (the files themselves differ in a few hundred bytes: each build's debug directory records its own PDB path, and the IDs hashed from it).")
        L.append("")
    L.append("### Herthon: the four cases (wall time, median ±half range)")
    L.append("")
    L.append("| program | size | (a) | (b) | (c) | (b)/(a) | (c)/(b) | 95 % CI of the median (c)/(b) | (c)/(b) of minima | p (c) vs (b) | (c)/(b) CPU time | trace size | (c) at trace size | (d) | (d)/(c) | probes fired in (d): entry / return / line | ns per fire |")
    L.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    cb_all = []
    ba_all = []
    for name, *_ in progs:
        a, b, c = (times.get((name, x)) for x in CASES)
        ct = times.get((name, "c@t"))
        d = times.get((name, "d"))
        ba = paired_ratio(b, a)
        cb = paired_ratio(c, b)
        cb_cpu = paired_ratio(cpus[(name, "c")], cpus[(name, "b")])
        cb_all.append((name, statistics.median(cb)))
        ba_all.append(statistics.median(ba))
        p = mann_whitney_p(c, b)
        dc = [x / statistics.median(ct) for x in d] if d and ct else None
        f = fires.get((name, "d"))
        nfire = sum(f.values()) if f else 0
        per = ((statistics.median(d) - statistics.median(ct)) / nfire * 1e9) if d and ct and nfire else None
        fire_s = fmt_fires(f)
        per_s = fmt_per(per)
        cb_min = min(c) / min(b)
        L.append(f"| {name} | {sizes[name]} | {fmt_time(a)} | {fmt_time(b)} | {fmt_time(c)} | "
                 f"{fmt_ratio(ba)} | **{fmt_ratio(cb)}** | {fmt_ci(cb)} | {cb_min:.3f} | {p:.2f} | {fmt_ratio(cb_cpu)} | {tsizes[name]} | "
                 f"{fmt_time(ct)} | {fmt_time(d)} | {fmt_ratio(dc)} | {fire_s} | {per_s} |")
    geo = lambda xs: statistics.geometric_mean(xs) if xs else float("nan")
    L.append("")
    L.append(f"Geometric mean of (c)/(b): **{geo([r for _, r in cb_all]):.4f}**; medians above 1.01: "
             f"{', '.join(n for n, r in cb_all if r > 1.01) or 'none'}; with p < 0.05: "
             f"{', '.join(n for n, *_ in progs if mann_whitney_p(times[(n, 'c')], times[(n, 'b')]) < 0.05) or 'none'}. "
             f"For scale, the same statistics for (b)/(a) — identical IL, so any difference is noise: "
             f"geometric mean {geo(ba_all):.4f}, per-program medians {min(ba_all):.3f}–{max(ba_all):.3f}.")
    L.append("")
    L.append("Ratios are medians of per-round ratios (each round runs all cases back to back) with their "
             "min–max in brackets. The 95 % CI is the distribution-free interval of that median (order "
             "statistics of the per-round ratios; needs at least 6 rounds). \"Of minima\": fastest (c) run over fastest (b) run — on a shared "
             "machine other load only ever adds time, so the minimum is the least disturbed run. p is a "
             "two-sided Mann–Whitney U test of the (c) times against the (b) times (p < 0.05: this run "
             "can tell the two apart). CPU time: user+sys of the process and its threads (JIT included). "
             "(d) runs at the trace size, against untraced (c) runs at that size; ns per fire = "
             "((d) − (c)) / probes fired.")
    L.append("")
    L.append("### CPython references")
    L.append("")
    L.append("| program | python3 | Herthon (c) / python3 | /usr/bin/python3.11 (c) | Herthon (c) / python3.11 | python3.11 at trace size | python3.11 (d) | (d)/(c) | probes fired: entry / return / line | ns per fire |")
    L.append("|---|---|---|---|---|---|---|---|---|---|")
    for name, *_ in progs:
        py = times.get((name, "py3"))
        c = times.get((name, "c"))
        hc = paired_ratio(c, py)
        p311 = times.get((name, "py311"))
        p311t = times.get((name, "py311@t"))
        p311d = times.get((name, "py311d"))
        h311 = paired_ratio(c, p311) if p311 else None
        f = fires.get((name, "py311d"))
        nfire = sum(f.values()) if f else 0
        dc = [x / statistics.median(p311t) for x in p311d] if p311t and p311d else None
        per = ((statistics.median(p311d) - statistics.median(p311t)) / nfire * 1e9) if p311d and p311t and nfire else None
        L.append(f"| {name} | {fmt_time(py)} | {fmt_ratio(hc)} | {fmt_time(p311)} | {fmt_ratio(h311)} | "
                 f"{fmt_time(p311t)} | {fmt_time(p311d)} | {fmt_ratio(dc)} | {fmt_fires(f)} | "
                 f"{fmt_per(per)} |")
    L.append("")
    if floor:
        if "per_hit_ns" in floor:
            L.append(f"Uprobe floor (C program, `DTRACE_PROBE1` in a loop of {floor['n']:,}): "
                     f"{floor['plain_ns']:.2f} ns per iteration untraced, {floor['traced_ns']:.0f} ns traced "
                     f"(±{floor['spread'] * 100:.1f}%) → **{floor['per_hit_ns']:.0f} ns per uprobe hit** "
                     f"with a bpftrace counting action.")
        else:
            L.append(f"Uprobe floor: {floor['plain_ns']:.2f} ns per untraced iteration; bpftrace not available.")
    if not traced:
        L.append("")
        L.append("(d) for Herthon: not measured — no native `herthon` launcher in the (c) build, or no "
                 "bpftrace/root.")
    L.append("")
    L.append("### Machine")
    L.append("")
    L.append(machine)
    return "\n".join(L) + "\n"


def chart(outdir: Path, progs, times) -> None:
    """chart.png: three panels per benchmark — untraced builds relative to (b) (with the 1 % band),
    live probes (d) relative to untraced at the same size, and absolute untraced times."""
    def med(name, case):
        xs = times.get((name, case))
        return statistics.median(xs) if xs else None

    def ratio_cols(num, den):
        if not num or not den:
            return ["NaN"] * 3
        rs = paired_ratio(num, den)
        return [f"{statistics.median(rs):.4f}", f"{min(rs):.4f}", f"{max(rs):.4f}"]

    with open(outdir / "chart_ratios.dat", "w") as f:
        f.write("# program ab ab_lo ab_hi cb cb_lo cb_hi\n")
        for name, *_ in progs:
            a, b, c = (times.get((name, x)) for x in CASES)
            f.write(" ".join([name] + ratio_cols(b, a) + ratio_cols(c, b)) + "\n")
    with open(outdir / "chart_traced.dat", "w") as f:
        f.write("# program herthon_d_over_c python311_d_over_c\n")
        for name, *_ in progs:
            vals = []
            for d, c in (("d", "c@t"), ("py311d", "py311@t")):
                md_, mc = med(name, d), med(name, c)
                vals.append(f"{md_ / mc:.4f}" if md_ and mc else "NaN")
            f.write(" ".join([name] + vals) + "\n")
    cols = ["a", "b", "c", "py3", "py311"]
    titles = ["(a) no generator", "(b) WithDtrace=false", "(c) WithDtrace=true", "python3", "/usr/bin/python3.11"]
    with open(outdir / "chart_times.dat", "w") as f:
        f.write("# program " + " ".join(cols) + "\n")
        for name, *_ in progs:
            f.write(" ".join([name] + [f"{med(name, c):.4f}" if med(name, c) else "NaN" for c in cols]) + "\n")
    present = [i for i, c in enumerate(cols) if any(times.get((n, c)) for n, *_ in progs)]
    abs_plot = ", ".join(f"'chart_times.dat' using {i + 2}:xtic(1) title '{titles[i]}'" for i in present)
    have_d = any(times.get((n, "d")) for n, *_ in progs)
    have_pd = any(times.get((n, "py311d")) for n, *_ in progs)
    traced = []
    if have_d:
        traced.append("'chart_traced.dat' using 2:xtic(1) title 'Herthon (d)/(c)'")
    if have_pd:
        traced.append("'chart_traced.dat' using 3:xtic(1) title 'python3.11 (d)/(c)'")
    traced_plot = ", ".join(traced) or "NaN notitle"
    gp = outdir / "chart.gp"
    gp.write_text(f"""set terminal pngcairo size 1600,1500 font ',10' noenhanced
set output 'chart.png'
set multiplot layout 3,1 title 'Herthon four-case matrix (medians; bars: min-max of the per-round ratios)'
set style data histograms
set style fill solid 0.8 border -1
set xtics rotate by -25 scale 0
set key outside right top
set grid ytics
set title 'Untraced builds: (b)/(a) and (c)/(b); goal: (c)/(b) within the 0.99-1.01 band'
set style histogram errorbars gap 1 lw 1
set ylabel 'time ratio'
set yrange [0.5:1.6]
plot 'chart_ratios.dat' using 2:3:4:xtic(1) title '(b)/(a)', '' using 5:6:7 title '(c)/(b)', 0.99 with lines lc 'black' dt 2 notitle, 1.01 with lines lc 'black' dt 2 title '1 % band'
set title 'Live probes: (d) bpftrace attached to function__entry, function__return, line / untraced, same size'
set style histogram clustered gap 1
set yrange [*:*]
set logscale y
set ylabel 'time ratio (log)'
plot {traced_plot}
set title 'Untraced wall time'
set ylabel 'seconds (log)'
plot {abs_plot}
unset multiplot
""")
    if shutil.which("gnuplot"):
        r = subprocess.run(["gnuplot", "chart.gp"], cwd=outdir, capture_output=True, text=True)
        if r.returncode != 0:
            print("gnuplot:", r.stderr[-1000:])
    else:
        print("gnuplot missing (apt-get install -y gnuplot-nox): chart data and chart.gp written, no PNG")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="run every program once at its quick size, check output")
    ap.add_argument("--from-raw", action="store_true", help="only rebuild matrix.md and the chart from OUT/raw.tsv")
    ap.add_argument("--build", action="append", default=[],
                    help="build folder (repeat three times, for (a), (b), (c); --quick accepts any number)")
    ap.add_argument("--out", default=str(HERE / "results"))
    ap.add_argument("--reps", type=int, default=5, help="interleaved rounds per case")
    ap.add_argument("--trace-reps", type=int, default=1, help="bpftrace runs per program for (d)")
    ap.add_argument("--size", default="", help="override every program's size: a number, or 'quick'")
    ap.add_argument("--trace-size", default="", help="size for (d): the program's trace= size by default; "
                    "'same' (the untraced size), 'quick', 'default' or a number")
    ap.add_argument("--only", nargs="*", help="program names (default: all)")
    ap.add_argument("--no-trace", action="store_true")
    ap.add_argument("--no-floor", action="store_true")
    ap.add_argument("--no-python311", action="store_true")
    ap.add_argument("--floor-n", type=int, default=1_000_000)
    args = ap.parse_args()
    if args.from_raw:
        return from_raw(args)
    if args.quick:
        return quick(args)
    if len(args.build) != 3:
        ap.error("full mode needs --build three times: (a), (b), (c)")
    return full(args)


if __name__ == "__main__":
    sys.exit(main())
