# A call's result stored by the STORE_FAST right after it (`total = add(total, i)`, `x = o.m()`):
# the local gets the value the callee returned, also when the callee raises midway, replaces
# the caller's local through its frame, starts a tracer, or returns from a getter, an __init__,
# a generator or a closure; line events and locals seen by tracers as CPython's.
import sys


def add(a, b):
    return a + b


def ident(x):
    return x


class C:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def twice(self, k):
        r = self.v * k
        return r


def basic(n):
    total = 0
    for i in range(n):
        total = add(total, i)
    x = ident("s")
    y = ident(None)
    c = C(3)
    g = c.get()
    t = c.twice(4)
    u = C(5).twice(2)
    print(total, x, y, g, t, u)


basic(10)


def boom(k):
    if k == 3:
        raise KeyError(k)
    return k * 10


def raising():
    last = "unset"
    out = []
    for i in range(5):
        try:
            last = boom(i)
        except KeyError as e:
            out.append(("KeyError", e.args, last))
        out.append(last)
    print(out)


raising()


def unbound_after_raise():
    try:
        v = boom(3)
    except KeyError:
        pass
    try:
        print(v)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)


unbound_after_raise()


def peeks():
    # The callee looks at its caller's locals before the store.
    return sorted(k for k in sys._getframe(1).f_locals if not k.startswith("_"))


def locals_seen():
    a = 1
    b = peeks()
    c = peeks()
    print(b, c)


locals_seen()


def gen(n):
    yield from range(n)


def closures():
    k = 7

    def inner(x):
        return x + k

    out = []
    for i in range(3):
        r = inner(i)
        g = gen(i)
        l = list(g)
        out.append((r, l))
    print(out)


closures()

events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name in ("starts", "caller", "plain", "traced_caller"):
        events.append((frame.f_code.co_name, event, frame.f_lineno, dict(frame.f_locals) if event == "line" else arg))
    return tracer


def starts(i):
    if i == 2:
        sys.settrace(tracer)
    return i


def plain(i):
    return i + 100


def caller():
    got = []
    for i in range(4):
        v = starts(i)
        w = plain(i)
        got.append((v, w))
    sys.settrace(None)
    return got


print(caller())
print(events)

events.clear()


def traced_caller():
    a = plain(1)
    b = plain(a)
    return a, b


sys.settrace(tracer)
print(traced_caller())
sys.settrace(None)
print(events)


def recurse(n):
    if n == 0:
        return 0
    r = recurse(n - 1)
    return r + 1


print(recurse(100))
