# Numeric edge cases: round with negative digits, divmod/pow signs, int() parsing, math helpers
import math
for v in (1234.5678, -1234.5678, 0.5, 1.5, 2.5, -2.5, 1e20 + 12345.0, 5e-324):
    print(v, [round(v, d) for d in (-3, -1, 0, 1, 2)], round(v))
for v in (1234, -1234, 1250, 1350, -1250, 15, 25, -35, 10 ** 20 + 5 * 10 ** 9):
    print(v, [round(v, d) for d in (-1, -2, -3, 0, 2)])
print(type(round(2.5)), type(round(2.5, 0)), type(round(7, -1)), round(True, 1), round(-0.0), round(-0.4))
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (7.5, 2), (-7.5, 2), (7, 0.5), (0, 5), (-0.0, 1)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(pow(2, 10), pow(2, -2), pow(-2, 3), pow(-8, 1 / 3), pow(3, 4, 5), pow(-3, 3, 7), pow(3, -2, 7), pow(0, 0), 0.0 ** 0)
print((-2) ** 2, -2 ** 2, 2 ** -1, (-1) ** 0.5, 10 ** -3, 2 ** 0.5)
for s in ("42", " 42 ", "+7", "-0", "1_000", "0x1F", "0b101", "0o17", "00", "٣"):
    try:
        print(repr(s), int(s, 0) if s.startswith("0") and len(s) > 1 and s[1] in "xbo" else int(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
for s, base in [("ff", 16), ("z", 36), ("101", 2), ("1_0", 2), ("0x10", 16), ("12", 3)]:
    print(s, base, int(s, base))
for bad in ("1__0", "_1", "1.0", "", "0x", "12", "9"):
    try:
        print(int(bad, 8 if bad in ("9",) else 10))
    except ValueError as e:
        print("ValueError:", e)
print(math.gcd(12, 18, 30), math.gcd(), math.lcm(4, 6, 10), math.isqrt(10 ** 20 + 1), math.comb(30, 12), math.perm(10, 3), math.factorial(20))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([], start=5), math.dist((0, 0), (3, 4)), math.hypot(5, 12))
print(math.copysign(3, -0.0), math.fmod(-7, 3), -7 % 3, math.remainder(7, 4), math.modf(-3.75), math.frexp(48.0), math.ldexp(0.75, 6))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1e-10, 0), math.isclose(1e-10, 0, abs_tol=1e-9), math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan))
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(2.9), math.floor(3), type(math.floor(2.5)), math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(0))
print(abs(-0.0), abs(-5), abs(3 + 0) if True else 0, (5).__abs__(), max(-0.0, 0.0), min(0.0, -0.0))
print((255).bit_count(), (-255).bit_count(), (10).bit_length(), (2 ** 64).bit_length(), int.from_bytes(b"\x01\x00", "big"), (1024).to_bytes(2, "little"))
print(7 .__divmod__(2), (7).__rdivmod__(2), (2.0).__rpow__(3), float.__floordiv__(7.0, 2), int.__rtruediv__(4, 2))
print(float("-0"), -0.0 == 0.0, str(-0.0), 0.0 * -1, -0.0 + 0.0, math.atan2(-0.0, -1.0), math.sqrt(0.0))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
