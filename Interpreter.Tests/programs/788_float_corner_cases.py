# Float arithmetic corner cases: signed zeros, infinities, NaN, floor division and modulo signs.
import math

inf = float("inf")
nan = float("nan")

def fmt(x):
    return repr(x)

print(fmt(0.0 * -1), fmt(-0.0 + 0.0), fmt(-0.0 - 0.0), fmt(-0.0 * 0.0))
print(fmt(inf - inf), fmt(inf * 0), fmt(inf / 2), fmt(-inf + 1e308))
print(fmt(1e308 * 10), fmt(-1e308 * 10), fmt(5e-324 / 2), fmt(2.0 ** -1074))

for a in (7.5, -7.5, 0.0, -0.0, 1e300, inf, -inf):
    row = []
    for b in (2.0, -2.0, 0.5, inf, -inf):
        row.append(f"{a // b!r}/{a % b!r}")
    print(a, " ".join(row))

print(fmt(-1e-300 % 1.0), fmt(1e-300 % -1.0), fmt(5.0 % 5.0), fmt(-5.0 % 5.0))
print(fmt(divmod(7.0, -2.0)), fmt(divmod(-0.0, 3.0)))

# NaN compares unequal to everything, itself included
print(nan == nan, nan != nan, nan < 1.0, nan >= nan, [nan] == [nan])
print(inf > 1e308, -inf < -1e308, inf == inf, 0.0 == -0.0)

# pow corner cases
print(fmt(0.0 ** 0.0), fmt((-8.0) ** (1 / 3)), fmt(2.0 ** 0.5), fmt((-2.0) ** 3), fmt(1.0 ** nan))
print(fmt((-1.0) ** inf), fmt(0.5 ** -inf), fmt(10.0 ** -400))
for base, exp in ((0.0, -1.0), (-0.0, -3.0), (10.0, 400.0)):
    try:
        print(base ** exp)
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)

# zero divisors
for op in ("/", "//", "%"):
    for a, b in ((1.0, 0.0), (1, 0.0), (1.0, 0)):
        try:
            eval(f"a {op} b")
        except ZeroDivisionError as e:
            print(op, type(a).__name__, type(b).__name__, e)

# mixed int/float: exact compare beyond 2**53, rounding of big ints
big = 2**53 + 1
print(big == float(big), big > float(big), float(big) < big, big + 0.0, big * 1.0)
print(2**1000 * 0.5 == 2**999, 2**1000 / 2.0 == 2.0**999, 3 * 0.1, 0.1 + 0.2, 1 - 0.9)
print(math.fsum([0.1] * 10), sum([0.1] * 10), round(2.675, 2), round(-0.5), round(1.5))
x = 0.0
for i in range(1000):
    x += 0.001
print(fmt(x), x == 1.0, abs(x - 1.0) < 1e-12)
