"""Herthon against CPython 3.11, whole process, interleaved: issue 12's done-when table.

usage: /usr/bin/python3.11 Benchmarks/cpython.py [--rounds N] [--herthon PATH] [--python PATH]
           [--only NAME...] [--size default|quick] [--no-micro] [--out FILE]

Runs every Benchmarks/programs/*.py at its default size (its `# bench:` line) and every
Benchmarks/micro/*.py at its built-in size, plus `-c pass`, under both launchers. One untimed
warm-up run per program and launcher fills Herthon's code cache and checks that both print the
same output; then N rounds, each running every program under both launchers back to back, the
order alternating per round, so that drift in machine load hits both alike. Per run it records wall
time, user CPU and peak RSS (os.wait4's rusage of that child alone).

Per program: median wall and user CPU of each launcher, the user-CPU ratio Herthon/CPython as the
median of the per-round ratios with its min-max, the wall ratio likewise, each launcher's spread
(max/min of its user CPU over the rounds) and the ratio of median peak RSS. Summary: geometric mean
of the user-CPU ratios and the count above 1.5x (programs) or 1.2x (micro), the issue's limits.
Writes Markdown to Benchmarks/results/cpython.md (git-ignored; rewritten after every round, so a
run cut short still leaves a table) and every measurement to cpython.tsv beside it.
"""
import argparse, os, re, statistics, subprocess, sys, time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def measure(cmd, env):
    """(wall s, user s, peak RSS KiB, exit code, stdout, stderr) of one child process alone."""
    start = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    # read both pipes without reaping the child (communicate() would reap it and lose its rusage)
    out, err = _drain(p)
    _, status, ru = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - start
    return wall, ru.ru_utime, ru.ru_maxrss, p.returncode, out, err


def _drain(p):
    import selectors
    sel = selectors.DefaultSelector()
    chunks = {p.stdout: [], p.stderr: []}
    for f in chunks:
        sel.register(f, selectors.EVENT_READ)
    while sel.get_map():
        for key, _ in sel.select():
            data = os.read(key.fileobj.fileno(), 65536)
            if data:
                chunks[key.fileobj].append(data)
            else:
                sel.unregister(key.fileobj)
                key.fileobj.close()
    return b"".join(chunks[p.stdout]), b"".join(chunks[p.stderr])


def discover(size, micro, only):
    """(name, kind, argv) per program: kind is 'program', 'micro' or 'startup'."""
    progs = []
    for p in sorted((HERE / "programs").glob("*.py")):
        m = re.search(r"^# bench: default=(\d+) quick=(\d+)", p.read_text(), re.M)
        if not m:
            raise SystemExit(f"{p}: missing '# bench: default=N quick=M' line")
        progs.append((p.stem, "program", [str(p), m.group(2) if size == "quick" else m.group(1)]))
    if micro:
        for p in sorted((HERE / "micro").glob("*.py")):
            if p.name != "compare.py":
                # micro programs take an iteration count as their first argument
                progs.append((p.stem, "micro", [str(p)] + (["20000"] if size == "quick" else [])))
    progs.append(("-c pass", "startup", ["-c", "pass"]))
    if only:
        progs = [p for p in progs if p[0] in only]
    return progs


def geomean(xs):
    return statistics.geometric_mean(xs) if xs else float("nan")


