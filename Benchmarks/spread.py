"""Run-to-run spread of whole-process CPU time (issue 12's target: max/min <= 1.15 over 10 runs).

usage: N=10 /usr/bin/python3.11 Benchmarks/spread.py [--arg X] [--json FILE] NAME=LAUNCHER... -- PROGRAM.py...

One warm-up run per program and launcher (each launcher with its own code cache,
$XDG_CACHE_HOME/spread/NAME, default /tmp/herthon-spread), then N rounds (environment N, default
10); each round runs every program once under every launcher, the programs in turn (interleaved:
a burst of load hits one run of many programs rather than many runs of one) and the launcher order
rotating per round. Prints, per program and launcher, the user + system CPU of the child (min,
median, max, max/min) and every run sorted, so that a bimodal program shows as two groups; the
load average at each round's start is printed at the end. --json writes every run (CPU, user,
wall, peak RSS, the round's load) for later analysis.
"""
import json, os, statistics, subprocess, sys, time


def run(cmd, env):
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    err = p.stderr.read()
    p.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{cmd} failed ({os.waitstatus_to_exitcode(status)}): {err.decode(errors='replace')[-500:]}")
    return {"cpu": usage.ru_utime + usage.ru_stime, "user": usage.ru_utime, "wall": wall,
            "rss_mib": usage.ru_maxrss / 1024}


def dump(path, runs):
    with open(path, "w") as f:
        json.dump({f"{name} {os.path.basename(p)}": v for (name, p), v in runs.items()}, f, indent=1)


def main(argv):
    extra, json_path = [], None
    while argv and argv[0] in ("--arg", "--json"):
        if argv[0] == "--arg":
            extra = [argv[1]]
        else:
            json_path = argv[1]
        argv = argv[2:]
    sep = argv.index("--")
    launchers = [a.split("=", 1) for a in argv[:sep]]
    programs = argv[sep + 1:]
    n = int(os.environ.get("N", "10"))
    root = os.path.join(os.environ.get("XDG_CACHE_HOME") or "/tmp/herthon-spread", "spread")
    envs = {name: dict(os.environ, XDG_CACHE_HOME=os.path.join(root, name)) for name, _ in launchers}
    for p in programs:
        for name, exe in launchers:
            run(exe.split() + [p] + extra, envs[name])
    runs = {(name, p): [] for name, _ in launchers for p in programs}
    loads = []
    for i in range(n):
        loads.append(os.getloadavg()[0])
        order = launchers[i % len(launchers):] + launchers[:i % len(launchers)]
        for p in programs:
            for name, exe in order:
                r = run(exe.split() + [p] + extra, envs[name])
                r["load"] = loads[-1]
                runs[name, p].append(r)
        print(f"round {i + 1}/{n} done, load {loads[-1]:.1f}", file=sys.stderr, flush=True)
        if json_path:   # after every round, so that an interrupted run leaves what it measured
            dump(json_path, runs)
    width = max(len(os.path.basename(p)) for p in programs)
    print(f"{'program':{width}}  {'launcher':>8}  {'min':>7}  {'median':>7}  {'max':>7}  {'max/min':>7}  runs (CPU s, sorted)")
    worst = {}
    for p in programs:
        for name, _ in launchers:
            cpu = sorted(r["cpu"] for r in runs[name, p])
            ratio = cpu[-1] / cpu[0]
            worst.setdefault(name, []).append(ratio)
            print(f"{os.path.basename(p):{width}}  {name:>8}  {cpu[0]:7.3f}  {statistics.median(cpu):7.3f}  {cpu[-1]:7.3f}  "
                  f"{ratio:7.3f}{' *' if ratio > 1.15 else '  '}  " + " ".join(f"{c:.3f}" for c in cpu), flush=True)
    for name, ratios in worst.items():
        over = sum(r > 1.15 for r in ratios)
        print(f"{name}: {over} of {len(ratios)} programs above max/min 1.15; median max/min {statistics.median(ratios):.3f}")
    print("load at each round's start: " + " ".join(f"{l:.1f}" for l in loads))


if __name__ == "__main__":
    main(sys.argv[1:])
