# One specialised site sees 64-bit ints, then big ints, int subclasses and bools: arithmetic,
# comparisons before jumps, subscripts, `in`, builtins and starred unpacking of the results.


class I(int):
    def __add__(self, other):
        return I(int(self) + int(other) + 1000)

    def __lt__(self, other):
        return int(self) > int(other)      # reversed order on purpose


class Plain(int):
    pass


values = [1, 2, 1024, 1025, 2**62, 2**63 - 1, 2**63, 2**64 + 5, -2**63, -2**63 - 1, True, False,
          Plain(7), Plain(2**65), I(3), I(2**66)]


def arith(vals):
    out = []
    for v in vals:
        a = v + 1
        b = v - 1
        c = v * 2
        d = v // 3
        e = v % 5
        f = v & 0xFF
        g = v | 1
        h = v ^ 3
        k = v << 2
        m = v >> 1
        out.append((type(a).__name__, a, b, c, d, e, f, g, h, k, m))
    return out


for row in arith(values):
    print(row)


def compares(vals):
    out = []
    for v in vals:
        r = []
        if v < 1025:
            r.append("lt")
        if v <= 2**63:
            r.append("le")
        if v == 2**63:
            r.append("eq")
        if v != 1:
            r.append("ne")
        if v > -2**63:
            r.append("gt")
        if v >= 2**64:
            r.append("ge")
        if v:
            r.append("true")
        if not v:
            r.append("false")
        out.append(r)
    return out


print(compares(values))

# Accumulators that leave 64 bits inside a loop and come back.
total = 2**63 - 10
for i in range(20):
    total += 1
total2 = total
for i in range(20):
    total2 -= 1
print(total, total2, type(total2) is int, total2 == 2**63 - 10)
acc = 1
for i in range(1, 30):
    acc *= i
print(acc, acc % 1000003)

# Subscripts with every kind of index.
data = list(range(10))
for idx in (0, -1, 9, True, False, Plain(3), I(4), -10):
    print(idx, data[idx], "abcdefghij"[idx], (0, 1, 2, 3, 4, 5, 6, 7, 8, 9)[idx], end=" / ")
print()
for idx in (10, -11, 2**63, 2**64, Plain(2**70)):
    try:
        data[idx]
    except IndexError as e:
        print(type(idx).__name__, "IndexError", e)
    try:
        data[idx] = 0
    except IndexError as e:
        print(type(idx).__name__, "IndexError", e)
lst = [0] * 4
lst[Plain(1)] += 5
lst[True] += 1
lst[-1] -= 2**64
print(lst)

# `in` on sets and dicts of mixed ints.
s = {1, 2**64, Plain(5), True}
print(sorted(s), 1 in s, 2**64 in s, 5 in s, Plain(2**64) in s, 0 in s, 2**64 + 1 in s)
d = {2**63: "a", 7: "b"}
print(d.get(2**63), d.get(Plain(7)), d.get(I(7)), 2**63 in d)

# Builtins over mixed ints.
print(sum(values[:10]), max(values[:11]), min(values[:11]), sorted(values[:12]))
print(abs(-2**63), divmod(2**64 + 1, 2**32), pow(2, 64, 10**9 + 7), pow(I(3), 2), round(2**64 + 7, -1))
print(int(Plain(5)), int(I(2**70)), float(Plain(3)), str(Plain(2**64)), repr(I(5)), hash(Plain(2**61)) == hash(2**61))
print(I(3) + 4, 4 + I(3), I(3) < I(5), sorted([I(1), I(3), I(2)]))

# Starred unpacking of int results.
first, *mid, last = [v * 2 for v in values[:6]]
print(first, mid, last)
*head, tail = (2**64, 2**65)
print(head, tail)
a, (b, *c), *d = 1, (2**63, 3, 4), 5, 6
print(a, b, c, d)
