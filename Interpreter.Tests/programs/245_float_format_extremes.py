# repr/str/format of extreme and tricky floats
import math
import sys
vals = [0.0, -0.0, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.1 + 0.2, 1 / 3, 2 / 3,
        5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 9007199254740993.0,
        1e22, 1e23, 0.5, 2.5, -1.5e-7, 100.0, 1234567.0, float("inf"), float("-inf"), float("nan")]
for v in vals:
    print(repr(v), str(v), f"{v:g}", f"{v:.3e}", f"{v:12.4f}", f"{v:.0f}" if math.isfinite(v) else "-", f"{v:%}" if abs(v) < 1e10 or not math.isfinite(v) else "big")
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(f"{1e300 * 10:.2f}", f"{-1e300 * 1e10:e}", f"{float('nan'):+.3f}")
print(f"{0.000001234:.3g}", f"{123456789.0:.3g}", f"{1e-10:g}", f"{1e100:g}", f"{1.0:#g}", f"{1e5:#.3g}")
print(f"{3.14159:+08.2f}", f"{-3.14159:010.3f}", f"{2.5:^10.1f}|", f"{1234567.891:,.2f}", f"{1234567.891:_.1f}")
print(format(1e16, ""), format(1e16, "n"), format(1.5, "5"), format(-0.0, "+"), format(0.0, "-"))
print("%.3f %e %g %G %10.4g|%-10.2f|" % (math.pi, math.e, 1e-7, 1e-7, 12345.678, 2.0))
print("%r %s %a" % (1e16, 1e-5, 0.1))
print(float("1e309"), float("-1e309"), float("1e-400"), float("  -0.5  "), float("1_000.5"), float(".5"), float("5."))
print(float.fromhex("0x1.8p1"), (3.0).hex(), (0.1).hex(), float.fromhex("-0x1p-1074"))
print((1.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.75).as_integer_ratio(), (1e20).is_integer())
print(math.ulp(1.0), math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0))
print(round(2.675, 2), round(1.005, 2), round(0.5), round(1.5), round(-0.5), round(1e20, -19), round(123.456, -1), round(-123.456, -2))
print(int(2.9), int(-2.9), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), -7.5 // 2, -7.5 % 2, 7.5 % -2)
print(1e308 * 10, -1e308 * 10, 1e-323 / 10, 2.0 ** -1074, 2.0 ** -1075)
for bad in ("abc", "1e", "", "1.2.3", "in f"):
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
