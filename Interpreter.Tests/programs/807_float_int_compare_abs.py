# Comparisons between floats and ints (exact for every int, big ones included; nan; -0.0 == 0),
# in conditions and as values, and abs() of floats, ints, bools, big ints and subclasses.
import math

ints = [0, 1, -1, 3, 2 ** 53, 2 ** 53 + 1, -(2 ** 53) - 1, 2 ** 63 - 1, 2 ** 64, 10 ** 400, True, False]
floats = [0.0, -0.0, 1.0, -1.0, 2.5, 9007199254740992.0, 9007199254740994.0, 9.223372036854776e18,
          1e308, float("inf"), float("-inf"), float("nan")]
for f in floats:
    row = []
    for i in ints:
        row.append("".join("1" if r else "0" for r in (f < i, f <= i, f == i, f != i, f > i, f >= i,
                                                       i < f, i <= f, i == f, i != f, i > f, i >= f)))
    print(repr(f), " ".join(row))


def classify(d):
    if d < 0:
        return "neg"
    if d > 0:
        return "pos"
    if d == 0:
        return "zero"
    return "nan"


print([classify(v) for v in (-2.5, 0.0, -0.0, 3.0, float("nan"), float("-inf"), 5, -5, 0)])
print(sorted([3, 1.5, -2, 2.0, 2, -0.0, 0, 2 ** 60, 1e18]))
print(max(1, 2.0), max(2.0, 1), min(0, -0.0), min(-0.0, 0), 1 == 1.0, hash(1) == hash(1.0))


class I(int):
    def __lt__(self, other):
        return "I.lt"

    def __abs__(self):
        return "I.abs"


class F(float):
    def __gt__(self, other):
        return "F.gt"


print(I(1) < 2.0, 2.0 > I(1), F(1.0) > 0, 0 < F(1.0), F(1.0) < 0)

for v in (2.5, -2.5, 0.0, -0.0, float("inf"), float("-inf"), float("nan"), 7, -7, 0, True, False,
          -(2 ** 63), 2 ** 63, -(10 ** 30), I(-3), F(-1.5), 1 + 2j, -3j):
    r = abs(v)
    print(repr(v), repr(r), type(r).__name__, math.copysign(1, r) if isinstance(r, float) else "")
x = 5
print(abs(x) is x, abs(-x))
for bad in ("s", None, [1]):
    try:
        abs(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    abs()
except TypeError as e:
    print("TypeError:", e)
try:
    abs(1, 2)
except TypeError as e:
    print("TypeError:", e)
