# |, ^ and >> of two ints: signs, the 64-bit edges, shift counts at and past 63, negative counts,
# bools (whose | and ^ stay bool), int subclasses with and without their own operators, in-place forms.
vals = [0, 1, -1, 2, -2, 7, -8, 255, 2**31 - 1, -2**31, 2**62, -2**62, 2**63 - 1, -2**63, 2**64, -2**64 - 3, 10**30]
rows = []
for x in vals:
    for y in vals:
        rows.append((x | y, x ^ y, x & y))
print(len(rows), sum(a for a, b, c in rows) % 1000003, sum(b for a, b, c in rows) % 1000003)
for x in vals:
    out = []
    for n in (0, 1, 3, 31, 32, 62, 63, 64, 65, 100, 2**40):
        out.append(x >> n)
    print(x, out)
for x in (5, -5, 0):
    try:
        print(x >> -1)
    except ValueError as exc:
        print("ValueError:", exc)
try:
    print(5 >> 2**70)
    print(-5 >> 2**70)
except Exception as exc:
    print(type(exc).__name__, exc)
print(True | False, True ^ True, False | False, type(True | False).__name__, True | 2, True ^ 3, True >> 1, type(True >> 0).__name__)


class I(int):
    pass


class J(int):
    def __or__(self, o):
        return "J|"

    def __rxor__(self, o):
        return "^J"

    def __rshift__(self, o):
        return "J>>"


print(I(6) | 3, type(I(6) | 3).__name__, I(6) ^ I(3), I(-9) >> 1, J(1) | 2, 1 ^ J(2), J(8) >> 1, 8 >> J(1))
s = 0
for i in range(1000):
    s |= i
    s ^= i >> 2
    s = (s * 1103515245 + 12345) & 0x7FFFFFFF
    s ^= s >> 7
print(s)
h = -12345
h >>= 3
h |= 1 << 70
h ^= 3
print(h)
