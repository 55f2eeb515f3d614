# Builtin-method calls on a local at warm sites while a profiler or tracer is attached and
# detached midway (sys.setprofile sees c_call/c_return for each method; sys.settrace sees the
# lines), and results consumed by POP_TOP, STORE_FAST, a jump or an expression.
import sys

events = []


def prof(frame, event, arg):
    if event in ("c_call", "c_return", "c_exception"):
        events.append((event, getattr(arg, "__name__", "?")))


def work(n, on, off):
    parts = []
    d = {"a": 1, "b": 2}
    s = set()
    txt = "abc"
    for i in range(n):
        if i == on:
            sys.setprofile(prof)
        if i == off:
            sys.setprofile(None)
        parts.append(i)
        parts.append(txt.lower())
        parts.pop()
        v = d.get("a")
        w = d.get("z", i)
        if txt.startswith("a"):
            s.add(i % 3)
        up = txt.upper()
        parts.append(up + str(v + w))
        x = parts.pop()
        d[x] = d.get(x, 0) + 1
    return parts, sorted(s), len(d)


print(work(8, 3, 5))
for e in events:
    print(e)
events.clear()

# c_exception from a method that raises while profiled.
def raising(n):
    d = {}
    l = []
    for i in range(n):
        if i == 2:
            sys.setprofile(prof)
        try:
            l.pop()
        except IndexError:
            l.append(i)
        try:
            d.get([])
        except TypeError:
            pass
    sys.setprofile(None)
    return l


print(raising(4))
for e in events:
    print(e)

lines = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "traced":
        lines.append((event, frame.f_lineno - traced.__code__.co_firstlineno))
    return tracer


def traced(n):
    parts = []
    d = {}
    for i in range(n):
        parts.append(i)
        k = d.get(i % 2, 0)
        d[i % 2] = k + 1
        if "x".startswith("x"):
            parts.append(-i)
    return parts, d


print(traced(3))
sys.settrace(tracer)
print(traced(3))
sys.settrace(None)
print(traced(3))
print(lines)
