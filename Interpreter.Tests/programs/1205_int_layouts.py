# Ints of every representation: the small-int cache's edges, 64-bit values past it, values past
# 2**63 (big ints), int subclasses (with and without big values), bools; their arithmetic,
# comparisons, hashing, truth, identity where python3.11 defines it, and containers.

edges = [-6, -5, -1, 0, 1, 255, 256, 257, 1023, 1024, 1025, 2**31 - 1, 2**31, 2**62, 2**63 - 1,
         -2**63, 2**63, -2**63 - 1, 2**64, 2**100, -2**100]
for v in edges:
    print(v, type(v).__name__, v + 1, v - 1, v * 3, v // 7, v % 7, -v, abs(v), bool(v),
          hash(v) == hash(v + 0), v == v + 0, v < v + 1, str(v)[:6], float(v) if abs(v) < 2**70 else "big")

# Overflow out of 64 bits and back.
x = 2**63 - 1
y = x + 1
print(y, type(y).__name__, y - 1 == x, (y - 1) is not None, y - 2, x * x, (x * x) // x == x)
z = -2**63
print(z - 1, (z - 1) + 1 == z, z * -1, -z, z // -1, abs(z))
print(2**64 // 2**32, 2**64 >> 1, (2**64 >> 1) == 2**63, 1 << 63, (1 << 63) - 1)

# Small ints: python3.11 caches -5..256, so `is` of computed values in that range holds.
a = 100
b = 50 + 50
print(a is b, id(a) == id(b))
c = int("7")
print(c is 7 if False else c == 7, int("-5") is int("-5"))
small = [i for i in range(-5, 257)]
print(all(small[i + 5] is (i * 1) for i in range(-5, 257)))

# Hashing: big ints, their residues, -1.
print(hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(2**64), hash(-2**64), hash(2**100 + 7))
print(hash(2**63 - 1), hash(-2**63), hash(2**62), hash(1.0) == hash(1), hash(2.0**70) == hash(2**70))

# Truth of every kind.
print([bool(v) for v in (0, 1, -1, 2**64, -2**64, 2**64 - 2**64, True, False)])


class MyInt(int):
    pass


class Named(int):
    def __repr__(self):
        return f"Named({int(self)})"

    def __bool__(self):
        return False

    def __add__(self, other):
        return Named(int(self) + int(other))


m = MyInt(5)
n = MyInt(2**70)
print(m, type(m).__name__, m + 1, type(m + 1).__name__, m * m, n, n + 1, type(n).__name__, n > m)
print(m == 5, 5 == m, hash(m) == hash(5), m is not 5, {5: "five"}[m], {m: "m"}[5], isinstance(m, int))
print(bool(MyInt(0)), bool(MyInt(3)), bool(MyInt(2**80)), bool(Named(3)), repr(Named(4)), Named(4) + 1)
print(sorted([MyInt(3), 1, 2**65, MyInt(-2**66), True, 0]), max(MyInt(2), 1), min(n, 2**71))
m.attr = "dict"
print(m.attr, vars(m), MyInt(7).__dict__)
print("ab" * MyInt(2), [0] * MyInt(3), "x" * True, (1, 2) * 2, "ab" * 0, "ab" * -3)
try:
    [1] * 2**70
except OverflowError as e:
    print("OverflowError", e)
except MemoryError:
    print("MemoryError")
try:
    "a" * MyInt(2**70)
except OverflowError as e:
    print("OverflowError", e)

# Bools are ints.
print(True + True, True * 10, True - 2**64, hash(True), True == 1, 1 is True, [True] * 2, -True, ~True)

# Big ints in containers, sets, sort, dict keys.
s = {2**64, 2**64 + 0, 5, MyInt(5), 2**64 - 1}
print(len(s), sorted(s))
d = {2**100: "a", 1: "b"}
d[2**100] = "c"
print(d, 2**100 in d, (2**100 + 1) - 1 in d)
print(sorted([2**64, -2**64, 3, -3, 2**63, 2**63 - 1]))

# Comparisons mixing small, big, float, subclass.
pairs = [(1, 2**64), (2**64, 2**64), (2**64, 2.0**64), (2**63, 9.223372036854775808e18), (MyInt(3), 3.0),
         (2**53 + 1, 2.0**53), (-2**63, -9.223372036854775808e18)]
for p, q in pairs:
    print(p < q, p <= q, p == q, p != q, p > q, p >= q)

# Division and modulo signs with big values.
for p in (7, -7, 2**64 + 3, -(2**64 + 3)):
    for q in (3, -3, 2**33, -(2**65)):
        print(p // q, p % q, divmod(p, q) == (p // q, p % q), end=" | ")
    print()

# Formatting.
print(f"{2**64:,}", f"{MyInt(255):x}", "%d %x" % (2**70, 2**65), format(-2**63, "b")[:10], str(2**63))
print(int.from_bytes((2**64).to_bytes(9, "big"), "big"), (2**64).bit_length(), (255).bit_length())

# Counting with ints that leave the cache.
total = 0
for i in range(2000):
    total += i * i
print(total, total is not None, type(total) is int)

# Index-sized errors name the int's type.
for bad in (2**70, MyInt(2**70), -2**70):
    for what in ("[1][bad]", "[1] * bad", "b'x' * bad", "bytes(bad)", "'ab'[bad]"):
        try:
            eval(what)
        except (IndexError, OverflowError, MemoryError) as e:
            print(what, type(e).__name__, e)


class Sized:
    def __len__(self):
        return MyInt(2**70)


try:
    len(Sized())
except OverflowError as e:
    print("len", e)
