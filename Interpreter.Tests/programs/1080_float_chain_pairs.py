# Float chains through `a op b` pairs: `x * x + y * y + z * z` keeps every intermediate unboxed
# when the operands are exact floats and small ints. Every way the chain must stop or must not
# change what Python sees: subclasses with their own operators, int-only pairs, big ints, bools,
# unbound locals, zero divisors, powers that overflow or go complex, -0.0 / nan / inf, identity.
import math
import sys


def norm2(x, y, z):
    return x * x + y * y + z * z


def show(v):
    if isinstance(v, float):
        return "%s %r sign=%s" % (type(v).__name__, v, math.copysign(1.0, v) if v == v else "nan")
    return "%s %r" % (type(v).__name__, v)


print("basic", show(norm2(1.5, 2.5, -3.25)), show(norm2(1, 2.0, 3)), show(norm2(1, 2, 3)))
print("ops", show(1.5 * 2.0 - 3.0 * 0.5), show(2.5 * 2.5 / (0.5 * 4)))
x, y = 3.0, 4.0
print("div", show(x * x / (y * y)), show(x * x - y / y), show(x * x + y // y), show(x * x + y % 3))
print("pow", show(x * x + y ** 2), show(x * x + y ** 0.5), show(x * x + 2 ** y))


def pair_ints(a, b, c, d):
    # c * d is an int operation (both ints): the chain must leave it to int arithmetic.
    return a * b + c * d


print("ints", show(pair_ints(1.5, 2.0, 3, 4)), show(pair_ints(1.5, 2.0, 2 ** 40, 2 ** 40)))
print("ints pow", show(pair_ints(0.5, 1.0, 3, 40)))


def pair_pow(a, b, c, d):
    return a * b + c ** d


print("pow ints", show(pair_pow(0.5, 1.0, 3, 40)), show(pair_pow(0.5, 1.0, 7, 23)), show(pair_pow(0.5, 1.0, 2, -3)))
print("pow float", show(pair_pow(0.5, 1.0, 3.0, 40)), show(pair_pow(0.5, 1.0, 1.1, 7.3)))
for args in ((0.5, 1.0, -8.0, 1 / 3), (0.5, 1.0, 10.0, 400), (0.5, 1.0, 0.0, -1), (0.5, 1.0, 2, 10000), (0.5, 1.0, -2.0, 0.5)):
    try:
        print("pow edge", args, show(pair_pow(*args)))
    except (OverflowError, ZeroDivisionError, ValueError) as e:
        print("pow edge", args, type(e).__name__, e)
big = 2 ** 60 + 1
print("big", show(pair_ints(1.5, 2.0, big, 1.0)), show(1.5 * 2.0 + big * 3))
print("big float", show(1.5 * 2.0 + float(big) * 3))
try:
    print(1.5 * 2.0 + (10 ** 400) * 1.0)
except OverflowError as e:
    print("overflow", e)
print("bool", show(1.5 * 2.0 + True * 3.0), show(1.5 * 2.0 + 2.0 * False))

# Division by zero inside the pair and in the outer operation: float_div's message.
for a, b in ((1.0, 0.0), (1.0, 0), (0, 0.0), (1, 0)):
    try:
        print(show(x * x + a / b))
    except ZeroDivisionError as e:
        print("zde inner", type(a).__name__, type(b).__name__, e)
zero = 0.0
try:
    print(x * x / (zero * y))
except ZeroDivisionError as e:
    print("zde outer", e)
try:
    print(x * x % (zero * y))
except ZeroDivisionError as e:
    print("zde mod", e)
try:
    print(x * x // (zero * y))
except ZeroDivisionError as e:
    print("zde floordiv", e)

# Signed zeros, nan, inf.
nz, inf, nan = -0.0, float("inf"), float("nan")
print("zeros", show(nz * 1.0 + nz * 1.0), show(nz * 1.0 - nz * 1.0), show(nz * nz + nz * 1.0), show(nz * 1.0 + 0 * nz))
print("inf", show(inf * 1.0 - inf * 1.0), show(inf * 2.0 + inf * 0.5), show(1.0 * 1.0 + inf * 0.0), show(1.0 * 2.0 / (inf * inf)))
print("nan", show(nan * 1.0 + 1.0 * 1.0), show(1.0 * 1.0 - nan * 0.0))


# Float subclasses with their own operators, in every position of the pair.
class F(float):
    def __add__(self, o):
        return "F.add(%r, %r)" % (float(self), o)

    def __radd__(self, o):
        return "F.radd(%r, %r)" % (float(self), o)

    def __mul__(self, o):
        return F(float(self) * 10 * float(o))

    def __rmul__(self, o):
        return "F.rmul(%r, %r)" % (float(self), o)


class G(float):
    pass


f = F(2.0)
def attempt(fn, *args):
    try:
        r = fn(*args)
        return show(r) if isinstance(r, float) else repr(r)
    except TypeError as e:
        return "TypeError: %s" % e


print("sub", attempt(norm2, f, 1.0, 1.0))
print("sub", attempt(norm2, 1.0, f, 1.0))
print("sub", attempt(norm2, 1.0, 1.0, f))
print("sub", attempt(norm2, 1.0, 1.0, F(0.5)))
print("sub", attempt(lambda: x * x + 2.0 * f), attempt(lambda: x * x + f * 2.0), attempt(lambda: x * x - f * f))
g = G(1.5)
print("plain sub", show(norm2(g, g, g)), show(x * x + g * g))


class I(int):
    def __mul__(self, o):
        return "I.mul"

    def __rmul__(self, o):
        return "I.rmul"


print("int sub", x * x + 2.0 * I(3) if False else (2.0 * I(3)), x * x - 1.0 * 1.0 if True else 0)
try:
    print(x * x + 2.0 * I(3))
except TypeError as e:
    print("int sub", e)


# An unbound local in the pair raises as without the chain, with the right traceback line.
def unbound(flag):
    v = 1.5
    if flag:
        a = 2.0
    return v * v + a * a


print("bound", unbound(True))
try:
    unbound(False)
except UnboundLocalError as e:
    print("unbound", e, e.__traceback__.tb_next.tb_lineno - unbound.__code__.co_firstlineno)

# Identity: results are new objects, operands unchanged.
p, q = 1.25, 2.5
r1 = p * p + q * q
r2 = p * p + q * q
print("ident", r1 == r2, r1 is p, r1 is q, p, q, id(r1) != id(p))
keep = [p * q + q * p for _ in range(3)]
print("keep", keep, keep[0] is not keep[1])


# Attributes and containers holding the same float: nothing is shared or mutated.
class P:
    __slots__ = ("x", "y", "z")

    def __init__(self, v):
        self.x = self.y = v
        self.z = v * v + v * v

    def normalize(self):
        x, y, z = self.x, self.y, self.z
        n = math.sqrt(x * x + y * y + z * z)
        self.x /= n
        self.y /= n
        self.z /= n


shared = 0.75
pts = [P(shared) for _ in range(3)]
for pt in pts:
    pt.normalize()
print("shared", shared, [(pt.x, pt.y, pt.z) for pt in pts], pts[0].x is pts[1].x)


# Multi-line expressions under a line tracer: every line event is still reported.
def traced(a, b, c):
    return (a * a +
            b * b +
            c * c)


events = []


def tracer(frame, event, arg):
    if frame.f_code is traced.__code__:
        events.append((event, frame.f_lineno - traced.__code__.co_firstlineno))
    return tracer


sys.settrace(tracer)
tr = traced(1.0, 2.0, 3.0)
sys.settrace(None)
print("traced", tr, events)

# Many iterations (the chain after quickening), checked against a loop of single operations.
acc1 = acc2 = 0.0
for i in range(2000):
    a, b, c = i * 0.5, i / 3, -i * 0.25
    acc1 += a * a + b * b - c * c
    t = a * a
    t = t + b * b
    t = t - c * c
    acc2 += t
print("loop", acc1 == acc2, acc1)
