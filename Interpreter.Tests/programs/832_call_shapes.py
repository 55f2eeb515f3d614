# Python functions and methods called with every argument shape: keywords, defaults, keyword-only,
# *args/**kwargs on either side, forwarding wrappers (decorators), closures; binding errors of the
# starred forms; recursion through f(*args) reaching the recursion limit.
import functools


def area(w, h=1, *, unit="m"):
    return f"{w * h}{unit}2"


args = (3, 4)
kw = {"unit": "cm"}
print(area(2), area(2, 3), area(w=2, h=5), area(*args), area(*args, **kw), area(**{"w": 7}), area(1, *(), **{}))


def collect(first, *rest, sep="-", **opts):
    return sep.join(map(str, (first,) + rest)) + (f" {sorted(opts.items())}" if opts else "")


print(collect(1), collect(1, 2, 3), collect(*range(5), sep="+"), collect(*[9], **{"sep": "/", "x": 1, "y": 2}))


def logged(fn):
    calls = []

    @functools.wraps(fn)
    def wrapper(*a, **k):
        calls.append((a, tuple(sorted(k))))
        return fn(*a, **k)

    wrapper.calls = calls
    return wrapper


@logged
def scale(v, factor=2, *, offset=0):
    return v * factor + offset


total = 0
for i in range(200):
    total += scale(i) + scale(i, 3) + scale(i, factor=4, offset=1)
print(total, len(scale.calls), scale.calls[:3], scale.__name__)


class Vec:
    def __init__(self, *coords):
        self.coords = coords

    def scaled(self, k=1, *, shift=0):
        return Vec(*(c * k + shift for c in self.coords))

    def __repr__(self):
        return f"Vec{self.coords}"


v = Vec(1, 2, 3)
m = v.scaled
print(v.scaled(2), m(*(3,)), m(**{"k": 2, "shift": 1}), Vec(*[4, 5]).scaled(k=-1))


def make_counter(step):
    count = 0

    def bump(times=1, *, by=None):
        nonlocal count
        count += (by or step) * times
        return count

    return bump


b = make_counter(5)
print(b(), b(2), b(*(1,), **{"by": 100}), b(times=3))


def strict(a, b, /, c, *, d):
    return (a, b, c, d)


for call in [lambda: strict(*(1, 2, 3), **{"d": 4}),
             lambda: strict(*(1, 2), **{"c": 3, "d": 4}),
             lambda: strict(*(1,), **{"c": 3, "d": 4}),
             lambda: strict(*(1, 2, 3)),
             lambda: strict(*(1, 2, 3, 4), **{"d": 4}),
             lambda: strict(*(1, 2), **{"a": 0, "c": 3, "d": 4}),
             lambda: strict(*(1, 2, 3), **{"d": 4, "e": 5}),
             lambda: strict(1, *(2,), c=3, **{"c": 3, "d": 4}),
             lambda: area(*(1,), **{1: 2})]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)


def countdown(*n):
    return 0 if n[0] == 0 else 1 + countdown(*(n[0] - 1,))


print(countdown(500))
try:
    countdown(100000)
except RecursionError as e:
    print("RecursionError:", e)


def kwdepth(**k):
    return k["n"] if k["n"] == 0 else kwdepth(n=k["n"] - 1) + 1


print(kwdepth(n=300))
