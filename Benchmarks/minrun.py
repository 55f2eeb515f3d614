"""Minimum-of-N interleaved user-CPU comparison of Herthon builds (and CPython).

usage: N=5 /usr/bin/python3.11 Benchmarks/minrun.py [--arg X] NAME=LAUNCHER... -- PROGRAM.py...

Runs every program N times (environment N, default 5) under every launcher, interleaved (the
launcher order rotates per repetition), after one warm-up run per launcher that fills its own
code cache ($XDG_CACHE_HOME/minrun/NAME, default /tmp/herthon-minrun). Prints, per program, the
minimum and median user CPU of each launcher and the ratio of each launcher's minimum to the
first launcher's. On a shared machine the minimum is the most stable statistic of the three:
load only ever adds time. Outputs must agree between launchers, or the program is reported.
"""
import os, resource, statistics, subprocess, sys


def user_time(cmd, env):
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime
    if r.returncode != 0:
        raise SystemExit(f"{cmd} failed ({r.returncode}): {r.stderr.decode(errors='replace')[-500:]}")
    return after - before, r.stdout


def main(argv):
    extra = []
    if argv[:1] == ["--arg"]:
        extra, argv = [argv[1]], argv[2:]
    sep = argv.index("--")
    launchers = [a.split("=", 1) for a in argv[:sep]]
    programs = argv[sep + 1:]
    n = int(os.environ.get("N", "5"))
    root = os.path.join(os.environ.get("XDG_CACHE_HOME") or "/tmp/herthon-minrun", "minrun")
    envs = {name: dict(os.environ, XDG_CACHE_HOME=os.path.join(root, name)) for name, _ in launchers}
    width = max(len(os.path.basename(p)) for p in programs)
    print(f"{'program':{width}}  " + "  ".join(f"{name + ' min [median]':>24}" for name, _ in launchers)
          + "  " + "  ".join(f"{name + '/' + launchers[0][0]:>10}" for name, _ in launchers[1:]))
    for p in programs:
        times = {name: [] for name, _ in launchers}
        outs = {}
        for name, exe in launchers:
            user_time(exe.split() + [p] + extra, envs[name])
        for i in range(n):
            order = launchers[i % len(launchers):] + launchers[:i % len(launchers)]
            for name, exe in order:
                t, out = user_time(exe.split() + [p] + extra, envs[name])
                times[name].append(t)
                outs[name] = out
        note = "" if len(set(outs.values())) == 1 else "  OUTPUTS DIFFER"
        first = min(times[launchers[0][0]])
        print(f"{os.path.basename(p):{width}}  "
              + "  ".join(f"{min(times[name]):>10.3f} [{statistics.median(times[name]):>8.3f}]    " for name, _ in launchers)
              + "  " + "  ".join(f"{min(times[name]) / first:>10.3f}" for name, _ in launchers[1:]) + note,
              flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
