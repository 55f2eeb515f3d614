# Big integers: digits of pi by Gibbons' unbounded spigot, checked against known digits and,
# independently, against Machin's formula computed in fixed point.
# bench: default=4000 quick=60 trace=1100
import sys

KNOWN = "31415926535897932384626433832795028841971693993751058209749445923078164062862089986280348253421170679"


def spigot(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < n:
        if 4 * q + r - t < m * t:
            digits.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return "".join(str(d) for d in digits)


def arctan_inv(x, unity):
    # arctan(1/x) * unity, by the alternating series
    total = term = unity // x
    x2 = x * x
    k = 3
    sign = -1
    while term:
        term //= x2
        total += sign * (term // k)
        sign = -sign
        k += 2
    return total


def machin(n):
    unity = 10 ** (n + 10)
    pi = 4 * (4 * arctan_inv(5, unity) - arctan_inv(239, unity))
    return str(pi)[:n]


def main(n):
    d = spigot(n)
    if d[:min(n, len(KNOWN))] != KNOWN[:n]:
        raise AssertionError("wrong leading digits")
    if d != machin(n):
        raise AssertionError("spigot and Machin disagree")
    for i in range(0, n, 500):
        print(d[i:i + 50])
    print("digits", n, "sum", sum(int(c) for c in d))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 4000)
