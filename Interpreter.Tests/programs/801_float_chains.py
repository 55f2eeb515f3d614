# Float arithmetic chains (x*x + y*y + z*z, x*x/2, mixed int/float operands on either side):
# results, nan/inf/-0.0 propagation, int operands beyond 53 bits, zero divisors inside a chain,
# and that a chain never changes a float stored elsewhere.
import math


def norm(x, y, z):
    return math.sqrt(x * x + y * y + z * z)


def chain_mixed(x):
    return (x * 3 + 1) / 2 - 7 * x + 2 ** x - x ** 2


def show(v):
    return repr(v) if not isinstance(v, float) else (repr(v), math.copysign(1.0, v))


vals = [0.0, -0.0, 1.5, -2.25, 1e308, -1e308, 5e-324, float("inf"), float("-inf"), float("nan"), 3, -4]
for a in vals:
    for b in vals:
        r = []
        for f in (lambda: a * b + a, lambda: a + b * a, lambda: a - b - a, lambda: a * a / 2,
                  lambda: (a + b) * (a - b), lambda: a * b * 2 - 1, lambda: 1 - a * b):
            try:
                r.append(show(f()))
            except Exception as e:
                r.append(type(e).__name__ + ": " + str(e))
        print(show(a), show(b), r)

print(norm(3.0, 4.0, 12.0), norm(-0.0, -0.0, -0.0), norm(1e200, 1e200, 0.0))
print(chain_mixed(1.5), chain_mixed(-0.0))

# a zero divisor part-way through a chain raises at the right operation
for den in (0.0, -0.0, 0):
    try:
        x = 2.0
        print(x * x / den + 1)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(1.5 + 2.5 / (den * 1.0))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)

# int operands too large for a double exactly go the slow (correctly rounded) way
big = 2 ** 53 + 1
for k in (big, -big, 2 ** 53, 2 ** 64 + 3, 10 ** 30):
    f = 0.5
    print(f * 2 + k, k + f * 2, f * 2 - k, (f + 0.5) * k, f * 4 / k)
try:
    print(0.5 * 2 + 10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)

# powers: positive base in the chain, negative base and overflow elsewhere
for base in (2.0, 0.5, -2.0, -8.0, 0.0, -0.0, float("inf"), float("nan"), 1.0):
    for ex in (2, 0.5, -1.5, 1 / 3, 3, -1, 0):
        try:
            r = base * 1.0 ** 1 * 1.0 + 0.0
            r = (base + 0.0) ** ex
            print(base, ex, show(r) if not isinstance(r, complex) else r)
        except Exception as e:
            print(base, ex, type(e).__name__ + ":", e)
try:
    print((10.0 + 0.0) ** 400.0 + 1)
except OverflowError as e:
    print("OverflowError:", e)

# a chain's intermediate result is fresh; stored floats and aliases keep their values
p = 1.25
q = p
acc = [p]
t = p * 2 + p
t += p * p
print(p, q, acc, t, p is q)
d = {"k": 0.5}
d["k"] += d["k"] * 2 + 1
print(d)
xs = [0.1 * i for i in range(5)]
s = 0.0
for v in xs:
    s = s + v * v - v / 3
print(s, xs)

# in-place forms and bools (bool is not an int here: its own result types)
u = 2.5
u -= 1.0 * 2
u *= 4
u /= 3
u **= 2
print(u, True + 1.5 * 2, 1.5 * 2 + False, 1.5 * True * 2)
