# conformance: full-stderr
# When sys.excepthook itself raises, both errors are reported.
import sys


def broken_hook(exc_type, exc, tb):
    print("hook called with", exc_type.__name__)
    raise RuntimeError("hook is broken")


sys.excepthook = broken_hook
print("before")
{}["missing"]
