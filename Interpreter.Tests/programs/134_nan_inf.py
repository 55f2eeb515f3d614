import math
nan = float("nan")
inf = float("inf")
print(nan, inf, -inf, float("NaN"), float("-Infinity"), float("infinity"))
print(repr(nan), str(-inf), [nan, inf])
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1.0), math.isfinite(inf))
print(nan > 0, nan < 0, nan == 0, inf > 10 ** 400, -inf < -(10 ** 400))
print(inf + inf, inf - inf, inf * 0, 0 * -inf, inf / inf, 1 / inf, -1 / inf)
print(max(1, inf), min(-inf, 5), sorted([3, inf, -inf, 0]))
print(math.inf == inf, math.nan != math.nan, math.copysign(1, -0.0))
print(f"{inf:.2f} {nan:10} {-inf:e}", "%f %e" % (inf, nan))
print(abs(-inf), 2.5e308, float(10 ** 308) * 10)
try:
    round(2.5e308)
except OverflowError as e:
    print("round(2.5e308):", e)
print(nan in [nan], [nan] == [nan], nan is nan)
print(hash(inf), hash(-inf))
