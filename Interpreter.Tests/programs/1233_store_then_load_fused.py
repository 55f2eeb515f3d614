# STORE_FAST followed by LOAD_FAST: in Herthon the LOAD_FAST then takes its own fused forms
# (compare-and-jump, a BINARY_OP, an attribute read, a subscript) without a dispatch. Results,
# errors, tracebacks' lines and the frame's f_lineno seen from code called there are CPython's.
import sys
import traceback


def lines_of(e, fn):
    tb = e.__traceback__
    out = []
    while tb is not None:
        if tb.tb_frame.f_code is fn.__code__:
            out.append(tb.tb_lineno - fn.__code__.co_firstlineno)
        tb = tb.tb_next
    return out


def compares(vals):
    out = []
    for v in vals:
        x = v
        if x == 3:
            out.append("eq3")
        y = v
        if y is None:
            out.append("none")
        z = v
        if z != "a":
            out.append("ne-a")
        w = v
        if w < 10 if isinstance(w, int) else False:
            out.append("lt10")
    return out


print(compares([3, None, "a", "b", 3.0, 11, True, 2 ** 70, "3"]))


def binops(a, b):
    x = a
    y = x + b
    z = y
    w = z * 2
    return w


for a, b in [(1, 2), (1.5, 2), ("s", "t"), ([1], [2]), (2 ** 62, 2 ** 62)]:
    print(binops(a, b))
for a, b in [(1, "s"), (None, 1), ("s", 1)]:
    try:
        binops(a, b)
    except TypeError as e:
        print(type(e).__name__, e, lines_of(e, binops))


class Loud:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        print("add at line", sys._getframe(1).f_lineno - fused_calls.__code__.co_firstlineno)
        return Loud(self.v + o)

    def __eq__(self, o):
        print("eq at line", sys._getframe(1).f_lineno - fused_calls.__code__.co_firstlineno)
        return self.v == o

    def __lt__(self, o):
        raise ValueError("no order")


def fused_calls(o):
    a = o
    b = a + 1
    c = b
    if c == 2:
        print("c is 2")
    d = c
    e = d.v
    f = e
    if f < 5:
        print("f < 5")
    g = o
    if g < 1:
        print("never")
    return e


try:
    fused_calls(Loud(1))
except ValueError as ex:
    print(type(ex).__name__, ex, lines_of(ex, fused_calls))


def subscripts(lst, t, d):
    i = 1
    a = lst[i]
    k = "k"
    b = d[k]
    j = -1
    c = t[j]
    m = 0
    lst[m] = a + b
    n = "n"
    d[n] = d.get(n, 0) + 1
    d[k] += 1
    return a, b, c, lst, sorted(d.items())


print(subscripts([1, 2, 3], (4, 5, 6), {"k": 7}))
for args in [([1], (1,), {"k": 1}), ([1, 2], (), {"k": 1}), ([1, 2], (1,), {})]:
    try:
        print(subscripts(*args))
    except (IndexError, KeyError) as e:
        print(type(e).__name__, e, lines_of(e, subscripts))


def unbound(flag):
    x = 1
    if flag:
        y = 2
    z = x
    w = y
    return z + w


print(unbound(True))
try:
    unbound(False)
except UnboundLocalError as e:
    print(type(e).__name__, e, lines_of(e, unbound))


def unpack(pairs):
    total = 0
    for a, b in pairs:
        s = a
        total = total + s * b
    return total


print(unpack([(1, 2), (3, 4), (5.5, 2)]))


# line tracing runs the instructions one by one: the events are CPython's
events = []


def tracer(frame, event, arg):
    if frame.f_code in (compares.__code__, binops.__code__):
        events.append((frame.f_code.co_name, event, frame.f_lineno - frame.f_code.co_firstlineno))
    return tracer


sys.settrace(tracer)
compares([3, "a"])
binops(1, 2)
sys.settrace(None)
print(events)
