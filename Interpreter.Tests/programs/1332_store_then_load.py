# BINARY_OP STORE_FAST and FOR_ITER STORE_FAST followed by a LOAD_FAST and its fused forms
# (pairs, compares, attributes, subscripts): values, errors reported at the right line, unbound
# locals, overridden dunders, generators, tracing on and off. (num15 measured going on from the
# store into the LOAD_FAST without a dispatch, and did not keep it.)
import sys


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        return V(self.x + (o.x if isinstance(o, V) else o))

    def __eq__(self, o):
        print("eq", self.x, o)
        return isinstance(o, V) and o.x == self.x

    __hash__ = None

    def __repr__(self):
        return "V(%r)" % self.x


def chain(a, b):
    c = a + b
    d = c * 2
    e = d - a
    if e == 3:
        return "three", c, d, e
    f = e.x if isinstance(e, V) else e
    return c, d, e, f


print(chain(1, 2), chain(1.5, 0.5), chain("a", "b") if False else "-")
try:
    print(chain(V(1), V(2)))
except TypeError as ex:
    print("TypeError", ex)


def loop(items):
    out = []
    for it in items:
        k = it + 1
        if k > 3:
            out.append(k)
        n = k * k
        out.append(n)
    return out


print(loop([1, 2, 3, 4.5]))
try:
    loop([1, "x"])
except TypeError as ex:
    print("TypeError", ex, sys.exc_info()[2].tb_next.tb_lineno - loop.__code__.co_firstlineno)


def for_then_load(rows, table):
    total = 0
    for r in rows:
        total = total + table[r]
        v = r
        if v is None:
            break
    return total


print(for_then_load([0, 1, 2, 1], [10, 20, 30]))
try:
    for_then_load([0, 5], [10, 20, 30])
except IndexError as ex:
    print("IndexError", ex)


def unbound(a):
    b = a + 1
    c = b + later
    later = 1
    return c


try:
    unbound(1)
except UnboundLocalError as ex:
    print("UnboundLocalError", ex)


def gen(n):
    for i in range(n):
        j = i * 3
        yield j
        k = j + 1
        yield k


print(list(gen(4)))


def attrs(objs):
    s = 0
    for o in objs:
        s = s + o.x
        t = s
        t = t + o.x
    return s, t


print(attrs([V(1), V(2.5)]))

events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name in ("loop", "chain"):
        events.append((frame.f_code.co_name, event, frame.f_lineno))
    return tracer


sys.settrace(tracer)
a = loop([1, 4])
b = chain(1, 2)
sys.settrace(None)
print(a, b)
print(events)
print(loop([5, 6]))
