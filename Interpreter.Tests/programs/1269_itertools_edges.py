# itertools' iterators at their edges: combinatorics with r=0 and r>n and result tuples kept across
# steps, exhausted and re-entered iterators, tee copies advanced unevenly, groupby's group iterator
# used after groupby moved on, key functions raising midway, sum() over native iterators.
import itertools
from itertools import (accumulate, chain, combinations, combinations_with_replacement, count,
                       groupby, islice, permutations, product, repeat, starmap, tee)

print(list(permutations(range(3), 0)), list(permutations(range(3), 4)), list(permutations([], 0)))
print(list(product()), list(product(range(2), repeat=0)), list(product(range(3), [])))
print(list(combinations(range(4), 0)), list(combinations(range(2), 3)), list(combinations_with_replacement("ab", 0)))
kept = list(permutations("abc"))
print(kept, len(set(kept)), kept[0] is not kept[1])
kept = list(product("ab", repeat=3))
print(kept, kept[-1] is not kept[-2])
kept = list(combinations("abcde", 3))
print(len(kept), kept[:3], kept[-1])
it = product(range(2), range(2))
first = next(it)
rest = list(it)
print(first, rest, list(it), next(it, "done"))
p = permutations(range(4), 2)
a = next(p); b = next(p)
print(a, b, sum(x for t in p for x in t))
print(sum(1 for _ in permutations(range(7))), sum(t[-1] for t in product(range(10), repeat=4)))

# tee: copies advanced unevenly, a copy of a copy, an exhausted source
a, b = tee(iter(range(200)))
print(next(a), next(a), next(b))
c = itertools.tee(a, 1)[0]
print(sum(islice(a, 100)), next(b), next(c), list(islice(c, 3)))
print(sum(a), sum(b), sum(c), sum(a), list(b))
x, y, z = tee([], 3)
print(list(x), list(y), list(z))
src = iter([1, 2, 3])
t1, t2 = tee(src)
print(list(t1), list(src), list(t2))


def reenter():
    yield 1
    yield next(tt)


tt, tt2 = tee(reenter())
print(next(tt))
try:
    next(tt)
except RuntimeError as e:
    print("RuntimeError:", e)

# groupby: the group used after groupby advanced is empty; keys raising midway
data = [1, 1, 2, 2, 2, 3, 1, 1]
groups = []
for k, g in groupby(data):
    groups.append((k, g))
print([(k, list(g)) for k, g in groups])
gb = groupby("aaabbc")
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2), [(k, list(g)) for k, g in gb])
print([(k, sum(1 for _ in g)) for k, g in groupby(sorted(range(50), key=lambda v: v % 7), key=lambda v: v % 7)])


def bad_key(v):
    if v == 5:
        raise ValueError("key %d" % v)
    return v // 3


out = []
try:
    for k, g in groupby(range(10), key=bad_key):
        out.append((k, list(g)))
except ValueError as e:
    print("ValueError:", e, out)


class Weird:
    def __init__(self, v): self.v = v
    def __eq__(self, other):
        if self.v == 3 or other.v == 3:
            raise TypeError("no eq for 3")
        return self.v // 2 == other.v // 2
    __hash__ = None


try:
    print([(k.v, [w.v for w in g]) for k, g in groupby([Weird(i) for i in range(6)])])
except TypeError as e:
    print("TypeError:", e)

# islice/count/chain/starmap/accumulate exhausted and resumed
c = count(10, 3)
print(list(islice(c, 2, 10, 3)), next(c), sum(islice(count(), 0, 100, 7)))
ch = chain.from_iterable([range(3), [], "ab", iter([9])])
print(list(ch), list(ch), sum(chain.from_iterable([range(1000)] * 10)))
ch2 = chain([1, 2], [3])
print(next(ch2), list(ch2), next(ch2, None))
print(sum(starmap(max, zip(range(10), repeat(5)))), list(starmap(pow, [(2, 3), (3, 2)])))
try:
    list(starmap(max, [(1, 2), 5]))
except TypeError as e:
    print("TypeError:", e)
acc = accumulate(range(6))
print(next(acc), list(acc), sum(accumulate(range(1000))), list(accumulate([1, 2, 3], initial=10)))
print(list(accumulate([3, 1, 4, 1, 5], max)), sum(accumulate([1.5, 2, 2 ** 64])))
print(sum(tee(range(10 ** 3))[1]), sum(repeat(7, 5)), sum(islice(count(2 ** 62, 2 ** 62), 4)))
