# Sequence unpacking: tuples and lists unpacked into names in tight loops (pairs, wide records,
# swaps, starred targets, nested targets, unpacking in for-loops and from function results).
# bench: default=600000 quick=1000 trace=12000
import sys


def pairs(n):
    t = (1, 2)
    total = 0
    for i in range(n):
        a, b = t
        b, a = a, b
        a, b = b + i, a
        total += a - b
    return total


def wide(n):
    rec_t = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    rec_l = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1]
    total = 0
    for _ in range(n):
        a, b, c, d, e, f, g, h, i, j = rec_t
        total += a + j
        a, b, c, d, e, f, g, h, i, j = rec_l
        total += b - i
        a, b, c, d, e, f, g, h, i, j = j, i, h, g, f, e, d, c, b, a
        total += a * 2 - j
    return total


def starred(n):
    data = list(range(8))
    total = 0
    for _ in range(n):
        first, *middle, last = data
        head, *tail = middle
        total += first + last + head + len(tail)
    return total


def nested(rows):
    total = 0
    for (x, y), (w, h), name in rows:
        total += x * w + y * h + len(name)
    return total


def divmods(n):
    q_sum = r_sum = 0
    for i in range(1, n):
        q, r = divmod(i * 7919, 97)
        q_sum += q
        r_sum += r
    return q_sum, r_sum


def fib_pairs(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, (a + b) % 1000003
    return a


def rotate(n):
    a, b, c, d = 1, 2, 3, 4
    for _ in range(n):
        a, b, c, d = b, c, d, a
        a, b, c = c, a, b
    return a, b, c, d


def main(n):
    p = pairs(n)
    expected_pairs = sum(i - 1 for i in range(n))
    if p != expected_pairs:
        raise AssertionError("pairs %d != %d" % (p, expected_pairs))
    w = wide(n)
    if w != n * (11 + 7 - 8):
        raise AssertionError("wide %d" % w)
    s = starred(n)
    if s != n * (0 + 7 + 1 + 5):
        raise AssertionError("starred %d" % s)
    rows = [((i, i + 1), (i % 7, i % 5), "r%d" % (i % 100)) for i in range(n)]
    nt = nested(rows)
    if nt != sum(i * (i % 7) + (i + 1) * (i % 5) + len("r%d" % (i % 100)) for i in range(n)):
        raise AssertionError("nested %d" % nt)
    qs, rs = divmods(n)
    if qs * 97 + rs != sum(i * 7919 for i in range(1, n)):
        raise AssertionError("divmod")
    f = fib_pairs(n)
    r = rotate(n)
    if sorted(r) != [1, 2, 3, 4]:
        raise AssertionError("rotate %r" % (r,))
    print(n, p, w, s, nt, qs, rs, f, r)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 600000)
