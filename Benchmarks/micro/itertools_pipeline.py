# One feature: itertools' iterators (combinatorics, islice/count, chain, groupby, tee, starmap,
# accumulate) driven by for loops and sum().
import itertools
import sys


def run(scale):
    n = 0
    for _ in range(scale):
        for p in itertools.permutations(range(8)):
            n += p[0]
        for p in itertools.product(range(10), repeat=5):
            n += p[-1]
        for c in itertools.combinations(range(24), 4):
            n += c[1]
        for x in itertools.islice(itertools.count(), 0, 2_000_000, 2):
            n += x
        for x in itertools.chain.from_iterable([range(1000)] * 1000):
            n += x
        for k, g in itertools.groupby(sorted(range(300_000), key=lambda v: v % 100), key=lambda v: v % 100):
            n += sum(1 for _ in g)
        a, b = itertools.tee(range(500_000))
        n += sum(a) + sum(b)
        n += sum(itertools.starmap(max, zip(range(300_000), itertools.repeat(5))))
        n += sum(itertools.accumulate(range(500_000)))
    return n


scale = int(sys.argv[1]) if len(sys.argv) > 1 else 5
print(run(scale))
