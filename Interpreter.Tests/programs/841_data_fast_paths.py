# conformance: full-stderr
# Arithmetic, subscripts and tuple assignment as hot loops write them: ints (small, big, subclasses,
# bools), floats, lists indexed by locals, chained operators and swaps.
import traceback


class Meters(int):
    def __add__(self, other):
        return Meters(int(self) + int(other))

    def __repr__(self):
        return f"Meters({int(self)})"


class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __iadd__(self, other):
        self.x += other.x
        self.y += other.y
        return self

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


def fib_pairs(n):
    a, b = 0, 1
    out = []
    for i in range(n):
        a, b = b, a + b
        x, y, z = a, b, i
        out.append(x + z - y)
    return a, b, out


def histogram(values, buckets):
    counts = [0] * buckets
    total = 0
    for v in values:
        j = v % buckets
        counts[j] = counts[j] + 1
        total += counts[j]
    return counts, total


def mixed(n):
    big = 2 ** 62
    acc = 0
    f = 0.5
    for i in range(n):
        acc += big + i          # overflows into a big int
        acc -= big
        f = f * 1.5 + i - f / 4
    return acc, f


def subclass_and_bool():
    m = Meters(3)
    items = ["zero", "one", "two"]
    t = True
    print(m + 4, 4 + m, m * 2, type(m + 4).__name__, type(m * 2).__name__)
    print(items[t], items[False], t + t, t & 1, type(t & t).__name__)
    k = -1
    print(items[k], items[-3])
    v = Vec(1, 2)
    w = Vec(10, 20)
    u = v + w
    v += w
    print(u, v, v is not u)


def failing(items, i, x):
    try:
        return items[i] + x
    except IndexError as e:
        print("IndexError:", e)
    try:
        items[i] = x
    except IndexError as e:
        print("IndexError:", e)
    try:
        return x + items[0] + \
            None
    except TypeError:
        traceback.print_exc(limit=1)


print(fib_pairs(12))
print(histogram([3, 8, 13, 4, 9, 18, 7, 2], 5))
print(mixed(20))
subclass_and_bool()
failing([1, 2, 3], 3, 4)
scores = [1.5, 2.5, 4.0]
s = 0.0
for i in range(3):
    s += scores[i] * scores[i]
print(s, scores[1] / 2, -scores[2] * 2)
