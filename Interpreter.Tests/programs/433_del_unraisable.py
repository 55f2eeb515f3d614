# conformance: own-process   (finalisation depends on when the runtime collects: no other test may share the heap)
# Exceptions in finalisers cannot propagate: they go to sys.unraisablehook.
import gc
import sys


class Broken:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        raise ValueError(f"cannot release {self.tag}")


seen = []


def hook(unraisable):
    seen.append((unraisable.exc_type.__name__, str(unraisable.exc_value),
                 getattr(unraisable.object, "__qualname__", None), unraisable.err_msg))


sys.unraisablehook = hook
b = Broken("first")
del b
gc.collect()
print("program continues:", seen)


def callback(ref):
    raise KeyError("from callback")


import _weakref


class Target:
    pass


t = Target()
r = _weakref.ref(t, callback)
del t
gc.collect()
print(seen[-1])


def worker():
    try:
        yield 1
    finally:
        raise RuntimeError("cleanup failed")


g = worker()
next(g)
del g
gc.collect()
print(seen[-1][0], seen[-1][1])

# The default hook prints "Exception ignored in: ..." and the traceback to sys.stderr.
import io

sys.unraisablehook = sys.__unraisablehook__
sys.stderr = captured = io.StringIO()
b = Broken("second")
del b
gc.collect()
sys.stderr = sys.__stderr__
report = captured.getvalue().splitlines()
print(report[0].split(" at 0x")[0])
print("\n".join(line for line in report[1:] if not line.startswith("  File")))
print("still running")
