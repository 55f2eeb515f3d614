# enumerate, zip, map and filter objects: values, types, laziness, strict zip, huge enumerate
# starts, and going on after an underlying iterator or the mapped function raised once.
import sys


class Flaky:
    """Raises ValueError on its second __next__, then goes on."""

    def __init__(self, n):
        self.i = 0
        self.n = n
        self.calls = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.calls += 1
        if self.calls == 2:
            raise ValueError("flaky")
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i


def drain(it):
    out = []
    while True:
        try:
            out.append(next(it))
        except StopIteration:
            return out
        except ValueError as e:
            out.append("error: %s" % e)


print(drain(enumerate(Flaky(3))))
print(drain(zip(Flaky(3), "abcd")))
print(drain(zip("abcd", Flaky(3))))
print(drain(map(lambda v: v * 10, Flaky(3))))
print(drain(filter(lambda v: v != 2, Flaky(4))))
calls = []


def picky(v):
    calls.append(v)
    if v == 2:
        raise ValueError("picky %d" % v)
    return -v


print(drain(map(picky, range(4))), calls)
print(drain(filter(lambda v: picky(v + 1), range(4))))
# Types, iter() identity, laziness.
for obj in (enumerate([]), zip(), map(str, []), filter(None, [])):
    print(type(obj).__name__, iter(obj) is obj, next(obj, "empty"))
z = zip(range(3), "ab")
print(type(z).__name__, list(z), list(z))
e = enumerate("xyz", start=-2)
print(next(e), list(e), list(e))
print(list(enumerate("ab", sys.maxsize - 1)), list(enumerate("abc", 2 ** 64)))
print(list(enumerate(iterable="ab", start=True)), list(enumerate("a", start=10 ** 30)))
try:
    enumerate("ab", 1.5)
except TypeError as ex:
    print("TypeError", ex)
# strict zip
print(list(zip("ab", [1, 2], strict=True)))
for args in (("ab", [1]), ("a", [1, 2]), ("ab", "ab", "a"), ("ab", "ab", "abc")):
    try:
        list(zip(*args, strict=True))
    except ValueError as ex:
        print("ValueError", ex)
try:
    zip(1, [])
except TypeError as ex:
    print("TypeError", ex)
# map with several iterables stops at the shortest; the function sees them all.
print(list(map(lambda *a: sum(a), [1, 2, 3], (10, 20), range(100, 200))))
print(list(map(pow, [2, 3], [5, 2], [7, 100])))
# filter(None) keeps truthy values; a generator inside every kind.
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
gen = (i * i for i in range(5))
print(list(enumerate(zip(map(str, gen), filter(lambda c: c != "b", "abcdef")))))
# Consumers of these objects: sum, dict, sorted, min/max with key.
print(sum(i * v for i, v in enumerate(range(10))), dict(zip("abc", range(3))), sorted(map(abs, [-3, 1, -2])))
print(max(enumerate("hello"), key=lambda p: p[1]), min(zip([3, 1, 2], "xyz")))
