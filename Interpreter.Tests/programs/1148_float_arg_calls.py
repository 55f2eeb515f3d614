# Float results that are the only argument of int() or a math function (the float chain's end
# feeding CALL / CALL_METHOD 1): values, errors with their tracebacks, shadowed names, bound
# methods, subclasses, and profile events.
import math
import os
import sys
import traceback
from math import sqrt, sin, cos, tan, asin, acos, atan, exp, fabs


def show_tb():
    print(traceback.format_exc().replace(__file__, os.path.basename(__file__)), end="")


class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class D:
    pass


def values():
    x, y = 3.0, 4.0
    p = P(1.25, -2.5)
    d = D()
    d.x0, d.sx = 0.5, 7.0
    print(sqrt(x * x + y * y), math.sqrt(x * y), sqrt(x * 2))
    print(int((p.x - d.x0) * d.sx), int(p.y * 3.0), int(-0.5 * 1.0), int(x / 7.0 * 100))
    print(sin(x * 0.5), cos(x * y + 1), tan(y / x), asin(x / 10.0), acos(y / -8.0))
    print(atan(x * y), exp(x - y), fabs(x - y * 2), math.fabs(-0.0 * 1.0), fabs(-0.0 * 1.0))
    print(int(1e300 * 10.0), int(-1e20 * 3.0), int(2.0 ** 62 * 2.0), int(-(2.0 ** 63) * 1.0))
    print(int(x * y) is int(x * y), type(int(x * 1.5)), type(sqrt(x * x)))
    for i in range(5):
        print(i, int(i * 1.5 + 0.25), sqrt(i * 2.0), math.cos(i * 0.5) * 3)
    print(sqrt(x * x - x * x), int(0.999999 * 1.0), int(-0.999999 * 1.0))


def errors():
    x = 2.0
    cases = [
        lambda: sqrt(x - 5.0),
        lambda: math.sqrt(-x * 1.0),
        lambda: int(x * float("inf")),
        lambda: int(x * float("nan")),
        lambda: exp(x * 1000.0),
        lambda: asin(x * 1.0),
        lambda: acos(x + 1.0),
        lambda: math.exp(x * 500.0),
        lambda: cos(x * float("inf")),
        lambda: int(x * 1e308 * 10.0),
    ]
    for c in cases:
        try:
            print("ok", c())
        except (ValueError, OverflowError) as e:
            print(type(e).__name__, e)
    try:
        sqrt(x - 3.0)
    except ValueError:
        show_tb()
    try:
        int(x / 0.0)
    except ZeroDivisionError:
        show_tb()
    try:
        int(x * float("inf"))
    except OverflowError:
        show_tb()
    print(sqrt(x * x, ) if True else 0)
    try:
        sqrt(x * x, 2.0)
    except TypeError as e:
        print("TypeError", e)


def shadowed():
    x = 2.5
    import builtins
    int_ = builtins.int

    def int(v):
        return ("mine", v)

    sqrt = lambda v: ("lambda", v)
    print(int(x * 2.0), sqrt(x * x), int_(x * 2.0))

    class M:
        def sqrt(self, v):
            return ("method", v)

        @staticmethod
        def cos(v):
            return ("static", v)

    m = M()
    print(m.sqrt(x * 4.0), M.cos(x * 2.0), m.cos(x + 1.0))
    ns = type(math)("fake")
    ns.sqrt = lambda v: ("fake", v)
    print(ns.sqrt(x * 3.0))
    mm = math
    print(mm.sqrt(x * 10.0), mm.floor(x * 1.5), mm.ceil(x * 1.5), round(x * 1.5), abs(x * -2.0))
    print(float(x * 3.0), str(x * 3.0), bool(x * 0.0), complex(x * 2.0))


class F(float):
    def __mul__(self, o):
        return F(float(self) * o + 1.0)

    def __int__(self):
        return 999

    def __float__(self):
        return 42.0


def subclasses():
    f = F(2.0)
    print(int(f * 2.0), sqrt(f * 2.0), type(f * 2.0).__name__)
    print(int(2.0 * f), sqrt(2.0 * f), int(f + 0.5), sqrt(f - 1.0))
    print(int(f), sqrt(f), math.cos(f))

    class I(int):
        pass

    print(int(I(3) * 1.5), sqrt(I(9) * 1.0), int(True * 2.5), sqrt(True * 4.0))


def profiled():
    events = []

    def prof(frame, event, arg):
        if event in ("c_call", "c_return"):
            events.append((event, arg.__name__))

    def work(x):
        a = sqrt(x * x + 1.0)
        b = int(x * 3.0)
        c = math.cos(x * 0.0)
        return a, b, c

    print(work(2.0))
    sys.setprofile(prof)
    r = work(2.0)
    sys.setprofile(None)
    print(r, events)
    lines = []

    def tracer(frame, event, arg):
        if event == "line" and frame.f_code.co_name == "work":
            lines.append(frame.f_lineno - work.__code__.co_firstlineno)
        return tracer

    sys.settrace(tracer)
    r = work(3.0)
    sys.settrace(None)
    print(r, lines)


def loop():
    total = 0
    acc = 0.0
    for i in range(2000):
        v = i * 0.37
        total += int(v * 2.0) + int(v - 0.5)
        acc += sqrt(v * v + 1.0) - math.sqrt(v + 2.0)
    print(total, round(acc, 6))


values()
errors()
shadowed()
subclasses()
profiled()
loop()
