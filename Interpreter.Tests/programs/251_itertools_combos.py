# itertools combinations of building blocks
import itertools as it
import operator
print(list(it.accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)), list(it.accumulate(range(1, 6), operator.mul, initial=10)))
print(list(it.accumulate([1, 2, 3], lambda a, b: a * 10 + b)), list(it.accumulate([])))
print([(k, len(list(g))) for k, g in it.groupby("aaabccddddde")])
print([(k, [x for x in g]) for k, g in it.groupby(sorted(["apple", "avocado", "banana", "blueberry", "cherry"], key=len), key=len)])
print(list(it.chain.from_iterable(it.repeat([1, 2], 3))), list(it.chain("ab", [1], (), range(2))))
print(list(it.islice(it.count(5, 3), 4)), list(it.islice("abcdefgh", 1, None, 3)), list(it.islice(it.cycle("xyz"), 7)))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.dropwhile(lambda v: v < 3, [1, 2, 3, 1, 4])), list(it.takewhile(str.isalpha, "abc1de")))
print(list(it.filterfalse(lambda v: v % 3, range(10))), list(it.starmap(pow, [(2, 3), (3, 2), (10, 0)])))
print(list(it.zip_longest("abc", [1, 2], fillvalue="-")), list(it.zip_longest()), list(it.pairwise("abcd")))
print(list(it.product("ab", range(2))), list(it.product([0, 1], repeat=3))[:5], len(list(it.product(range(3), repeat=4))))
print(list(it.permutations("abc", 2)), list(it.combinations(range(5), 3))[-3:], list(it.combinations_with_replacement("xy", 3)))
print(sum(1 for _ in it.permutations(range(6))), list(it.permutations([])), list(it.combinations("ab", 5)))
a, b = it.tee(iter(range(5)))
print(next(a), next(a), list(b), list(a))
print(list(map(operator.add, *it.tee(range(4)))))
def window(seq, n):
    its = it.tee(seq, n)
    for i, x in enumerate(its):
        for _ in range(i):
            next(x, None)
    return list(zip(*its))
print(window(range(6), 3))
def flatten(lst):
    for x in lst:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, [3, [4, [5]]]], 6])))
def powerset(s):
    s = list(s)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))
print(list(powerset("abc")))
def roundrobin(*iterables):
    nexts = it.cycle(iter(x).__next__ for x in iterables)
    pending = len(iterables)
    while pending:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            pending -= 1
            nexts = it.cycle(it.islice(nexts, pending))
print(list(roundrobin("ABC", "D", "EF")))
counter = it.count()
print([next(counter) for _ in range(3)], next(counter), repr(it.count(2, 0.5)), repr(it.repeat("x", 2)))
print(list(zip(it.count(1), "abc")), dict(zip("xyz", it.count(10, 10))))
grouped = {k: list(g) for k, g in it.groupby(sorted(range(20), key=lambda n: n % 4), key=lambda n: n % 4)}
print(grouped)
try:
    list(it.islice(range(5), -1))
except ValueError as e:
    print("ValueError:", e)
print(list(it.batched(range(7), 3)) if hasattr(it, "batched") else [(0, 1, 2), (3, 4, 5), (6,)])
