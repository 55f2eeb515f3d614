# Integer arithmetic that crosses the 64-bit boundary and comes back: every result must be exact.
MAX = 2**63 - 1
MIN = -2**63

def show(label, value):
    print(f"{label:>22}: {value}")

show("MAX + 1", MAX + 1)
show("MIN - 1", MIN - 1)
show("MAX * 2", MAX * 2)
show("MIN * -1", MIN * -1)
show("MIN // -1", MIN // -1)
show("MIN % -1", MIN % -1)
show("-MIN", -MIN)
show("abs(MIN)", abs(MIN))
show("~MIN", ~MIN)
show("1 << 63", 1 << 63)
show("1 << 64 >> 64", 1 << 64 >> 64)
show("-1 >> 100", -1 >> 100)
show("3 << 62", 3 << 62)
show("MAX ** 2", MAX ** 2)
show("(MAX + 1) - 1", (MAX + 1) - 1)
show("type back to small", type((MAX + 1) - 2).__name__)

# A running total that overflows then shrinks again.
total = 0
for i in range(10):
    total += MAX // 4
show("running total", total)
for i in range(10):
    total -= MAX // 4
show("back to", total)

# Multiplication in a loop (factorial) and the same numbers divided back down.
fact = 1
for k in range(1, 26):
    fact *= k
show("25!", fact)
for k in range(25, 0, -1):
    fact //= k
show("25! / 25!", fact)

# floor division and modulo signs around the boundary
for a in (MAX, MIN, MAX + 5, MIN - 5, 7, -7):
    for b in (3, -3, 2**64, -(2**64)):
        q, r = a // b, a % b
        assert q * b + r == a, (a, b)
        print(a, b, q, r, divmod(a, b) == (q, r))

# powers with small and negative exponents
print(2 ** 62, 2 ** 63, 2 ** 64, (-2) ** 63, (-3) ** 41)
print(2 ** -2, 10 ** -1, (-2) ** -3, 0 ** 0)
print(pow(3, 200, 1000), pow(-7, 3, 5), pow(2, -1, 5))

# bitwise operators on negative and big numbers
print(MIN & MAX, MIN | MAX, MIN ^ MAX, (MAX + 1) & MAX, -(2**70) | 1, (2**70 + 5) ^ 3)
print((-5) & 0xFF, (-5) | 0x0F, (-5) ^ -1, 12345678901234567890 & 0xFFFF)

# true division of ints stays correctly rounded, even when the ints are big
print(1 / 3, 2**60 / 3, (2**64 + 1) / 2, 10**30 / 10**10, -7 / 2, MAX / MIN)
