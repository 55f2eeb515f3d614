# math's one-argument functions called directly (from-import and module attribute) on floats,
# ints, bools, big ints, subclasses, objects with __float__/__index__, and their errors.
import math
from math import sqrt, sin, cos, tan, asin, acos, atan, exp, fabs


class WithFloat:
    def __float__(self):
        return 0.25


class WithIndex:
    def __index__(self):
        return 9


fns = [sqrt, sin, cos, tan, asin, acos, atan, exp, fabs, math.sqrt, math.exp]
args = [0.0, -0.0, 0.5, -0.5, 1.0, 2.0, -1.0, 4, 0, -3, True, False, 10 ** 20, 2 ** 53 + 1,
        1e308, 710.0, -1e308, float("inf"), float("-inf"), float("nan"), WithFloat(), WithIndex(),
        "1.0", None, 10 ** 400]
for fn in fns:
    out = []
    for a in args:
        try:
            r = fn(a)
            out.append(repr(r) if type(r) is float else (type(r).__name__, r))
        except Exception as e:
            out.append(f"{type(e).__name__}: {e}")
    print(fn.__name__, out)

for bad in ((), (1.0, 2.0)):
    try:
        sqrt(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    sin(x=1.0)
except TypeError as e:
    print("TypeError:", e)

# results are fresh floats; identity and signs of zero
a = 4.0
b = sqrt(a)
print(b, b is a, math.copysign(1, sqrt(-0.0)), math.copysign(1, fabs(-0.0)), math.copysign(1, sin(-0.0)))
print(sum(sin(i) * cos(i) for i in range(100)))
print([round(exp(i / 10), 12) for i in range(-3, 4)])

# a rebinding of the name calls the new object
sqrt = lambda v: "shadowed"
print(sqrt(4.0))
math_sqrt = math.sqrt
math.sqrt = lambda v: "patched"
print(math.sqrt(4.0), math_sqrt(9.0))
math.sqrt = math_sqrt
