# cmath constants, phase/polar/rect, isclose/isfinite/isinf/isnan, log with a base, argument conversion.
import cmath
import math
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj, cmath.pi == math.pi)
for z in [1, -1, 1j, -1j, 1 + 1j, -1 - 1j, complex(-1, 0.0), complex(-1, -0.0), 0, -0.0, complex(-0.0, -0.0), 3 - 4j]:
    print(z, cmath.phase(z), cmath.polar(z), cmath.rect(*cmath.polar(z)))
print(cmath.rect(2, math.pi / 3), cmath.rect(1, 0), cmath.rect(-1, -0.0), cmath.rect(0, math.pi), cmath.rect(float("inf"), 1))
print(cmath.rect(float("inf"), 0), cmath.rect(float("nan"), 0), cmath.rect(3, -math.pi / 2))
try:
    cmath.rect(1, float("inf"))
except ValueError as e:
    print("rect:", e)
try:
    cmath.polar(complex(1e308, 1e308))
except OverflowError as e:
    print("polar:", e)
print(cmath.log(8, 2), cmath.log(100, 10), cmath.log(1j, 1j), cmath.log(-8, 2), cmath.log(1 + 1j, 2 - 1j), cmath.log(0, 2))
for args in [(2, 1), (2, 0), (0, 0), (1j, 0j)]:
    try:
        print(cmath.log(*args))
    except (ValueError, ZeroDivisionError) as e:
        print("log", args, type(e).__name__, e)
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.001j), cmath.isclose(1j, 1.001j, rel_tol=0.01), cmath.isclose(0j, 1e-10j, abs_tol=1e-9))
print(cmath.isclose(cmath.infj, cmath.infj), cmath.isclose(cmath.infj, -cmath.infj), cmath.isclose(cmath.nanj, cmath.nanj), cmath.isclose(1, 1.0 + 0j))
for a in [1j, cmath.infj, cmath.nanj, complex(1e308, 1e308) * 10, 5, 2.5, complex(float("nan"), float("inf"))]:
    print(a, cmath.isfinite(a), cmath.isinf(a), cmath.isnan(a))


class Pt:
    def __complex__(self):
        return 3 + 4j


class F:
    def __float__(self):
        return 0.25


class I:
    def __index__(self):
        return 4


print(cmath.sqrt(Pt()), cmath.sqrt(F()), cmath.sqrt(I()), cmath.phase(Pt()), cmath.exp(True), cmath.sqrt(10 ** 20))
for bad in [lambda: cmath.sqrt("4"), lambda: cmath.sqrt(None), lambda: cmath.sqrt(10 ** 400), lambda: cmath.isclose(1, 1, rel_tol=-1),
            lambda: cmath.isclose(1j, 1j, 0.1), lambda: cmath.rect(1j, 0)]:
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
