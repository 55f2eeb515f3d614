"""Paired, interleaved user-CPU ratio of two launchers, with a 95 % interval of its median.

usage: ROUNDS=30 /usr/bin/python3.11 Benchmarks/pairs.py [--arg X] BASE=LAUNCHER NEW=LAUNCHER -- PROGRAM.py...

The marker question ("what does case (c) cost over case (b)?") asks for a ratio of two builds
whose difference is a fraction of a percent, on a machine whose whole-process times move ±20 %.
Each round runs both launchers back to back (the order alternates from round to round), so both
runs of a pair see the same load, and records NEW/BASE of their user CPU. The median of the
per-round ratios is reported with its distribution-free 95 % interval: the order statistics
k and n+1-k of the sorted ratios, k the largest index with P(Binomial(n, 1/2) < k) <= 0.025
(no assumption on the ratios' distribution; it needs n >= 6). One warm-up run per launcher fills
its own code cache ($XDG_CACHE_HOME/pairs/NAME, default /tmp/herthon-pairs). Outputs must
agree, or the program is reported.
"""
import math, os, statistics, sys

from minrun import user_time   # the same timed child run as minrun.py (Benchmarks/ is sys.path[0])


def median_interval(values):
    """(median, low, high): the median and its distribution-free 95 % interval."""
    xs = sorted(values)
    n = len(xs)
    k, cum = 0, 0.0
    for j in range(n + 1):   # cum = P(B < j+1) after adding P(B = j)
        cum += math.comb(n, j) / 2 ** n
        if cum > 0.025:
            break
        k = j + 1
    if k == 0:
        return statistics.median(xs), float("nan"), float("nan")
    return statistics.median(xs), xs[k - 1], xs[n - k]


def main(argv):
    extra = []
    if argv[:1] == ["--arg"]:
        extra, argv = [argv[1]], argv[2:]
    sep = argv.index("--")
    (base, base_exe), (new, new_exe) = [a.split("=", 1) for a in argv[:sep]]
    programs = argv[sep + 1:]
    rounds = int(os.environ.get("ROUNDS", "30"))
    root = os.path.join(os.environ.get("XDG_CACHE_HOME") or "/tmp/herthon-pairs", "pairs")
    envs = {name: dict(os.environ, XDG_CACHE_HOME=os.path.join(root, name)) for name in (base, new)}
    width = max(len(os.path.basename(p)) for p in programs)
    print(f"{'program':{width}}  rounds  {base + ' median':>12}  {new + ' median':>12}  "
          f"{new + '/' + base + ' median [95 % interval]':>36}  interval half-width", flush=True)
    for p in programs:
        user_time(base_exe.split() + [p] + extra, envs[base])
        user_time(new_exe.split() + [p] + extra, envs[new])
        ratios, tb, tn, outs = [], [], [], set()
        for i in range(rounds):
            order = [(base, base_exe), (new, new_exe)]
            if i % 2:
                order.reverse()
            got = {}
            for name, exe in order:
                t, out = user_time(exe.split() + [p] + extra, envs[name])
                got[name] = t
                outs.add(out)
            tb.append(got[base])
            tn.append(got[new])
            ratios.append(got[new] / got[base])
        med, lo, hi = median_interval(ratios)
        half = (hi - lo) / 2 / med * 100
        note = "" if len(outs) == 1 else "  OUTPUTS DIFFER"
        print(f"{os.path.basename(p):{width}}  {rounds:>6}  {statistics.median(tb):>12.3f}  {statistics.median(tn):>12.3f}  "
              f"{med:>17.4f} [{lo:.4f}, {hi:.4f}]  {half:>17.2f} %{note}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
