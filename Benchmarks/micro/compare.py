"""Interleaved user-CPU comparison of Herthon builds against CPython 3.11.

usage: /usr/bin/python3.11 Benchmarks/micro/compare.py [--rounds N] [--arg N] NAME=LAUNCHER... -- PROGRAM.py...

Each round runs every program under every launcher back to back (the launcher order rotates per
round), so drift in machine load hits all alike. Reports the median user CPU time per launcher
and the median of the per-round ratios to the last launcher, with their min-max.

Each launcher gets its own code cache ($XDG_CACHE_HOME/compare/NAME, default /tmp/herthon-compare):
two Herthon builds sharing one would evict each other's entries (the cache magic is the build's),
and every run would compile the standard library it imports from source again. One warm-up run
per program and launcher fills the caches before the first round.
"""
import os, resource, statistics, subprocess, sys


def user_time(cmd, env=None):
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime
    if r.returncode != 0:
        raise SystemExit(f"{cmd} failed: {r.stderr.decode()[-500:]}")
    return after - before, r.stdout


def main(argv):
    rounds, extra = 5, []
    while argv and argv[0].startswith("--") and argv[0] != "--":
        if argv[0] == "--rounds": rounds = int(argv[1]); argv = argv[2:]
        elif argv[0] == "--arg": extra = [argv[1]]; argv = argv[2:]
    sep = argv.index("--")
    launchers = [a.split("=", 1) for a in argv[:sep]]
    programs = argv[sep + 1:]
    cache_root = os.path.join(os.environ.get("XDG_CACHE_HOME") or "/tmp/herthon-compare", "compare")
    envs = {n: dict(os.environ, XDG_CACHE_HOME=os.path.join(cache_root, n)) for n, _ in launchers}
    for p in programs:
        for name, exe in launchers:
            user_time(exe.split() + [p] + extra, envs[name])   # warm-up: fills this launcher's code cache
    times = {(p, n): [] for p in programs for n, _ in launchers}
    ratios = {(p, n): [] for p in programs for n, _ in launchers}
    for r in range(rounds):
        for p in programs:
            order = launchers[r % len(launchers):] + launchers[:r % len(launchers)]
            got, outs = {}, {}
            for name, exe in order:
                got[name], outs[name] = user_time(exe.split() + [p] + extra, envs[name])
            if len(set(outs.values())) != 1:
                raise SystemExit(f"{p}: outputs differ between launchers")
            ref = launchers[-1][0]
            for name, _ in launchers:
                times[(p, name)].append(got[name])
                ratios[(p, name)].append(got[name] / got[ref] if got[ref] else float("nan"))
        print(f"round {r + 1}/{rounds} done", file=sys.stderr)
        report(launchers, programs, times, ratios)


def report(launchers, programs, times, ratios):
    """Prints the table for the rounds so far (a long run can be cut short and still report)."""
    names = [n for n, _ in launchers]
    print(f"\n{len(times[(programs[0], names[0])])} rounds:")
    print("| program | " + " | ".join(f"{n} user s" for n in names) + " | "
          + " | ".join(f"{n}/{names[-1]}" for n in names[:-1]) + " |")
    print("|---" * (2 * len(names)) + "|")
    geo = {n: [] for n in names[:-1]}
    for p in programs:
        cells = [f"{statistics.median(times[(p, n)]):.2f}" for n in names]
        rc = []
        for n in names[:-1]:
            rs = ratios[(p, n)]
            m = statistics.median(rs)
            geo[n].append(m)
            rc.append(f"{m:.2f} [{min(rs):.2f}–{max(rs):.2f}]")
        print(f"| {os.path.basename(p)[:-3]} | " + " | ".join(cells + rc) + " |")
    print("| geometric mean | " + " | ".join("" for _ in names) + " | "
          + " | ".join(f"{statistics.geometric_mean(geo[n]):.2f}" for n in names[:-1]) + " |", flush=True)


main(sys.argv[1:])
