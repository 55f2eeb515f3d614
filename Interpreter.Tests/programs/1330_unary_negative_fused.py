# UNARY_NEGATIVE on an exact float with its float chain (`-x * dt`, `-x / y`, chains after
# it), its STORE_FAST and the LOAD_FAST after that; subclasses with their own __neg__ and
# operators, ints, bools, inf/nan/-0.0, errors midway, tracing on and off.
import math
import sys


class F(float):
    def __neg__(self):
        return F(float(self) * 10)

    def __mul__(self, o):
        return ("F.mul", float(self), o)

    def __rmul__(self, o):
        return ("F.rmul", o, float(self))


class G(float):
    pass


class Neg:
    def __neg__(self):
        return 2.5


def shapes(x, y, d):
    a = -x * d
    b = -x / y
    c = -x - -y
    e = -x + d * y
    g = -x * d + y * d - x
    h = -x
    k = -x ** 2
    m = -x * 2
    n = -x // d if d else None
    return a, b, c, e, g, h, k, m, n


def show(t):
    return tuple(repr(v) if not isinstance(v, float) or not math.isnan(v) else "nan" for v in t)


for args in [(1.5, 2.0, 0.5), (0.0, 1.0, 2.0), (-0.0, 1.0, 2.0), (1e308, 1e-308, 10.0),
             (float("inf"), 2.0, 0.5), (float("nan"), 2.0, 0.5), (3.0, 7, 2), (2.5, True, False),
             (G(1.5), G(2.0), 0.5), (1.5, G(2.0), G(0.5)), (2 ** 53 + 1.0, 2 ** 60, 3)]:
    try:
        print(show(shapes(*args)))
    except Exception as ex:
        print(type(ex).__name__, ex)

# A float subclass with its own __neg__ and operators: the fused form is not taken.
try:
    print(shapes(F(1.5), 2.0, 0.5)[:2])
except TypeError as ex:
    print("TypeError", ex)
x = F(2.0)
print(-x * 3, type(-x).__name__)
# Not a float at all.
print(-Neg() * 2.0)
for v in (3, True, -7, 2 ** 70):
    print(shapes(v, 2.0, 0.5)[:4])


# ZeroDivisionError midway: -x / 0.0 raises at the division, with the negation already made.
def div(x, y):
    q = -x / y
    return q


for y in (0.0, 0, -0.0):
    try:
        div(1.0, y)
    except ZeroDivisionError as ex:
        print("ZeroDivisionError", ex)


# OverflowError from ** after a negation: (-x) ** y with a negative base takes float_pow.
def powy(x, y):
    r = -x ** y
    s = (-x) ** y
    return r, s


for a in ((2.0, 0.5), (10.0, 400.0), (1e200, 2.0)):
    try:
        print(powy(*a))
    except OverflowError as ex:
        print("OverflowError", ex)


# The loop of float_arith, with the negation's result stored and the next line fused.
def run(n):
    x = 0.0
    y = 1.0
    dt = 0.001
    for i in range(n):
        vx = y * dt
        vy = -x * dt
        x = x + vx
        y = y + vy
    return x * x + y * y, x, y


print(run(1000))


# Unbound local after the negation: the next LOAD_FAST raises as itself.
def unbound(x):
    z = -x * w
    w = 1.0
    return z


try:
    unbound(1.0)
except UnboundLocalError as ex:
    print("UnboundLocalError", ex)

# Tracing on and off around the same code: the line events as CPython's.
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "run":
        events.append((event, frame.f_lineno - run.__code__.co_firstlineno))
    return tracer


sys.settrace(tracer)
r = run(2)
sys.settrace(None)
print(r, events)
print(run(3))
