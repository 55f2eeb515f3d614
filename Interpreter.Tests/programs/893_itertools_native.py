# itertools as CPython 3.11's: types that can be subclassed and pickled, arguments checked when the
# iterator is made, reduce formats, and the iterators' results and errors.
import copy
import operator
import pickle
from itertools import (accumulate, chain, combinations, combinations_with_replacement, compress, count,
                       cycle, dropwhile, filterfalse, groupby, islice, pairwise, permutations, product,
                       repeat, starmap, takewhile, tee, zip_longest)
import itertools


def take(n, it):
    return list(islice(it, n))


print([t.__name__ for t in (count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile,
                            filterfalse, islice, starmap, zip_longest, pairwise, product, permutations,
                            combinations, combinations_with_replacement, groupby)])
print(type(tee("a")[0]), itertools._grouper, itertools._tee_dataobject, isinstance(islice("", 1), islice))

# Results.
print(take(4, count()), take(3, count(5, -2)), take(3, count(0.5, 0.25)), take(3, count(2**64)))
print(repr(count(3)), repr(count(3, 2)), repr(count(1.5)), repr(count(2, 1.0)), repr(count(2, True)))
c = count(2**63 - 2)
print(next(c), next(c), next(c), c, c.__reduce__()[1])
print(take(7, cycle("abc")), list(cycle("")), list(repeat("x", 3)), repr(repeat("x")), repr(repeat(1, -5)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul, initial=10)), list(accumulate([])))
print(list(chain("ab", [1, 2], ())), list(chain.from_iterable(["xy", "z"])), chain[int])
print(list(compress("ABCDEF", [1, 0, 1, 0, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(filterfalse(None, [0, 1, "", "a"])))
print([(k, list(g)) for k, g in groupby("aaabccdd")], [(k, len(list(g))) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
g = groupby("aabb")
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
print(list(islice(range(10), 3)), list(islice(range(10), 2, 8, 3)), list(islice(range(10), 5, None)), list(islice("ab", 0)))
print(list(starmap(pow, [(2, 3), [3, 2]])), list(zip_longest("abc", "d", fillvalue="-")), list(pairwise("abcd")))
print(list(product("ab", range(2))), len(list(product(range(3), repeat=3))), list(product()), list(product("ab", "")))
print(list(permutations("abc", 2)), len(list(permutations(range(5)))), list(permutations("ab", 3)))
print(list(combinations("abcd", 2)), list(combinations("ab", 0)), list(combinations_with_replacement("abc", 2)))
a, b = tee(iter(range(5)))
print(next(a), next(a), list(b), list(a), tee("x", 0), len(tee("abc", 4)))
t1, = tee(iter("q"), 1)
t2, t3 = tee(t1)
print(t2 is t1, type(t3).__name__, list(t3), list(copy.copy(t1)))

# Arguments are checked at once.
for f in (lambda: cycle(5), lambda: zip_longest(1), lambda: pairwise(None), lambda: product(range(3), None),
          lambda: permutations(None), lambda: starmap(pow, 3), lambda: count("a"), lambda: repeat(1, "x"),
          lambda: islice("a", -1), lambda: islice("a", 1, -5), lambda: islice("a", 0, 1, 0), lambda: islice("a"),
          lambda: combinations("a", -1), lambda: permutations("a", 1.0), lambda: product("a", repeat=-1),
          lambda: tee("a", -1), lambda: chain(x=1), lambda: zip_longest("a", x=1), lambda: product("a", x=1),
          lambda: groupby("a", None, 1), lambda: next(starmap(pow, [1])), lambda: repeat(1).__length_hint__(),
          lambda: chain().__setstate__(()), lambda: chain().__setstate__(([],)), lambda: cycle("a").__setstate__((tuple("a"), 0))):
    try:
        f()
        print("no error")
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)


# Subclasses.
class Numbers(count):
    pass


class Slice(islice):
    def __init__(self, *args, note=None):
        self.note = note


n = Numbers(5)
print(type(n).__name__, repr(n), take(2, n), isinstance(n, count))
s = Slice("abcdef", 1, 4, note="kw")
print(list(s), s.note)
try:
    class Bad(itertools._grouper):
        pass
except TypeError as e:
    print("TypeError:", e)

# Pickling round trips at several positions.
def second(a, b):
    return b


def roundtrip(it, k):
    take(k, it)
    return pickle.loads(pickle.dumps(it))


for make in (lambda: count(3), lambda: cycle("abc"), lambda: repeat(7, 4), lambda: accumulate(range(6)),
             lambda: accumulate([None, 1, 2], second), lambda: accumulate([1, 2], initial=5),
             lambda: chain("ab", "cd"), lambda: compress("abcdef", [1, 0, 1, 1]), lambda: dropwhile(bool, [1, 0, 2]),
             lambda: takewhile(bool, [1, 2, 0, 3]), lambda: filterfalse(None, [0, 1, 0]), lambda: islice(range(20), 2, 15, 3),
             lambda: starmap(operator.add, [(1, 2), (3, 4), (5, 6)]), lambda: zip_longest("abc", "d"),
             lambda: product("ab", "cd"), lambda: permutations("abc"), lambda: combinations("abcd", 2),
             lambda: combinations_with_replacement("abc", 2)):
    print([take(6, roundtrip(make(), k)) for k in range(3)])
g = groupby("aabbbc")
next(g)
print([(k, list(v)) for k, v in pickle.loads(pickle.dumps(g))])
a, b = tee("abcdef")
next(a)
print(list(pickle.loads(pickle.dumps(a))), list(b))
p = product((1, 2), (3,))
p.__setstate__((0, 0x1000))
print(next(p))
try:
    pickle.dumps(pairwise("ab"))
except TypeError as e:
    print("TypeError:", e)
