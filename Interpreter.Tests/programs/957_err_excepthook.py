# conformance: full-stderr
# A program's sys.excepthook receives the uncaught exception; the exit status is still 1.
import sys


def report(exc_type, exc, tb):
    frames = 0
    while tb is not None:
        frames += 1
        tb = tb.tb_next
    print(f"report: {exc_type.__name__}: {exc} ({frames} frames)")
    sys.stderr.write(f"fatal: {exc}\n")


sys.excepthook = report


def load(path):
    raise FileNotFoundError(f"missing {path}")


print("starting")
load("settings.ini")
