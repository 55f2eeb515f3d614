# conformance: own-process
# The default sys.unraisablehook writes the exception line as CPython's write_unraisable_exc_file:
# `Type: str(value)`, with the ": " even when str() is empty, and none of the extras of an uncaught
# exception's report (no "Did you mean", no SyntaxError caret block, no notes, no chained exceptions).
import gc
import io
import re
import sys


class Custom(Exception):
    pass


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no str")


class Holder:
    def __init__(self, exc):
        self.exc = exc

    def __del__(self):
        raise self.exc


def report(exc):
    saved = sys.stderr
    sys.stderr = buf = io.StringIO()
    try:
        h = Holder(exc)
        del h
        gc.collect()
    finally:
        sys.stderr = saved
    text = re.sub(r" at 0x[0-9a-f]+", " at ADDR", buf.getvalue()).replace(__file__, "FILE")
    # the traceback entries only: file, function and line
    lines = [l for l in text.splitlines() if not l.startswith("    ")]
    print("\n".join(lines))
    print("--")


noted = ValueError("with a note")
noted.add_note("a note")
chained = KeyError("outer")
chained.__context__ = ZeroDivisionError("inner")

for exc in [KeyboardInterrupt(), ValueError(), ValueError("x"), Custom(), Custom("c"), BadStr(),
            SyntaxError("bad", ("f.py", 1, 2, "a b", 1, 3)), noted, chained, KeyError("k"),
            SystemExit(3), StopIteration(7)]:
    report(exc)


def missing_name_with_suggestion():
    undefined_namx


undefined_name = 1
try:
    missing_name_with_suggestion()
except NameError as e:
    report(e)


def gen():
    try:
        yield 1
    finally:
        raise KeyboardInterrupt


saved = sys.stderr
sys.stderr = buf = io.StringIO()
g = gen()
next(g)
del g
gc.collect()
sys.stderr = saved
print(re.sub(r" at 0x[0-9a-f]+", " at ADDR", buf.getvalue()).replace(__file__, "FILE"))
