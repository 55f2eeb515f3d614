# Big integers through every operator, including mixed signs and small operands
a = 3 ** 100 + 12345
b = -(2 ** 80) - 7
c = 10 ** 30
for x, y in [(a, b), (b, a), (a, 7), (-a, 7), (a, -7), (c, c - 1), (b, b)]:
    print(x + y, x - y, x * y)
    print(x // y, x % y, divmod(x, y))
    print(x / y if y else None)
    print(x & y, x | y, x ^ y)
    print(x == y, x < y, x >= y, x != y)
print(~a, -b, +c, abs(b))
print(a << 70, b << 3, a >> 50, b >> 50, b >> 1000, a >> 1000)
print(pow(a, 3), pow(b, 2), pow(a, 5, 10 ** 9 + 7), pow(b, 3, 97), pow(3, -1, 7))
print(pow(2, 200) // pow(2, 199), 2 ** 200 % 1000007)
print(a.bit_length(), b.bit_length(), c.bit_length(), (-c).bit_length())
print(int(str(a)) == a, int(hex(a), 16) == a, int(bin(b), 2) == b, oct(c))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(2 ** 100) == hash(2 ** 100 % (2 ** 61 - 1)))
print(float(c), float(a), int(1e30), int(-1.5e20))
print(a * 1.0 == float(a), c == 1e30, c + 1 == 1e30, c + 1 > 1e30)
print(round(a, -20), round(b, -5), round(c + 5 * 10 ** 9, -10))
print(sum(range(10 ** 17, 10 ** 17 + 5)) + 10 ** 20, max(a, b, c), min(a, b, c))
print(sorted([a, b, c, 0, -1, 1.5]))
print(divmod(-c, 3), divmod(c, -3), (-c) // 7, (-c) % 7)
x = 1
for i in range(1, 40):
    x *= i
print(x, x.bit_length(), str(x)[:10], len(str(x)))
print(x // (x // 17), x % 1000003)
print(format(a, ","), format(b, "_x"), f"{c:e}", f"{a:>60}")
print(bool(c), bool(c - c), True + c, c * False)
print((2 ** 64).to_bytes(9, "big"), int.from_bytes(b"\xff" * 10, "little"), (-(2 ** 70)).to_bytes(10, "big", signed=True))
print(int.from_bytes((-(2 ** 70)).to_bytes(10, "big", signed=True), "big", signed=True))
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    10 ** 400 / 1.5
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 // 10 ** 399, (10 ** 400) / (10 ** 399))
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
