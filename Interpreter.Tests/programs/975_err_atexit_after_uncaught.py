# conformance: full-stderr
# atexit callbacks run after the uncaught exception's traceback is printed; a failing callback is
# reported and the others still run (newest first).
import atexit

def report(tag):
    print("atexit:", tag)

atexit.register(report, "registered first, runs last")
atexit.register(report, "registered second, runs first")
print("main body")
raise KeyError("missing")
