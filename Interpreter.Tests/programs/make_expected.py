#!/usr/bin/python3.11
"""Regenerate the expected outputs of the conformance corpus with CPython 3.11.

For every NNN_topic.py in this folder (this script excluded) it runs
`/usr/bin/python3.11 -X utf8 NNN_topic.py` (Debian's CPython 3.11.2, the oracle;
never the `python3` on PATH, a version-manager shim running another build) with this folder as the working directory, so
tracebacks name the bare file, and writes:

  NNN_topic.out     the program's stdout, byte for byte
  NNN_topic.err     only when the exit code is non-zero: the exit code on the
                    first line, the last non-empty line of stderr on the second
  NNN_topic.stderr  the whole stderr, only for programs that contain the
                    marker comment `# conformance: full-stderr` (use it only
                    where the traceback is deterministic)

CPython prints the script's absolute path in tracebacks; the folder prefix is
removed, so expected files say File "NNN_topic.py" (the test strips the same
prefix from Herthon's stderr).

Each program runs twice with different PYTHONHASHSEED values; a program whose
output differs between the runs is reported as non-deterministic and the
script exits non-zero. Usage:  /usr/bin/python3.11 make_expected.py [NNN_topic.py ...]
"""
import os
import subprocess
import sys

ORACLE = "/usr/bin/python3.11"
HERE = os.path.dirname(os.path.abspath(__file__))
FULL_STDERR_MARKER = "# conformance: full-stderr"
TIMEOUT = 60


def run(name, hashseed):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = str(hashseed)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return subprocess.run(
        [ORACLE, "-X", "utf8", name],
        cwd=HERE, env=env, stdin=subprocess.DEVNULL,
        capture_output=True, timeout=TIMEOUT)


def write(path, data):
    with open(path, "wb") as f:
        f.write(data)


def remove(path):
    if os.path.exists(path):
        os.remove(path)


def main(argv):
    if sys.version_info[:2] != (3, 11):
        sys.exit("make_expected.py must run under CPython 3.11, not %s" % sys.version.split()[0])
    names = argv or sorted(n for n in os.listdir(HERE)
                           if n.endswith(".py") and n != os.path.basename(__file__))
    problems = 0
    for name in names:
        base = os.path.join(HERE, name[:-3])
        first = run(name, 0)
        second = run(name, 12345)
        if (first.stdout, first.stderr, first.returncode) != (second.stdout, second.stderr, second.returncode):
            print("NON-DETERMINISTIC:", name)
            problems += 1
        write(base + ".out", first.stdout)
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            full = FULL_STDERR_MARKER in f.read()
        # CPython 3.11 makes the script path absolute in tracebacks; the corpus stores bare names.
        stderr = first.stderr.replace((HERE + os.sep).encode("utf-8"), b"")
        if first.returncode != 0:
            lines = [l for l in stderr.decode("utf-8").splitlines() if l.strip()]
            last = lines[-1] if lines else ""
            write(base + ".err", ("%d\n%s\n" % (first.returncode, last)).encode("utf-8"))
        else:
            remove(base + ".err")
        if full:
            write(base + ".stderr", stderr)
        else:
            remove(base + ".stderr")
        status = "exit %d" % first.returncode if first.returncode else "ok"
        print("%-40s %s%s" % (name, status, " +stderr" if full else ""))
    if problems:
        sys.exit("%d problem(s)" % problems)


if __name__ == "__main__":
    main(sys.argv[1:])
