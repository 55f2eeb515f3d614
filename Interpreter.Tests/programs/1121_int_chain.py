# Int arithmetic chains past the small-int cache (`(s * 69069 + 1) % 2**32`, `ij * (ij + 1) // 2
# + i + 1`): every step's result, type and overflow into big ints must be what CPython computes,
# whichever operand the chain meets (bools, int subclasses with their own operators, floats, big
# ints, negative operands of % and //, unbound locals, attributes of every kind).
import sys

# The LCG of wordfreq.py and the index arithmetic of spectral_norm.py.
state = 12345
acc = []
for i in range(2000):
    state = (state * 69069 + 1) % 4294967296
    acc.append((state >> 8) % 37 + (state * 3 + 7) % 1000003)
print(state, sum(acc), acc[-5:])


def a(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


print(sum(a(i, j) for i in range(0, 900, 7) for j in range(0, 900, 11)))
print([(ij * (ij + 1) // 2 + i + 1) for ij, i in ((1000, 3), (5000, 4999), (3037000499, 1), (3037000500, 2))])

# Overflow of 64 bits at each position of a chain: the values go on as big ints.
big = 2**62
for x in (1025, 2**31, 2**32, 3 * 10**9, big, -big, 2**63 - 1, -2**63):
    r1 = x * 2000 + 1
    r2 = x * 2 + big
    r3 = x * 4 - big - big
    r4 = (x * 3 + 1) * 5 - 7
    r5 = x - 1025 - big
    print(r1, r2, r3, r4, r5, type(r4).__name__)
print(-(2**32) * 2**31, 2**32 * 2**31, (2**32 * 2**31) - 1, -(2**31) * 2**32 - 1)
m = -2**63
print(m * 1 + 0, m * -1 + 0, m - 1 + 1, (m + 1) * -1 + 5)

# % and // with negative operands mid-chain: floor semantics.
for x in (1025, 2000, -1025, -2000):
    for y in (7, -7, 1, -1, 1000003):
        print(x * 3 % y, x * 3 // y, (x * 3 + 11) % y + 1, (x * 3 - 5) // y - 1, divmod(x * 3, y))
try:
    print((1025 * 3) % 0 + 1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print((1025 * 3) // 0 + 1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

# Bitwise operations and shifts after a large result.
x = 123456789
print(x * 1000 & 0xFFFF, x * 1000 | 1, x * 1000 ^ 0xFF, (x * 1000 >> 3) + 1, (x * 1000 << 2) + 1, x * 1000 & -1)

# bools are ints of type bool: the result of int arithmetic with them is an int.
t = True
v = 5000 * 3 + t
print(v, type(v).__name__, 5000 * 3 * t, type(5000 * 3 * t).__name__, 5000 * 3 - t + t)


# An int subclass's operators run, in CPython's order, wherever it stands in the chain.
class I(int):
    def __add__(self, o):
        print("I.__add__", int(self), o)
        return I(int(self) + o)

    def __radd__(self, o):
        print("I.__radd__", int(self), o)
        return I(o + int(self))

    def __mul__(self, o):
        print("I.__mul__", int(self), o)
        return I(int(self) * o)

    __rmul__ = __mul__


k = I(3)
r = 4000 * 3 + k + 5000 * 2
print(r, type(r).__name__)
r = (4000 * 5 + 1) * k
print(r, type(r).__name__)
r = 4000 * 5 + 1 + k * 2
print(r, type(r).__name__)

# Floats and big ints meeting a chain: the arithmetic of the other type from there on.
print(5000 * 3 + 0.5, 5000 * 3 / 7 + 1, 5000 * 3 * 1.5 - 1, 5000 * 3 + 10**30, (5000 * 3 + 10**20) * 3)
print(5000 * 3 ** 2 + 1, (5000 * 3) ** 2 + 1, -(5000 * 3) + 1, 5000 * 3 + 1 == 15001)
c = complex(1, 2)
print(5000 * 3 + c)


# A user class with __radd__ and __rmod__: its methods see the chain's value as an int.
class R:
    def __radd__(self, o):
        return ("radd", o, type(o).__name__)

    def __rmod__(self, o):
        return ("rmod", o)


print(5000 * 3 + R(), 5000 * 3 % R())


# Operands read from attributes: slots, dict instances, a property, a class attribute.
class S:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 70000
        self.b = 3


class D:
    c = 11

    def __init__(self):
        self.a = 90000

    @property
    def p(self):
        print("property read")
        return 13


s, d = S(), D()
for _ in range(3):
    print(s.a * 2000 + s.b, d.a * 3 + d.a - s.a, d.a * 3 + d.c, d.a * 3 + d.p)
del s.b
try:
    print(s.a * 2000 + s.b)
except AttributeError as e:
    print("AttributeError", e)


# Unbound locals and names stop the chain where CPython raises.
def unbound(flag):
    if flag:
        later = 1
    return 5000 * 3 + 1 + later


print(unbound(True))
try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)

# The same site seeing ints, then floats, then ints past 64 bits.
def site(x, y):
    return x * 3000 + y * 7 - 1


for x, y in ((1, 2), (2.5, 1), (10**18, 10**18), (1025, True), (-5, -3), (2**61, 1)):
    v = site(x, y)
    print(v, type(v).__name__)

# In-place operators on locals and their results.
tot = 0
for i in range(1000, 1010):
    tot += i * 1000 + 7
    tot -= i * 3 % 1000 + 1
print(tot)

# Identity: computed ints past 256 are new objects in CPython; equal values compare equal.
x = 1000
u = x * 5 + 1
w = x * 5 + 1
print(u == w, u is w, hash(u) == hash(w))
print(isinstance(u, int), type(u) is int, sys.getsizeof(u) > 0)


# Line events of a chain written over several lines, under settrace.
def traced(x):
    r = (x * 69069
         + 1) % 4294967296
    return r


lines = []


def tr(frame, event, arg):
    if frame.f_code is traced.__code__:
        lines.append((event, frame.f_lineno - traced.__code__.co_firstlineno))
    return tr


sys.settrace(tr)
v = traced(123456789)
sys.settrace(None)
print(v, lines)
