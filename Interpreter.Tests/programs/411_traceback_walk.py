# Walking traceback objects: tb_next, tb_frame, tb_lineno, and the frames' locals.
import sys


def parse(text):
    value = int(text)
    return value


def load(items):
    results = []
    for item in items:
        results.append(parse(item))
    return results


def run():
    try:
        load(["1", "2", "x3"])
    except ValueError as exc:
        return exc


exc = run()
print(type(exc).__name__, exc)
tb = exc.__traceback__
depth = 0
while tb is not None:
    frame = tb.tb_frame
    code = frame.f_code
    interesting = {k: v for k, v in frame.f_locals.items() if isinstance(v, (str, int, list))}
    print(depth, code.co_name, "line", tb.tb_lineno, "rel", tb.tb_lineno - code.co_firstlineno, sorted(interesting.items()))
    print("   lasti is even and non-negative:", tb.tb_lasti % 2 == 0 and tb.tb_lasti >= 0)
    tb = tb.tb_next
    depth += 1

# The innermost frame's f_back leads back out through the callers.
tb = exc.__traceback__
while tb.tb_next is not None:
    tb = tb.tb_next
names = []
f = tb.tb_frame
while f is not None:
    names.append(f.f_code.co_name)
    f = f.f_back
print("back chain:", names)

# sys.exc_info() inside a handler gives the same traceback.
def checker():
    try:
        {}["missing"]
    except KeyError:
        etype, value, tb = sys.exc_info()
        print(etype.__name__, value, tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_next)


checker()

# A re-raise in another frame extends the chain; each frame appears once per pass.
def inner():
    raise RuntimeError("inner failed")


def middle():
    try:
        inner()
    except RuntimeError:
        raise


def outer():
    try:
        middle()
    except RuntimeError as e:
        entries = []
        tb = e.__traceback__
        while tb:
            entries.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        return entries


print(outer())

# Collecting a compact summary, like a crash reporter would.
def summarize(exc):
    parts = []
    tb = exc.__traceback__
    while tb:
        parts.append(f"{tb.tb_frame.f_code.co_name}@{tb.tb_lineno}")
        tb = tb.tb_next
    return " > ".join(parts) + f": {type(exc).__name__}"


def divide(a, b):
    return a / b


try:
    divide(1, 0)
except ZeroDivisionError as e:
    print(summarize(e))
    print(e.__traceback__.tb_frame is sys._getframe())
