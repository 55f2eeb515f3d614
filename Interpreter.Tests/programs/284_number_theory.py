# Number theory with big integers: sieve, Miller-Rabin, factorisation, modular inverse, CRT, digits
def sieve(n):
    flags = bytearray([1]) * (n + 1)
    flags[0:2] = b"\x00\x00"
    for i in range(2, int(n ** 0.5) + 1):
        if flags[i]:
            flags[i * i::i] = bytes(len(range(i * i, n + 1, i)))
    return [i for i, f in enumerate(flags) if f]
primes = sieve(200)
print(len(primes), primes[:15], primes[-3:], sum(primes))
def is_probable_prime(n):
    if n < 2:
        return False
    for p in primes[:12]:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in primes[:12]:
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
m61 = 2 ** 61 - 1
print(is_probable_prime(m61), is_probable_prime(m61 * 3), is_probable_prime(2 ** 127 - 1), is_probable_prime(561))
def factor(n):
    out = []
    for p in primes:
        while n % p == 0:
            out.append(p)
            n //= p
    if n > 1:
        out.append(n)
    return out
for n in (360, 9973, 2 ** 32 + 1, 600851475143, 10 ** 12 + 39):
    print(n, factor(n))
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
def inv(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError(f"{a} has no inverse mod {m}")
    return x % m
print(inv(3, 11), inv(10, 17), pow(10, -1, 17), inv(2 ** 64 + 1, m61))
try:
    inv(6, 9)
except ValueError as e:
    print("ValueError:", e)
def crt(residues, moduli):
    x, m = 0, 1
    for r, mod in zip(residues, moduli):
        x += m * ((r - x) * inv(m, mod) % mod)
        m *= mod
    return x % m, m
print(crt([2, 3, 2], [3, 5, 7]), crt([1, 2, 3, 4], [5, 7, 9, 11]))
f = 1
for i in range(1, 101):
    f *= i
digits = str(f)
print(len(digits), sum(map(int, digits)), digits[:20], len(digits) - len(digits.rstrip("0")))
print(2 ** 1000 % 10 ** 10, pow(7, 10 ** 18, 10 ** 9 + 7), (3 ** 200).bit_length(), int("9" * 50) // 7 % 1000)
def collatz_max(limit):
    best = (0, 0)
    for n in range(1, limit):
        steps, x = 0, n
        while x != 1:
            x = x // 2 if x % 2 == 0 else 3 * x + 1
            steps += 1
        best = max(best, (steps, n))
    return best
print(collatz_max(3000))
def perfect(limit):
    return [n for n in range(2, limit) if sum(d + n // d for d in range(2, int(n ** 0.5) + 1) if n % d == 0) + 1 - (int(n ** 0.5) if int(n ** 0.5) ** 2 == n else 0) == n]
print(perfect(10000))
