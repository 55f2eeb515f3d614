# Generators consumed by C# builtins (sum, list, tuple, sorted, min/max, any/all, str.join,
# dict/set constructors, enumerate/zip/map/filter): values, early stops, exhausted generators.
import sys


def count(n, log=None):
    for i in range(n):
        if log is not None:
            log.append(i)
        yield i


print(sum(count(10)), sum(x * x for x in range(100)), sum((x / 2 for x in range(5)), 0.5))
print(list(count(5)), tuple(count(4)), sorted(count(6), key=lambda v: -v))
print(min(count(7)), max(x % 5 for x in range(23)), min((x for x in []), default="empty"))
log = []
print(any(x > 3 for x in count(10, log)), log)
log = []
print(all(x < 3 for x in count(10, log)), log)
print("-".join(str(i) for i in count(5)), "".join(c.upper() for c in "abc"))
print(dict((i, i * i) for i in count(4)), sorted(set(i % 3 for i in count(10))))
print(list(enumerate(count(3), 10)), list(zip(count(3), (c for c in "xyz"), count(10))))
print(list(map(lambda a, b: a + b, count(4), count(5))), list(filter(None, count(4))))
print(frozenset(count(3)) == {0, 1, 2}, bytes(x + 65 for x in range(3)), bytearray(count(3)))
g = count(5)
print(sum(g), sum(g), list(g), next(g, "done"))
g = count(6)
print(next(g), list(zip(g, "ab")), list(g))
# A generator whose sum is a float, a big int, a str concatenation error.
print(sum(2 ** 70 for _ in range(3)), sum((0.1 for _ in range(10)), 0.0))
try:
    sum(str(i) for i in range(3))
except TypeError as e:
    print("TypeError", e)
# Generator resumed from C# while the outer frame handles an exception: exc_info inside.
def peek():
    yield sys.exc_info()[0]
    try:
        raise KeyError("inner")
    except KeyError:
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]


try:
    raise ValueError("outer")
except ValueError:
    print([t.__name__ if t else None for t in peek()], sys.exc_info()[0].__name__)
print(list(peek()))
# Nested: a generator consumed by sum inside a generator consumed by list.
print(list(sum(range(i)) + sum(j for j in range(i)) for i in range(6)))
# Deep recursion through C# consumers still reports RecursionError.
def deep(n):
    yield sum(deep(n + 1))


try:
    list(deep(0))
except RecursionError as e:
    print("RecursionError", e)
