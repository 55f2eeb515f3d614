# sys._getframe, f_back and settrace/setprofile events through inline frames: frames seen from
# callees at several depths (names, line numbers, locals), frames kept after their call returned,
# a tracer switched on inside a deep inline call, and call/return events with their values.
import sys


def who(depth):
    f = sys._getframe(depth)
    return (f.f_code.co_name, f.f_lineno)


def a():
    return b() + [who(1)]


def b():
    return c() + [who(1)]


def c():
    return [who(1), who(2), who(3)]


print(a())


def chain_names():
    f = sys._getframe()
    names = []
    while f is not None and f.f_code.co_name != "<module>":
        names.append(f.f_code.co_name)
        f = f.f_back
    return names


def r(n):
    return chain_names() if n == 0 else r(n - 1)


print(r(4))

kept = []


def keep(x):
    y = x * 10
    kept.append(sys._getframe())
    return y


for i in range(3):
    keep(i)
keep(7)
print([(f.f_locals["x"], f.f_locals["y"], f.f_lineno) for f in kept])

events = []


def tracer(frame, event, arg):
    if frame.f_code.co_filename == __file__:
        events.append((event, frame.f_code.co_name, arg if event == "return" else None))
    return tracer


def sq(x):
    return x * x


def sum_sq(n):
    t = 0
    for i in range(n):
        t += sq(i)
    return t


def start_tracing_deep(n):
    if n == 0:
        sys.settrace(tracer)
        return sq(3)
    return start_tracing_deep(n - 1) + 1


print(sum_sq(3))
print(start_tracing_deep(3))
v = sum_sq(2)
sys.settrace(None)
print(v)
print([e for e in events if e[0] in ("call", "return")])

prof = []


def profiler(frame, event, arg):
    if event in ("call", "return") and frame.f_code.co_filename == __file__:
        prof.append((event, frame.f_code.co_name))


class P:
    def m(self, k):
        return sq(k) + 1


sys.setprofile(profiler)
P().m(2)
sum_sq(2)
sys.setprofile(None)
print(prof)


def lines_of():
    seen = []

    def lt(frame, event, arg):
        if event == "line" and frame.f_code.co_name in ("sq", "body"):
            seen.append((frame.f_code.co_name, frame.f_lineno - body.__code__.co_firstlineno))
        return lt

    def body():
        x = sq(2)
        y = sq(x)
        return x + y

    sys.settrace(lt)
    out = body()
    sys.settrace(None)
    return out, seen


print(lines_of())
