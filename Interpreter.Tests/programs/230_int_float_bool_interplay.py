print(True + True, True * 3, False - 1, True / 2, True // 2, -True, ~True, True << 3)
print(1 == 1.0 == True, hash(1) == hash(1.0) == hash(True), {1: "a", 1.0: "b", True: "c"})
print(7 / 2, 7 // 2, -7 // 2, 7 // -2, -7 % 3, 7 % -3, -7.5 // 2, -7.5 % 2, 7.5 % -2)
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (7.5, 2), (-7.5, 2), (0, 5), (5, 0.5)]:
    print(a, b, divmod(a, b), a // b, a % b)
print(2 ** 10, 2 ** -1, (-2) ** 3, (-8) ** (1 / 3), 0 ** 0, 2 ** 0.5, 10 ** 20, 10.0 ** 20)
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2), round(1234, -2), round(1250, -2), round(2.675, 2))
print(int("ff", 16), int("0b101", 0), int("0o17", 0), int("0x1F", 0), int("  42  "), int("-1_000"), int("z", 36))
print(float("1e3"), float("-inf"), float("  3.5 "), float("1_0.5"), int(3.99), int(-3.99), int(True))
print(abs(-3), abs(-3.5), abs(True), pow(2, 10, 1000), pow(-3, 3), max(1, 2.5, True), min(-1, -1.0))
print(1e16, 1e15, 123456789012345678.0, 0.1 + 0.2, 1 / 3, 2 / 3, 1e-5, 1e-4, 100.0, -0.0, 5e-324)
print(3 < 3.5 < 4, 10 ** 20 == 1e20, 10 ** 20 < 1e20 + 1, 2 ** 53 + 1 == float(2 ** 53 + 1), (2 ** 53 + 1) > float(2 ** 53))
print(isinstance(True, int), type(True + 1).__name__, type(1 + 1.0).__name__, type(3 // 1.0).__name__, type(2 ** -1).__name__)
print(float.is_integer(2.0), (2.5).as_integer_ratio(), (0.1).hex(), float.fromhex("0x1.8p1"), (10).bit_length(), (-1).bit_count() if hasattr(int, "bit_count") else 1)
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.fsum([0.1] * 10), sum([0.1] * 10), math.isclose(0.1 + 0.2, 0.3))
print(sorted([3, 1.5, True, 2, -0.5]), sum([1, 2.5, True]), 7 .real, (5).numerator, 1_000_000)
for bad in ["1 / 0", "1 % 0.0", "2 ** 10000.0", "int('1.5')", "float('x')", "int(float('inf'))", "int(float('nan'))", "10 ** -1 // 0"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, "->", type(e).__name__, e)
