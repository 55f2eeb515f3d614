# list.sort/sorted whose order, typed entries and merge buffer live outside the GC heap (gen9):
# sizes around the on-stack limit (64 entries) and the mapped limit (256 KiB: 16,384 int or float
# entries, 65,536 order entries), the order applied to the list in place cycle by cycle (identity
# of every item kept, one-cycle and fixed-point permutations), keys and comparisons raising at
# the first, a middle and the last item (the list left as it was), the list changed by a key
# function, nested sorts inside a key function, many sorts in a row.
import random

rng = random.Random(1194)


def digest(values):
    return hash(tuple(values))


class Box:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v


for n in (0, 1, 2, 63, 64, 65, 16383, 16384, 16385, 65536, 65537):
    ints = [rng.randrange(n // 3 + 1) for _ in range(n)]
    floats = [rng.random() * 100 for _ in range(n)]
    ascending = sorted(ints)
    descending = ascending[::-1]
    for name, values in (("ints", ints), ("floats", floats), ("asc", ascending), ("desc", descending)):
        for rev in (False, True):
            got = sorted(values, reverse=rev)
            keyed = sorted(values, key=lambda v: -v, reverse=rev)
            boxes = [Box(v) for v in values[:300]]
            before = list(boxes)
            boxes.sort(reverse=rev)
            same = sorted(map(id, boxes)) == sorted(map(id, before))
            print(n, name, rev, digest(got), digest(keyed), [b.v for b in boxes[:3]], same)

# A rotation: one cycle through every position; the identity: only fixed points.
for n in (10, 70, 70_000):
    rot = list(range(1, n)) + [0]
    objs = [object() for _ in range(n)]
    order = sorted(range(n), key=lambda i: rot[i])
    lst = [objs[i] for i in range(n)]
    lst.sort(key=lambda o: rot[objs.index(o)] if n < 100 else 0)
    print(n, order[:3], order[-3:], all(a is b for a, b in zip(lst, objs)) if n >= 100 else lst[0] is objs[-1])
    ident = list(range(n))
    ident.sort()
    print(ident == list(range(n)))

# A key function raising at the first, a middle and the last item: nothing moved.
for n in (50, 20_000, 80_000):
    for at in (0, n // 2, n - 1):
        lst = list(range(n, 0, -1))
        def key(v, stop=lst[at]):
            if v == stop:
                raise KeyError(v)
            return v
        try:
            lst.sort(key=key)
        except KeyError as e:
            print("KeyError", e, lst[:3] == [n, n - 1, n - 2], len(lst))


# A comparison raising: the error, and the same items afterwards (CPython may leave them partly sorted).
class Bad:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if self.v == 77 or other.v == 77:
            raise ValueError("seventy-seven")
        return self.v < other.v


for n in (100, 30_000):
    lst = [Bad(i * 7919 % n) for i in range(n)]
    ids = sorted(map(id, lst))
    try:
        lst.sort()
    except ValueError as e:
        print("ValueError", e, sorted(map(id, lst)) == ids, len(lst))

# The list changed by the key function: ValueError after the sort, the list sorted as it was.
for n in (40, 40_000):
    lst = list(range(n, 0, -1))
    def grow(v):
        if v == 5:
            lst.append(-1)
        return v
    try:
        lst.sort(key=grow)
    except ValueError as e:
        print(e, lst[:3], len(lst))


# Sorts inside a key function (each with its own buffers), then many sorts in a row.
def inner(v):
    return sorted([v % 13, v % 7, v % 5] * 30, reverse=True)[:3]


print(sorted(range(200), key=inner)[:8])
big = [i * 104729 % 100_003 for i in range(100_000)]
total = 0
for r in range(6):
    s = sorted(big, key=(lambda v: v % 1000) if r % 2 else None, reverse=r % 3 == 0)
    total += s[0] + s[len(s) // 2] * 3 + s[-1] * 7
print(total, big[:3])
strs = [str(v) for v in big[:50_000]]
print(sorted(strs)[:3], sorted(strs, reverse=True)[:3])
print(sorted([(v % 10, str(v)) for v in big[:40_000]])[-2:])
