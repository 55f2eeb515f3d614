# Unpacking of tuples, lists, strs, ranges, dicts, generators and iterators into names, with the
# right and wrong lengths: python3.11's exact error messages, and what the targets hold after a
# failed unpack (nothing assigned).


def gen(n):
    for i in range(n):
        yield i * 10


class Seq:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return chr(97 + i)


class BadIter:
    def __iter__(self):
        return self

    def __next__(self):
        raise ValueError("boom in __next__")


class Tup(tuple):
    pass


class Lst(list):
    def __iter__(self):
        return iter(list(reversed(list(list.__iter__(self)))))


sources = {
    "tuple0": lambda: (),
    "tuple1": lambda: (1,),
    "tuple2": lambda: (1, 2),
    "tuple3": lambda: (1, 2, 3),
    "tuple5": lambda: (1, 2, 3, 4, 5),
    "list0": lambda: [],
    "list2": lambda: [4, 5],
    "list3": lambda: [4, 5, 6],
    "list4": lambda: [4, 5, 6, 7],
    "str2": lambda: "ab",
    "str3": lambda: "abc",
    "str4": lambda: "abcd",
    "range3": lambda: range(3),
    "range7": lambda: range(7),
    "dict3": lambda: {"k": 1, "l": 2, "m": 3},
    "set1": lambda: {42},
    "gen2": lambda: gen(2),
    "gen3": lambda: gen(3),
    "gen9": lambda: gen(9),
    "seq3": lambda: Seq(3),
    "seq1": lambda: Seq(1),
    "bytes3": lambda: b"xyz",
    "tupsub3": lambda: Tup((7, 8, 9)),
    "tupsub2": lambda: Tup((7, 8)),
    "lstsub3": lambda: Lst([1, 2, 3]),
    "zip3": lambda: zip("abc", "def", "ghi"),
    "iter4": lambda: iter([1, 2, 3, 4]),
    "badnext": lambda: BadIter(),
}

for name, make in sources.items():
    results = []
    try:
        a, b, c = make()
        results.append(("3", a, b, c))
    except (ValueError, TypeError) as e:
        results.append(("3!", type(e).__name__, str(e)))
    try:
        a, b = make()
        results.append(("2", a, b))
    except (ValueError, TypeError) as e:
        results.append(("2!", type(e).__name__, str(e)))
    try:
        (a,) = make()
        results.append(("1", a))
    except (ValueError, TypeError) as e:
        results.append(("1!", type(e).__name__, str(e)))
    try:
        a, *b = make()
        results.append(("1*", a, b))
    except (ValueError, TypeError) as e:
        results.append(("1*!", type(e).__name__, str(e)))
    try:
        a, *b, c, d = make()
        results.append(("1*2", a, b, c, d))
    except (ValueError, TypeError) as e:
        results.append(("1*2!", type(e).__name__, str(e)))
    try:
        *a, b = make()
        results.append(("*1", a, b))
    except (ValueError, TypeError) as e:
        results.append(("*1!", type(e).__name__, str(e)))
    print(name, results)

# Non-iterables.
for bad in (5, None, 3.5, object()):
    try:
        a, b = bad
    except TypeError as e:
        print("TypeError", str(e).split(" at ")[0])
    try:
        a, *b = bad
    except TypeError as e:
        print("TypeError*", str(e).split(" at ")[0])

# Nothing is assigned when the unpack fails.
x = y = "old"
try:
    x, y = (1, 2, 3)
except ValueError as e:
    print(e, x, y)
try:
    x, y = [9]
except ValueError as e:
    print(e, x, y)

# Unpacking in for loops, in comprehensions and into attributes, items and nested targets.
for p, q in [(1, 2), [3, 4], "ab", range(2)]:
    print(p, q, end="; ")
print()
try:
    for p, q in [(1, 2), (3, 4, 5)]:
        print(p, q)
except ValueError as e:
    print("loop", e)
try:
    print([u + v for u, v in [(1, 2), (3,)]])
except ValueError as e:
    print("comp", e)


class Box:
    pass


box = Box()
d = {}
lst = [0, 0]
box.a, d["k"], lst[1] = "xyz"
print(box.a, d, lst)
(m, (n, o)), *rest = [(1, (2, 3)), 4, 5]
print(m, n, o, rest)
try:
    (m, (n, o)), *rest = [(1, (2, 3, 4))]
except ValueError as e:
    print("nested", e)
try:
    (m, (n, o)), = [(1, 2)]
except TypeError as e:
    print("nested", e)

# Swaps and rotations of every width keep their values.
a, b = 1, 2
a, b = b, a
c, d, e = 3, 4, 5
c, d, e = e, c, d
print(a, b, c, d, e)
t = (10, 20, 30, 40)
w, x, y, z = t
w, x, y, z = z, y, x, w
print(w, x, y, z, t)
big = tuple(range(300))
first, *mid, last = big
print(first, len(mid), last, type(mid).__name__)
try:
    a, b, c, d, e, f, g, h, i, j, k = range(10)
except ValueError as e:
    print(e)
try:
    a, b = range(10**6)
except ValueError as e:
    print(e)