def table(progs, data, launchers, rounds_done, meta):
    h, c = launchers
    lines = [f"{rounds_done} interleaved rounds; {meta}", "",
             f"| program | {h} wall s | {c} wall s | {h} user s | {c} user s | user ratio [min–max] | "
             f"wall ratio | spread {h} | spread {c} | peak RSS MiB {h} / {c} | RSS ratio |",
             "|---|---:|---:|---:|---:|---|---:|---:|---:|---|---:|"]
    summary = {"program": [], "micro": [], "startup": []}
    rss_over = []
    for name, kind, _ in progs:
        d = data[name]
        if d.get("failed"):
            lines.append(f"| {name} | failed: {d['failed']} |" + " |" * 9)
            continue
        if not d[h]:
            continue
        med = {n: {k: statistics.median(v[k] for v in d[n]) for k in ("wall", "user", "rss")} for n in launchers}
        ur = [a["user"] / b["user"] for a, b in zip(d[h], d[c]) if b["user"] > 0]
        wr = [a["wall"] / b["wall"] for a, b in zip(d[h], d[c]) if b["wall"] > 0]
        spread = {n: max(v["user"] for v in d[n]) / max(1e-9, min(v["user"] for v in d[n])) for n in launchers}
        ratio = statistics.median(ur)
        rss_ratio = med[h]["rss"] / med[c]["rss"]
        summary[kind].append(ratio)
        if rss_ratio > 2:
            rss_over.append(name)
        lines.append(f"| {name} | {med[h]['wall']:.3f} | {med[c]['wall']:.3f} | {med[h]['user']:.3f} | "
                     f"{med[c]['user']:.3f} | **{ratio:.2f}** [{min(ur):.2f}–{max(ur):.2f}] | "
                     f"{statistics.median(wr):.2f} | {spread[h]:.2f} | {spread[c]:.2f} | "
                     f"{med[h]['rss'] / 1024:.0f} / {med[c]['rss'] / 1024:.0f} | {rss_ratio:.2f} |")
    lines.append("")
    p, m = summary["program"], summary["micro"]
    if p:
        lines.append(f"- **Benchmarks/programs**: geometric mean of user-CPU ratios **{geomean(p):.2f}** "
                     f"over {len(p)} programs (range {min(p):.2f}–{max(p):.2f}); "
                     f"{sum(r > 1.5 for r in p)} above 1.5× (target: geomean ≤ 1.0, none above 1.5×).")
    if m:
        lines.append(f"- **Benchmarks/micro**: geometric mean **{geomean(m):.2f}** over {len(m)} loops "
                     f"(range {min(m):.2f}–{max(m):.2f}); {sum(r > 1.2 for r in m)} above 1.2× (target: none).")
    if summary["startup"]:
        d = data["-c pass"]
        hw = statistics.median(v["wall"] for v in d[h]) * 1000
        cw = statistics.median(v["wall"] for v in d[c]) * 1000
        hu = statistics.median(v["user"] for v in d[h]) * 1000
        cu = statistics.median(v["user"] for v in d[c]) * 1000
        lines.append(f"- **`-c pass`**: median wall {hw:.0f} ms vs {cw:.0f} ms, user CPU {hu:.0f} ms vs "
                     f"{cu:.0f} ms (target: ≤ 50 ms).")
    lines.append(f"- **Peak RSS** above 2× CPython's: {', '.join(rss_over) if rss_over else 'none'}.")
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--herthon", default=str(HERE / "results/build/c/herthon"))
    ap.add_argument("--python", default="/usr/bin/python3.11")
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--size", choices=("default", "quick"), default="default")
    ap.add_argument("--no-micro", action="store_true")
    ap.add_argument("--out", default=str(HERE / "results/cpython.md"))
    ap.add_argument("--from-tsv", metavar="TSV", help="no runs: rebuild the table from a (partial) cpython.tsv")
    args = ap.parse_args()
    if args.from_tsv:
        return from_tsv(args)

    env = dict(os.environ)
    # a private code cache: another build's cache magic would evict (and re-compile) ours
    env.setdefault("XDG_CACHE_HOME", str(HERE / "results/cache"))
    launchers = {"herthon": [args.herthon], "cpython": [args.python]}
    names = list(launchers)
    progs = discover(args.size, not args.no_micro, args.only)
    data = {name: {n: [] for n in names} for name, _, _ in progs}
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tsv = open(out.with_suffix(".tsv"), "w")
    tsv.write("round\tprogram\tlauncher\twall\tuser\tmaxrss_kib\n")

    for name, _, argv in progs:            # warm-up: code cache, and the outputs must agree
        outs = {}
        for n in names:
            _, _, _, rc, o, e = measure(launchers[n] + argv, env)
            if rc != 0:
                data[name]["failed"] = f"{n} exit {rc}: {e.decode(errors='replace').strip().splitlines()[-1:]}"
            outs[n] = o
        if not data[name].get("failed") and outs["herthon"] != outs["cpython"]:
            data[name]["failed"] = "outputs differ"
        if data[name].get("failed"):
            print(f"{name}: {data[name]['failed']}", file=sys.stderr)

    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip()
    for r in range(args.rounds):
        for name, _, argv in progs:
            if data[name].get("failed"):
                continue
            order = names if r % 2 == 0 else names[::-1]
            for n in order:
                wall, user, rss, rc, _, e = measure(launchers[n] + argv, env)
                if rc != 0:
                    data[name]["failed"] = f"{n} exit {rc} in round {r + 1}"
                    break
                data[name][n].append({"wall": wall, "user": user, "rss": rss})
                tsv.write(f"{r + 1}\t{name}\t{n}\t{wall:.4f}\t{user:.4f}\t{rss}\n")
            tsv.flush()
        load = " ".join(open("/proc/loadavg").read().split()[:3])
        meta = (f"commit {commit}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
                f"{os.cpu_count()} CPUs, load average {load}; herthon = {args.herthon}, cpython = {args.python}")
        text = table(progs, data, names, r + 1, meta)
        out.write_text(text)
        print(f"round {r + 1}/{args.rounds} done (load {load})", file=sys.stderr)
    print(text)
    return 1 if any(d.get("failed") for d in data.values()) else 0


def from_tsv(args):
    """The table of the rounds a cpython.tsv holds (a run cut short: only completed pairs count)."""
    progs = discover("default", True, None)
    rows = [line.rstrip("\n").split("\t") for line in open(args.from_tsv)][1:]
    data = {name: {"herthon": [], "cpython": []} for name, _, _ in progs}
    runs = {}
    for rnd, name, launcher, wall, user, rss in rows:
        runs[(rnd, name, launcher)] = {"wall": float(wall), "user": float(user), "rss": int(rss)}
    rounds = sorted({int(r) for r, _, _ in runs})
    for r in rounds:
        for name, _, _ in progs:
            h, c = runs.get((str(r), name, "herthon")), runs.get((str(r), name, "cpython"))
            if h and c:
                data[name]["herthon"].append(h)
                data[name]["cpython"].append(c)
    progs = [p for p in progs if data[p[0]]["herthon"]]
    load = " ".join(open("/proc/loadavg").read().split()[:3])
    counts = sorted({len(data[p[0]]["herthon"]) for p in progs})
    meta = (f"rebuilt from {args.from_tsv}: {'-'.join(map(str, counts[::max(1, len(counts) - 1)]))} "
            f"complete round(s) per program; load average now {load}")
    text = table(progs, data, ["herthon", "cpython"], len(rounds), meta)
    Path(args.out).write_text(text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
