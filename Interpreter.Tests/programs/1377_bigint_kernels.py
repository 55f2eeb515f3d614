# Big-int +, -, * by a small int and // with a small quotient (the paths pidigits takes), checked
# on edge magnitudes: carries out of the top limb, borrows that cancel top limbs, results that fall
# back into 64 bits, signs, int subclasses, zero divisors, and a spigot checked against known digits.
import sys

M32 = 2 ** 32
M64 = 2 ** 64

def lcg(seed):
    x = seed
    while True:
        x = (x * 6364136223846793005 + 1442695040888963407) % M64
        yield x

def digest(v):
    # a compact, exact summary of a big int (value mod two primes, sign, bit length)
    return (v % 1000000007, v % 998244353, (v > 0) - (v < 0), v.bit_length())

edges = []
for limbs in (1, 2, 3, 4, 7, 33, 100):
    top = 2 ** (32 * limbs)
    edges += [top - 1, top, top + 1, top // 2, top // 2 - 1, top - 2 ** (32 * (limbs - 1)), 3 * top // 4]
edges += [2 ** 63 - 1, 2 ** 63, 2 ** 64 - 1, 2 ** 31, 2 ** 31 - 1, 10 ** 50, 7 ** 200]

# + and - between every pair of edges and their negations
acc = 0
count = 0
for a in edges:
    for b in edges:
        for sa in (1, -1):
            for sb in (1, -1):
                x, y = sa * a, sb * b
                s, d = x + y, x - y
                acc = (acc * 31 + s % 1000000007 + 7 * (d % 998244353)) % (2 ** 61 - 1)
                count += 1
                if s - y != x or d + y != x:
                    print("add/sub mismatch", x, y)
print("add/sub", count, acc)

# exact cancellations: results of zero, of one limb, and in the long range
big = 2 ** 200 + 12345
print(big - big, (big + 1) - big, big - (big - 2 ** 63), big - (big - 2 ** 63 + 1), -big + big)
print(type(big - big), (big - (2 ** 200)) == 12345, (2 ** 96 + 5) - 2 ** 96, -(2 ** 96) + (2 ** 96 - 2 ** 63))
print((2 ** 64 - 1) + 1, -(2 ** 63) - 1, (-(2 ** 63)) + 0, 2 ** 63 - 2 ** 64)

# multiplication by one-limb ints and by ints past one limb
acc = 0
for a in edges:
    for k in (0, 1, 2, 3, 10, 255, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1, 2 ** 32, 2 ** 32 + 1, -1, -7, -(2 ** 32 - 1)):
        p, q = a * k, k * -a
        if p != -q or (k and p // k != a):
            print("mul mismatch", a, k)
        acc = (acc * 131 + p % 1000000007) % (2 ** 61 - 1)
print("mul", acc)
print((2 ** 64 - 1) * (2 ** 32 - 1), (2 ** 95) * 2, -(2 ** 64) * 3, 0 * (2 ** 100), (2 ** 100) * 0, (2 ** 100) * -1)

# floor division with small quotients: exact multiples, off by one either side, signs, zero
acc = 0
gen = lcg(12345)
for trial in range(600):
    limbs = 3 + next(gen) % 40
    y = 0
    for _ in range(limbs):
        y = y * M32 + next(gen) % M32
    y |= 1 << (32 * limbs - 1 - next(gen) % 5)
    q = next(gen) % (2 ** (next(gen) % 33))
    r = next(gen) % y if trial % 3 else (y - 1 if trial % 2 else 0)
    x = q * y + r
    if x // y != q:
        print("div mismatch", trial, q, x // y)
    for xx, yy in ((x, y), (-x, y), (x, -y), (-x, -y), (x + 1, y), (x - 1, y), (y * q, y), (y * q - 1, y)):
        acc = (acc * 7 + (xx // yy) % 1000003) % (2 ** 61 - 1)
print("div", acc)
for x, y in ((2 ** 200, 2 ** 199), (2 ** 200 - 1, 2 ** 199), (2 ** 200, 2 ** 199 + 1), (2 ** 230, 2 ** 199),
             (2 ** 231, 2 ** 199), (2 ** 231 - 1, 2 ** 199 - 1), (2 ** 100, 2 ** 101), (0, 2 ** 100),
             (2 ** 100, 3), (3 ** 300, 3 ** 299), (3 ** 300 + 1, 3 ** 299), (3 ** 300 - 1, 3 ** 299)):
    print(x // y, -x // y, x % y == x - (x // y) * y)
for x, y in ((2 ** 100, 0), (-(2 ** 100), 0), (0, 0)):
    try:
        x // y
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)

# int subclasses: operators return plain ints unless overridden
class I(int):
    pass

class J(int):
    def __add__(self, other):
        return "J+"
    def __floordiv__(self, other):
        return "J//"

i = I(2 ** 100 + 1)
print(type(i + 2 ** 100).__name__, i + 2 ** 100, type(i * 3).__name__, i * 3, i // (2 ** 99), type(i - i).__name__)
j = J(2 ** 100)
print(j + 1, j // 3, j - 1, 2 ** 101 // j, (2 ** 100) + j)

# bools and mixes with floats
print((2 ** 100) * True, (2 ** 100) + False, True * (2 ** 70), (2 ** 70) // True)
print((2 ** 70) * 1.5, (2 ** 70) + 0.5, (2 ** 70) // 3.0)

# augmented assignments keep the same values
v = 2 ** 100
v *= 7
v += 2 ** 102
v -= 1
v //= 2 ** 98
print(v)

# the spigot, as pidigits runs it
def spigot(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < n:
        if 4 * q + r - t < m * t:
            digits.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return "".join(str(d) for d in digits), digest(q), digest(r), digest(t)

d, dq, dr, dt = spigot(600)
print(d[:60], d[-20:], len(d))
print(dq, dr, dt)
