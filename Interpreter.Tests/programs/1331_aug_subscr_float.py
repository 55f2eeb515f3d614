# `v[0] -= dx * m` and `p[0] += dt * v[0]`: the product's first chain step inline (an exact
# float under it on the stack), the result stored by ROT_THREE STORE_SUBSCR; list subclasses
# with __getitem__/__setitem__, float subclasses with __rsub__/__radd__/__isub__, int items,
# inf/nan/-0.0, errors midway, tracing on and off.
import sys


class L(list):
    def __getitem__(self, i):
        print("get", i)
        return list.__getitem__(self, i)

    def __setitem__(self, i, v):
        print("set", i, v)
        list.__setitem__(self, i, v)


class LPlain(list):
    pass


class F(float):
    def __sub__(self, o):
        return F(float(self) - o + 1000)

    def __rsub__(self, o):
        return ("F.rsub", o, float(self))

    def __radd__(self, o):
        return ("F.radd", o, float(self))

    def __isub__(self, o):
        return ("F.isub", float(self), o)


def step(v1, v2, dx, dy, m1, m2):
    v1[0] -= dx * m2
    v1[1] -= dy * m2
    v2[0] += dx * m1
    v2[-1] += dy * m1
    return v1, v2


def show(v):
    return [x if not isinstance(x, float) or x == x else "nan" for x in v]


for a in [([1.0, 2.0], [3.0, 4.0], 0.5, 0.25, 2.0, 4.0),
          ([1.0, 2.0], [3.0, 4.0], -0.0, 0.0, -1.0, 1.0),
          ([1, 2], [3, 4], 0.5, 0.25, 2.0, 4.0),
          ([1.0, 2.0], [3.0, 4.0], 2, 3, 5, 7),
          ([float("inf"), 2.0], [3.0, float("nan")], 1e308, 1e308, 10.0, 10.0),
          ([1.0, 2.0], [3.0, 4.0], True, False, 2.0, 0.5)]:
    v1, v2 = step(*a)
    print(show(v1), show(v2))

print(step(L([1.0, 2.0]), L([3.0, 4.0]), 0.5, 0.25, 2.0, 4.0))
print(step(LPlain([1.0, 2.0]), LPlain([3.0, 4.0]), 0.5, 0.25, 2.0, 4.0))
print(step([F(1.0), 2.0], [3.0, 4.0], 0.5, 0.25, 2.0, 4.0))
print(step([1.0, 2.0], [3.0, 4.0], F(0.5), 0.25, 2.0, 4.0))
print(step([1.0, 2.0], [3.0, 4.0], 0.5, 0.25, 2.0, F(4.0)))
print(step((1.0, 2.0), [3.0, 4.0], 0.5, 0.25, 2.0, 4.0) if False else "skip")

# Errors midway: an index out of range, a tuple, a str item, a None factor.
for a in [([1.0], [3.0, 4.0], 0.5, 0.25, 2.0, 4.0),
          ((1.0, 2.0), [3.0, 4.0], 0.5, 0.25, 2.0, 4.0),
          (["a", 2.0], [3.0, 4.0], 0.5, 0.25, 2.0, 4.0),
          ([1.0, 2.0], [3.0, 4.0], None, 0.25, 2.0, 4.0)]:
    try:
        step(*a)
    except Exception as ex:
        print(type(ex).__name__, ex, a[0])


# OverflowError and ZeroDivisionError in the chain after the product.
def chained(v, x, y, z):
    v[0] -= x * y / z
    v[1] += x ** y
    return v


for a in [([1.0, 2.0], 2.0, 3.0, 4.0), ([1.0, 2.0], 2.0, 3.0, 0.0), ([1.0, 2.0], 10.0, 400.0, 1.0),
          ([1.0, 2.0], -8.0, 0.5, 1.0)]:
    try:
        print(chained(*a))
    except (OverflowError, ZeroDivisionError) as ex:
        print(type(ex).__name__, ex, a[0])


# Sum with the product as right operand: `t + x * y` and `t - x * y`.
def sums(t, x, y):
    a = t + x * y
    b = t - x * y
    c = t * x * y
    return a, b, c


print(sums(1.0, 2.0, 3.0), sums(1, 2.0, 3.0), sums(F(1.0), 2.0, 3.0), sums(1.0, 2, 3))


# nbody's advance, a few steps.
def advance(bodies, pairs, dt, n):
    for _ in range(n):
        for (p1, v1, m1), (p2, v2, m2) in pairs:
            dx = p1[0] - p2[0]
            dy = p1[1] - p2[1]
            d2 = dx * dx + dy * dy
            mag = dt / (d2 * d2 ** 0.5)
            b1 = m1 * mag
            b2 = m2 * mag
            v1[0] -= dx * b2
            v1[1] -= dy * b2
            v2[0] += dx * b1
            v2[1] += dy * b1
        for p, v, m in bodies:
            p[0] += dt * v[0]
            p[1] += dt * v[1]


bodies = [([0.0, 0.0], [0.0, 0.0], 10.0), ([1.0, 0.0], [0.0, 1.0], 0.1), ([0.0, 2.0], [-0.5, 0.0], 0.2)]
pairs = [(bodies[i], bodies[j]) for i in range(3) for j in range(i + 1, 3)]
advance(bodies, pairs, 0.01, 50)
print([[round(c, 12) for c in b[0] + b[1]] for b in bodies])

events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "step":
        events.append((event, frame.f_lineno - step.__code__.co_firstlineno))
    return tracer


sys.settrace(tracer)
r = step([1.0, 2.0], [3.0, 4.0], 0.5, 0.25, 2.0, 4.0)
sys.settrace(None)
print(r, events)
print(step([1.0, 2.0], [3.0, 4.0], 0.5, 0.25, 2.0, 4.0))
