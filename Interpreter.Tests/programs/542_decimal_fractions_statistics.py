# decimal context arithmetic, Fraction arithmetic and statistics summaries.
import statistics
from decimal import Decimal, ROUND_HALF_UP, getcontext, localcontext
from fractions import Fraction

prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.10")]
subtotal = sum(prices)
tax = (subtotal * Decimal("0.0825")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print(subtotal, tax, subtotal + tax)
print(Decimal(1) / Decimal(7), getcontext().prec)
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), Decimal(2).sqrt())
print(Decimal("1.10") + Decimal("2.20") == Decimal("3.30"), 0.1 + 0.2 == 0.3)
print(Decimal("3.14159").quantize(Decimal("0.001")), Decimal("-7.5").to_integral_value(), Decimal(10) ** -2)

half = Fraction(1, 2)
third = Fraction("1/3")
print(half + third, half * third, half / third, half - third, half ** 2, -third)
print(Fraction(0.75), Fraction("3.1415").limit_denominator(100), Fraction(22, 7) > 3, float(Fraction(1, 8)))
print(sum(Fraction(1, n) for n in range(1, 6)), round(Fraction(7, 2)), Fraction(10, 4).numerator)

data = [2.5, 3.25, 5.5, 11.25, 11.75, 6, 4]
print(statistics.mean(data), statistics.median(data), round(statistics.stdev(data), 6))
print(statistics.mode([1, 2, 2, 3, 3, 3]), statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]))
print(statistics.mean([Fraction(1, 2), Fraction(1, 3)]), statistics.mean([Decimal("1.5"), Decimal("2.5")]))
print(round(statistics.pvariance([1, 2, 3, 4]), 4), statistics.fmean([1, 2, 3]), statistics.multimode("aabbc"))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
