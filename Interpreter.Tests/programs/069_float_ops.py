inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf + 1, inf * -1, inf - inf)
print(nan == nan, nan != nan, inf == inf, inf > 1e308)
print(1e308 * 10, -1e308 * 10)
print((0.5).is_integer(), (2.0).is_integer(), (0.75).as_integer_ratio(), (2.5).hex())
print(float.fromhex("0x1.8p1"), (10.0).hex())
print(1.0 == 1, 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-9)
print(2 ** 0.5, 10 ** -2, 8 ** (1 / 3))
print(int(2.999999), int(-0.5), float(-0))
print(1 / 3 + 1 / 3 + 1 / 3, 0.1 + 0.2 + 0.3)
print(max(1.5, 2), min(-0.0, 0.0), 3.0 // 2, 3.5 % 1)
print(1e-320, 2.2250738585072014e-308, 1e-320 / 10)
try:
    round(inf)
except OverflowError as e:
    print("round(inf):", e, repr(-nan)[-3:])
print(float(str(1 / 7)) == 1 / 7)
vals = [3.0, 1e10, 123456.789, 0.000015, 1e-10]
print([str(v) for v in vals])
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
