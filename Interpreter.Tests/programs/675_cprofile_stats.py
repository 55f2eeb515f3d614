# Profiling a small program with cProfile and reading the numbers back with pstats.
import cProfile
import pstats


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def work(limit):
    values = []
    for i in range(limit):
        values.append(fib(i))
    return values


def report(stats):
    rows = []
    for (filename, line, name), (cc, nc, tt, ct, callers) in stats.stats.items():
        if filename == "~":
            where = name
        elif filename == __file__:
            where = f"{name}:{line}"
        else:
            continue
        who = sorted(f"{c[2]}x{v[0]}" for c, v in callers.items())
        rows.append((where, cc, nc, who))
    for row in sorted(rows):
        print(*row)


prof = cProfile.Profile()
prof.enable()
print(work(8))
prof.disable()
report(pstats.Stats(prof))

print("-- runcall")
prof = cProfile.Profile()
print(prof.runcall(work, 5))
report(pstats.Stats(prof))

print("-- context manager, builtins off")
with cProfile.Profile(builtins=False) as prof:
    sorted(work(4), reverse=True)
report(pstats.Stats(prof))

entries = {e.code if isinstance(e.code, str) else e.code.co_name: e for e in prof.getstats()}
print(entries["fib"].callcount, entries["fib"].reccallcount, type(entries["fib"].totaltime).__name__)
print(sorted(s.code.co_name for s in entries["work"].calls))
