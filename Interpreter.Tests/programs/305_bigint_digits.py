"""Big-integer digit generators: pi by Machin's formula and by a spigot,
e by its series, sqrt(2) by Newton's method, Fibonacci and factorial digit
statistics, and a few number-theory checks on big integers."""
from functools import reduce
from collections import Counter
import math


def arctan_inv(x, digits):
    """arctan(1/x) scaled by 10**(digits+10), using integer arithmetic only."""
    scale = 10 ** (digits + 10)
    total = term = scale // x
    x2 = x * x
    n = 1
    sign = -1
    while term:
        term //= x2
        total += sign * (term // (2 * n + 1))
        sign = -sign
        n += 1
    return total


def pi_machin(digits):
    pi = 4 * (4 * arctan_inv(5, digits) - arctan_inv(239, digits))
    return pi // 10 ** 10


def pi_spigot(n):
    """Gibbons' unbounded spigot algorithm; yields decimal digits of pi."""
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    produced = 0
    while produced < n:
        if 4 * q + r - t < m * t:
            yield m
            produced += 1
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2


def e_digits(digits):
    scale = 10 ** (digits + 5)
    total = 0
    term = scale
    k = 0
    while term:
        total += term
        k += 1
        term //= k
    return total // 10 ** 5


def isqrt_newton(n):
    if n < 0:
        raise ValueError("square root of negative number")
    if n < 2:
        return n
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def sqrt2_digits(digits):
    return isqrt_newton(2 * 10 ** (2 * digits))


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fib_fast(n):
    """Fast doubling."""
    def go(k):
        if k == 0:
            return 0, 1
        a, b = go(k >> 1)
        c = a * (2 * b - a)
        d = a * a + b * b
        return (d, c + d) if k & 1 else (c, d)
    return go(n)[0]


def factorial(n):
    return reduce(lambda a, b: a * b, range(1, n + 1), 1)


def digit_stats(n):
    s = str(n)
    c = Counter(s)
    return len(s), sum(map(int, s)), "".join(f"{d}:{c.get(d, 0)} " for d in "0123456789").strip()


def chunk(s, size=50):
    return [s[i:i + size] for i in range(0, len(s), size)]


def is_probable_prime(n, bases=(2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)):
    if n < 2:
        return False
    for p in bases:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in bases:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    out = []
    neg = n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return ("-" if neg else "") + "".join(reversed(out))


N = 300
pm = str(pi_machin(N))
ps = "".join(map(str, pi_spigot(N + 1)))
print("pi (Machin) :")
for line in chunk(pm[:201]):
    print("  ", line)
print("spigot agrees on", sum(1 for a, b in zip(pm, ps) if a == b), "of", min(len(pm), len(ps)), "digits")
print("pi digit stats", digit_stats(int(pm)))

e = str(e_digits(200))
print("e      :", e[:60], "...", e[-10:])
print("e stats", digit_stats(int(e)))
r2 = str(sqrt2_digits(150))
print("sqrt(2):", r2[:60], "...")
print("isqrt checks", all(isqrt_newton(k) == math.isqrt(k) for k in list(range(200)) + [10 ** 40 + 12345, 2 ** 127 - 1]))

f1000 = fib(1000)
print("fib(1000) has", len(str(f1000)), "digits; fast doubling agrees:", f1000 == fib_fast(1000))
print("fib(1000) =", str(f1000)[:40], "...", str(f1000)[-20:])
print("fib(10000) digits", len(str(fib_fast(10000))), "last 10", fib_fast(10000) % 10 ** 10)
print("gcd(fib(300), fib(200)) == fib(100):", math.gcd(fib(300), fib(200)) == fib(100))

f100 = factorial(100)
print("100! =", f100)
print("100! stats", digit_stats(f100), "trailing zeros", len(str(f100)) - len(str(f100).rstrip("0")))
print("math.factorial agrees", f100 == math.factorial(100), "comb(100,50) =", math.comb(100, 50))

m127 = 2 ** 127 - 1
print("2**127-1 prime:", is_probable_prime(m127), " 2**128+1 prime:", is_probable_prime(2 ** 128 + 1))
print("next primes after 10**30:", [10 ** 30 + k for k in range(1, 200) if is_probable_prime(10 ** 30 + k)])
print("3**200 in base 36:", to_base(3 ** 200, 36))
print("roundtrip int(base 36):", int(to_base(-(7 ** 90), 36), 36) == -(7 ** 90))
big = 12345678901234567890123456789
print(big * big, big // 987654321, big % 987654321, divmod(-big, 10 ** 9))
print(pow(big, 3, 10 ** 12), pow(3, -1, 7), (-big) >> 10, big << 70, big & (2 ** 64 - 1), big ^ (big >> 3), ~big)
print(hex(big), oct(big)[:20], bin(big)[:30], big.bit_length(), (big).to_bytes(13, "big").hex())
print(f"{big:,}", f"{big:_x}", f"{big:.3e}", float(big), int(float(big)) == big, big / 7)
print(sum(int(d) for d in str(2 ** 1000)), str(7 ** 77)[::7], len(str(9 ** 9 ** 2)))


# --- Exact rational arithmetic on big integers: harmonic numbers and continued fractions ---

def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


def harmonic(n):
    # H(n) = sum 1/k as an exact fraction (numerator, denominator) in lowest terms.
    num, den = 0, 1
    for k in range(1, n + 1):
        num = num * k + den
        den = den * k
        g = gcd(num, den)
        num //= g
        den //= g
    return num, den


def continued_fraction(num, den, limit=40):
    terms = []
    while den and len(terms) < limit:
        q, r = divmod(num, den)
        terms.append(q)
        num, den = den, r
    return terms


def convergents(terms):
    h0, h1 = 0, 1
    k0, k1 = 1, 0
    out = []
    for a in terms:
        h0, h1 = h1, a * h1 + h0
        k0, k1 = k1, a * k1 + k0
        out.append((h1, k1))
    return out


def catalan(n):
    c = 1
    for k in range(n):
        c = c * 2 * (2 * k + 1) // (k + 2)
    return c


h_num, h_den = harmonic(60)
print("H(60) =", h_num, "/", h_den)
print("H(60) digits", len(str(h_num)), len(str(h_den)), "value ~", h_num * 10 ** 20 // h_den)
cf = continued_fraction(h_num, h_den)
print("continued fraction of H(60):", cf[:12], "... terms:", len(cf))
conv = convergents(cf)
print("last convergent exact:", conv[-1] == (h_num, h_den), "first five:", conv[:5])
print("catalan(60) =", catalan(60), "check:", catalan(60) == math.comb(120, 60) // 61)
collatz = 2 ** 100 + 1
steps = 0
while collatz != 1:
    collatz = collatz // 2 if collatz % 2 == 0 else 3 * collatz + 1
    steps += 1
print("collatz steps from 2**100+1:", steps)
