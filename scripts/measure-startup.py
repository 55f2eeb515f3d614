#!/usr/bin/python3.11
"""Start-up of herthon against Debian's CPython 3.11: `-c pass` and `-c "import ..."` with a warm and
a cold compiled-code cache, interleaved rounds, median and spread (min-max) of wall time in ms.

Cold: an empty cache folder for every run (Herthon: XDG_CACHE_HOME; CPython: PYTHONPYCACHEPREFIX, so
its __pycache__ beside the library is not used); the run compiles and writes the entries.
Warm: a cache folder filled by an earlier run.   Usage: scripts/measure-startup.py [rounds] [herthon]
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 7
HERTHON = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "..", "Interpreter", "bin", "Release", "net10.0", "herthon")
CPYTHON = "/usr/bin/python3.11"
IMPORTS = "import argparse, json, re"   # logging and pathlib do not import in Herthon yet

base_env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "HERTHON"))}
scratch = tempfile.mkdtemp(prefix="startup-")
warm_h, warm_p = os.path.join(scratch, "warm-h"), os.path.join(scratch, "warm-p")


def env_for(impl, cache):
    env = dict(base_env)
    if impl == "herthon":
        env["XDG_CACHE_HOME"] = cache
    else:
        env["PYTHONPYCACHEPREFIX"] = cache
    return env


def run(impl, code, cache):
    exe = HERTHON if impl == "herthon" else CPYTHON
    t = time.perf_counter()
    subprocess.run([exe, "-c", code], env=env_for(impl, cache), check=True, stdout=subprocess.DEVNULL)
    return (time.perf_counter() - t) * 1000


cases = []
for impl, warm in (("herthon", warm_h), ("cpython", warm_p)):
    cases.append((impl, "-c pass", "pass", lambda w=warm: w))
    cases.append((impl, f'-c "{IMPORTS}" warm', IMPORTS, lambda w=warm: w))
    cases.append((impl, f'-c "{IMPORTS}" cold', IMPORTS, lambda: tempfile.mkdtemp(dir=scratch)))

for impl, warm in (("herthon", warm_h), ("cpython", warm_p)):
    run(impl, IMPORTS, warm)   # fill the warm caches
results = {(impl, label): [] for impl, label, _, _ in cases}
for _ in range(ROUNDS):
    for impl, label, code, cache in cases:
        results[(impl, label)].append(run(impl, code, cache()))
shutil.rmtree(scratch)

print(f"| command | Herthon median (min-max) ms | CPython 3.11 median (min-max) ms |")
print(f"|---|---|---|")
for label in dict.fromkeys(label for _, label, _, _ in cases):
    cells = []
    for impl in ("herthon", "cpython"):
        xs = results[(impl, label)]
        cells.append(f"{statistics.median(xs):.0f} ({min(xs):.0f}-{max(xs):.0f})")
    print(f"| `{label}` | {cells[0]} | {cells[1]} |")
print(f"\n{ROUNDS} interleaved rounds; load average at the end: {os.getloadavg()[0]:.1f}")
