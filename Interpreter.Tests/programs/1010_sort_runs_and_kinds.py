# list.sort / sorted: the natural merge sort (runs, descending runs, binary insertion, merges) and
# its typed key paths (ints in 64 bits, floats, strs, tuples of those) against the general one:
# order, stability, reverse, mixed kinds, NaN, big ints, subclasses, errors and mutation.
import random

rng = random.Random(1010)


def check(name, data, **kw):
    a = sorted(data, **kw)
    # The reference: a stable insertion sort with the same comparisons (reverse keeps equal keys' order).
    key = kw.get("key") or (lambda v: v)
    rev = kw.get("reverse", False)
    ref = []
    for v in data:
        k = key(v)
        i = len(ref)
        while i > 0 and ((key(ref[i - 1]) < k) if rev else (k < key(ref[i - 1]))):
            i -= 1
        ref.insert(i, v)
    print(name, "ok" if a == ref and all(x is y for x, y in zip(a, ref)) else "MISMATCH", len(a))


sizes = [0, 1, 2, 3, 31, 32, 33, 63, 64, 65, 100, 257, 1000]
for n in sizes:
    ints = [rng.randrange(-50, 50) for _ in range(n)]
    check("ints %d" % n, ints)
    check("ints rev %d" % n, ints, reverse=True)
    check("asc %d" % n, list(range(n)))
    check("desc %d" % n, list(range(n, 0, -1)))
    check("sawtooth %d" % n, [i % 7 for i in range(n)])
    check("floats %d" % n, [rng.random() * 10 - 5 for _ in range(n)])
    check("strs %d" % n, [rng.choice(["a", "b", "ab", "", "é", "\U0001F600", "\uE000", "zz"]) for _ in range(n)])
    check("tuples %d" % n, [(rng.randrange(5), rng.choice("xyz")) for _ in range(n)])
    check("keyed %d" % n, list(range(n)), key=lambda v: v % 10)
    check("keyed rev %d" % n, list(range(n)), key=lambda v: v % 10, reverse=True)

# Stability is visible through identity: equal keys, distinct objects.
objs = [[i % 3, i] for i in range(200)]
s = sorted(objs, key=lambda p: p[0])
print([p[1] for p in s[:8]], [p[1] for p in s[-4:]])
s = sorted(objs, key=lambda p: p[0], reverse=True)
print([p[1] for p in s[:8]], [p[1] for p in s[-4:]])
big = [2 ** 70, -2 ** 70, 5, 2 ** 63, -(2 ** 63) - 1, 2 ** 63 - 1, 0]
print(sorted(big))
print(sorted([True, 2, False, 1.5, 0, -1]))
print(sorted([1, 1.0, 0.5, 2, True]))
nan = float("nan")
print(sorted([3.0, 1.0, 2.0, -0.0, 0.0]), sorted([0.0, -0.0]), sorted([-0.0, 0.0]))
print(len(sorted([nan, 1.0, nan, 0.5])))
print(sorted(["b", "a", "B", "ä", "\U0001F600", "\uFFFF", "\uE000"]))
print(sorted([(1, "b"), (1, "a"), (0, "z"), (1,), (), (1, "a", 0)]))
print(sorted([(1, 2.5), (1, 2), (0, 3)]))   # mixed int/float at one position: general path
print(sorted([(2 ** 70, 1), (1, 2), (2 ** 70, 0)]))
print(sorted([("a", [1]), ("a", [0]), ("b", [])]))


class I(int):
    def __lt__(self, other):
        return int(self) > int(other)    # a subclass's own order must be used


print(sorted([I(1), I(3), I(2)]))
print(sorted([(I(1), 0), (I(3), 0), (I(2), 0)]))


class S(str):
    pass


print(sorted([S("b"), "a", S("c")]), type(sorted([S("b"), S("a")])[0]).__name__)


class Loud:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Loud.calls += 1
        return self.v < other.v

    def __repr__(self):
        return "L%d" % self.v


print(sorted([Loud(3), Loud(1), Loud(2)]))
Loud.calls = 0
sorted([Loud(i) for i in range(1000)])
print("sorted input compares", Loud.calls)

# Errors: the list keeps its order when a comparison or a key raises.
data = [3, 1, "x", 2]
try:
    data.sort()
except TypeError as e:
    print("TypeError", e)
print(data)


def bad_key(v):
    if v == 2:
        raise ValueError("key %r" % v)
    return v


data = [3, 1, 2, 0]
try:
    data.sort(key=bad_key)
except ValueError as e:
    print("ValueError", e)
print(data)


class Boom:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if self.v == 7 or other.v == 7:
            raise RuntimeError("boom")
        return self.v < other.v


data = [Boom(i) for i in (5, 9, 7, 1, 3)]
try:
    data.sort()
except RuntimeError as e:
    print("RuntimeError", e, [b.v for b in data])

lst = list(range(10))


def mutating(v):
    lst.append(v)
    return v


try:
    lst.sort(key=mutating)
except ValueError as e:
    print("ValueError", e)
print(len(lst))
data = [5, 2, 8]
data.sort(reverse=True)
print(data)
data.sort(key=None, reverse=False)
print(data)
try:
    data.sort(lambda a: a)
except TypeError as e:
    print("TypeError", e)
print(sorted("hello", reverse=True), sorted({3: 0, 1: 0, 2: 0}))
