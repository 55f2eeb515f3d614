# Ints around the edges of the interpreter's kept ints (-5..1024 made at start, 1025..16383
# kept once made): values, hashes, types and arithmetic must be the same on both sides of
# every edge; identity is asserted only where CPython guarantees it (-5..256).
import sys

edges = [-6, -5, -1, 0, 1, 255, 256, 257, 1023, 1024, 1025, 1026, 8067, 16382, 16383, 16384,
         16385, 2**31 - 1, 2**31, 2**63 - 1, 2**63, -2**63, -2**63 - 1]
for e in edges:
    for d in (-2, -1, 0, 1, 2):
        v = e + d
        w = int(str(v))
        print(v, w == v, hash(w) == hash(v), type(v).__name__, v * 2 - v == v, v // 3, v % 7, -v, ~v)
    print(e, e.bit_length(), abs(e), e >> 3, e << 2, divmod(e, 5), pow(e, 2, 97))

# CPython guarantees one object for each small int in -5..256.
for v in range(-5, 257):
    assert int(str(v)) is v, v
print("small ints shared")

# Counting past the edges: the values are right whichever object holds them.
total = 0
pos = 0
seen = {}
while pos < 20000:
    pos += 1
    total += pos
    if pos % 4096 == 0 or pos in (1024, 1025, 16383, 16384):
        seen[pos] = pos * pos
print(total, sorted(seen.items()))

# A subclass of int is never an instance from a cache; its arithmetic returns plain ints.
class I(int):
    pass

for v in (5, 300, 1025, 5000, 16383, 16384, 100000):
    i = I(v)
    print(type(i).__name__, i == v, type(i + 0).__name__, type(+i).__name__, i is not v, repr(i))
    i.tag = v
    print(i.tag, I(v) is not i)

# bool is not an int from the cache.
print(True + 1024, True + 1025, type(True + 16383).__name__, (1025).__bool__(), bool(16384))

# The same values as dict keys, set members and list indices.
d = {v: str(v) for v in range(1000, 1100)}
print(len(d), d[1024], d[1025], d[int("1050")])
s = set(range(16380, 16390)) | {int("16383")}
print(len(s), sorted(s)[:5])
big = list(range(17000))
print(big[16383], big[16384], big[-1], big.index(16383), 16383 in big)

# Values computed in many ways meet as equal keys.
keys = [1025, 0x401, int("1025"), 1024 + 1, 2050 // 2, int(1025.0), (1 << 10) | 1, sum([1000, 25])]
print(len(set(keys)), all(k == 1025 for k in keys), {k: 1 for k in keys})
print(sys.getsizeof(1025) == sys.getsizeof(int("1025")))
