"""Peak RSS of each program under each launcher: median of N interleaved runs (environment N,
default 3), in MiB, with each launcher's ratio to the last one (put CPython last).

usage: N=3 /usr/bin/python3.11 Benchmarks/rss.py NAME=LAUNCHER... -- PROGRAM.py...

The peak is the child's ru_maxrss as GNU time (/usr/bin/time -f %M) reports it: a child of this
script would not do, since Linux carries the forking process's own high-water mark (this Python,
~11 MiB) into the child's ru_maxrss at exec, which floored every peak below it (CPython's small
programs read 11.3 MiB instead of 8-10). Each launcher has its own code cache
($XDG_CACHE_HOME/rss/NAME, default /tmp/herthon-rss), filled by one warm-up run per program.
"""
import os, statistics, subprocess, sys, tempfile


def peak_mib(cmd, env):
    with tempfile.NamedTemporaryFile("r", prefix="rss-", suffix=".txt") as out:
        p = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", out.name] + cmd,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        if p.returncode != 0:
            raise SystemExit(f"{cmd} failed ({p.returncode}): {p.stderr.decode(errors='replace')[-500:]}")
        return int(out.read().split()[-1]) / 1024


def main(argv):
    sep = argv.index("--")
    launchers = [a.split("=", 1) for a in argv[:sep]]
    programs = argv[sep + 1:]
    n = int(os.environ.get("N", "3"))
    root = os.path.join(os.environ.get("XDG_CACHE_HOME") or "/tmp/herthon-rss", "rss")
    envs = {name: dict(os.environ, XDG_CACHE_HOME=os.path.join(root, name)) for name, _ in launchers}
    ref = launchers[-1][0]
    width = max(len(os.path.basename(p)) for p in programs)
    print(f"{'program':{width}}  " + "  ".join(f"{name:>9}" for name, _ in launchers)
          + "  " + "  ".join(f"{name + '/' + ref:>12}" for name, _ in launchers[:-1]))
    for p in programs:
        peaks = {name: [] for name, _ in launchers}
        for name, exe in launchers:
            peak_mib(exe.split() + [p], envs[name])
        for i in range(n):
            order = launchers[i % len(launchers):] + launchers[:i % len(launchers)]
            for name, exe in order:
                peaks[name].append(peak_mib(exe.split() + [p], envs[name]))
        med = {name: statistics.median(v) for name, v in peaks.items()}
        print(f"{os.path.basename(p):{width}}  " + "  ".join(f"{med[name]:>9.1f}" for name, _ in launchers)
              + "  " + "  ".join(f"{med[name] / med[ref]:>12.2f}" for name, _ in launchers[:-1]), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
