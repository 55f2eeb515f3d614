# int * int around the bounds of the 64-bit fast paths (gen9's Ops.MulFits: operands within
# ±2^31 multiply directly, others through the 128-bit product): the loop's BINARY_OP, in-place
# `*=`, chains of int operations, operator.mul and int.__mul__, and products that leave 64 bits
# into big ints and come back.
import operator

edges = []
for b in (15, 16, 30, 31, 32, 33, 62, 63, 64):
    for d in (-2, -1, 0, 1, 2):
        edges.append((1 << b) + d)
        edges.append(-(1 << b) + d)
edges += [0, 1, -1, 3, -3, 46341, -46341, 3037000499, 3037000500, -3037000500, 9223372036854775807, -9223372036854775808]

total = 0
seen = set()
for x in edges:
    for y in edges:
        p = x * y
        q = operator.mul(x, y)
        r = int.__mul__(x, y)
        z = x
        z *= y
        if not (p == q == r == z):
            print("mismatch", x, y, p, q, r, z)
        total += p
        seen.add(p.bit_length())
        # a chain: the product feeds an add and a subtract
        c = x * y + x - y
        total ^= c
print(total)
print(sorted(seen))

# the sign and the exact value at the boundaries
for x, y in ((2**31, 2**31), (-2**31, 2**31), (-2**31, -2**31), (2**31 - 1, 2**31 - 1),
             (2**32, 2**30), (2**32, 2**31), (-2**32, 2**31), (2**62, 2), (-2**62, 2),
             (2**63 - 1, -1), (-2**63, -1), (-2**63, 1), (3037000499, 3037000499),
             (3037000500, 3037000500), (-3037000500, 3037000500)):
    p = x * y
    print(x, y, p, type(p).__name__, p.bit_length(), -p, p // (y or 1))

# products in a loop that grow past 64 bits and shrink back
acc = 1
for i in range(1, 40):
    acc = acc * i
    if acc.bit_length() > 70:
        acc = acc // (acc >> 20)
    total += acc
print(acc, total)

# bools and int subclasses still take the general path
class I(int):
    def __mul__(self, other):
        return "I.mul"

print(True * 7, 2**40 * False, I(3) * 4, 4 * I(3), [1, 2] * 3, 3 * "ab", (2**31) * 1.5)
try:
    print(2**31 * None)
except TypeError as e:
    print("TypeError", e)
