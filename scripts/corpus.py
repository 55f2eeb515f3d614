#!/usr/bin/python3.11
"""Run the conformance corpus through a `herthon` executable, one process per program, and compare
with the expected files as Interpreter.Tests' CorpusTests does in-process (stdout byte for byte, the
exit code, the last stderr line, the whole stderr where NNN_topic.stderr exists). For the builds
the in-process test does not see: the NativeAOT executable above all.

    /usr/bin/python3.11 scripts/corpus.py [--herthon PATH] [--jobs N] [NNN_topic.py ...]

Prints one line per mismatch and ends with `N passed, M failed`; exit status 1 on any failure. A
program that fails while others run beside it (timing-sensitive ones: signals, threads) runs once
more alone; one that passes then is counted as passed and named on a "passed alone" line.
"""
import argparse
import concurrent.futures
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = os.path.join(ROOT, "Interpreter.Tests", "programs")
TIMEOUT = 120


def read(path):
    try:
        with open(path, encoding="utf-8", newline="") as f:
            return f.read().replace("\r\n", "\n")
    except FileNotFoundError:
        return None


def last_line(text):
    lines = [l for l in text.split("\n") if l.strip()]
    return lines[-1].rstrip("\r") if lines else ""


def check(herthon, name):
    path = os.path.join(PROGRAMS, name)
    stem = path[:-3]
    try:
        p = subprocess.run([herthon, "-X", "utf8", path], cwd=PROGRAMS, stdin=subprocess.DEVNULL,
                           capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return name, ["timed out after %d s" % TIMEOUT]
    out = p.stdout.decode("utf-8", "replace")
    err = p.stderr.decode("utf-8", "replace").replace("\r\n", "\n").replace(PROGRAMS + os.sep, "")
    problems = []
    if out != read(stem + ".out"):
        problems.append("stdout differs")
    expected_exit, expected_last = 0, None
    if (e := read(stem + ".err")) is not None:
        lines = e.split("\n")
        expected_exit = int(lines[0].strip())
        expected_last = lines[1].rstrip("\r") if len(lines) > 1 else ""
    if p.returncode != expected_exit:
        problems.append("exit code %d, expected %d" % (p.returncode, expected_exit))
    if expected_last is not None and last_line(err) != expected_last:
        problems.append("last stderr line %r, expected %r" % (last_line(err), expected_last))
    if (full := read(stem + ".stderr")) is not None and err != full:
        problems.append("stderr differs")
    if problems and expected_last is None and err:
        problems.append("stderr: " + err.strip().split("\n")[-1][:300])
    return name, problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--herthon", default=os.path.join(ROOT, "Interpreter", "bin", "Release", "net10.0", "herthon"))
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("programs", nargs="*")
    args = parser.parse_args()
    names = args.programs or sorted(n for n in os.listdir(PROGRAMS) if n.endswith(".py") and n != "make_expected.py")
    passed = failed = 0
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        results = list(pool.map(lambda n: check(args.herthon, n), names))
    for name, problems in results:
        if problems and args.jobs > 1:
            if not check(args.herthon, name)[1]:
                print("passed alone (failed beside others: %s): %s" % ("; ".join(problems), name), flush=True)
                problems = []
        if problems:
            failed += 1
            print("FAIL %s: %s" % (name, "; ".join(problems)), flush=True)
        else:
            passed += 1
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
