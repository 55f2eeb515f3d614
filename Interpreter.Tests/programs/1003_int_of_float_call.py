# int(x) of one float argument: truncation toward zero, -0.0, halves, values past 2**63, NaN and
# infinities (their errors and tracebacks at the call), float subclasses with their own __int__ /
# __trunc__, int rebound in a scope, keyword and two-argument forms.
import math

vals = [0.0, -0.0, 0.5, -0.5, 1.9999, -1.9999, 2.5, -2.5, 1e15 + 0.5, 9.2e18, -9.2e18, 9.3e18, -9.3e18,
        2.0**63, -2.0**63, 2.0**64, 1e300, -1e300, 5e-324, 123456789.987654321]
out = []
for v in vals:
    r = int(v)
    out.append((r, type(r).__name__))
print(out)
for bad in (math.nan, math.inf, -math.inf):
    try:
        int(bad)
    except (ValueError, OverflowError) as exc:
        print(type(exc).__name__, exc)


class F(float):
    def __int__(self):
        return 42

    def __trunc__(self):
        return 43


class G(float):
    pass


print(int(F(3.5)), int(G(3.5)), type(int(G(-3.5))).__name__)
try:
    int(2.5, 10)
except TypeError as exc:
    print("TypeError:", exc)
try:
    int(x=2.5)
except TypeError as exc:
    print("TypeError:", exc)


def scoped():
    int = lambda v: ("shadowed", v)
    return int(2.5)


print(scoped())
total = 0
for i in range(2000):
    total += int(i * 0.37) + int(-i * 0.41)
print(total)


def nested(v):
    return int(v)


try:
    nested(math.nan)
except ValueError:
    import traceback
    print("\n".join(l for l in traceback.format_exc().splitlines() if not l.strip().startswith("File")))
