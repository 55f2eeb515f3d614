# Iteration: iter(callable, sentinel), zip strict, map/filter with multiple iterables, __reversed__, enumerate
import itertools
data = iter([3, 1, 4, 1, 5, 9, 2, 6, -1, 7])
print(list(iter(lambda: next(data), -1)), list(data))
lines = ["a", "b", "", "c"]
it = iter(lines)
print(list(iter(it.__next__, "")))
print(list(zip("abc", [1, 2, 3], strict=True)))
try:
    list(zip("abc", [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], "ab", strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(pow, [2, 3], [3, 2], [5, 5])), list(filter(None, [0, 1, "", "a", None, []])))
print(list(enumerate("abc", start=10)), list(enumerate([], 5)), dict(enumerate("xy")))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        for i in range(self.n, 0, -1):
            yield i
    def __reversed__(self):
        return iter(range(1, self.n + 1))
    def __len__(self): return self.n
c = Countdown(4)
print(list(c), list(reversed(c)), len(c), sum(c), max(c), sorted(c), 3 in c)
class Fib:
    def __init__(self): self.a, self.b = 0, 1
    def __iter__(self): return self
    def __next__(self):
        self.a, self.b = self.b, self.a + self.b
        return self.a
print(list(itertools.islice(Fib(), 12)), next(iter(Fib())))
f = Fib()
print([x for x, _ in zip(f, range(3))], next(f))
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), list(r), list(reversed(range(5))), list(reversed("abc")), list(reversed((1, 2))))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", e.value)
d = {"a": 1, "b": 2}
di = iter(d.items())
print(next(di), list(di), list(reversed(d.keys())))
gen = (x * x for x in range(5))
print(4 in gen, list(gen))
print(all([]), any([]), all(x > 0 for x in [1, 2]), any(x > 5 for x in [1, 2]), sum(range(5), 10), min([], default="empty"))
nested = [[1, 2], [3], [], [4, 5, 6]]
print([y for x in nested for y in x], sum(nested, []), list(itertools.chain(*nested)))
a, *b, c = range(6)
print(a, b, c)
it2 = iter(range(10))
print(list(zip(it2, it2)))
class OldStyle:
    def __getitem__(self, i):
        if i > 3: raise IndexError
        return i * 2
print(list(OldStyle()), 4 in OldStyle(), list(enumerate(OldStyle())))
