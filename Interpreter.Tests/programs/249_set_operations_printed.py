# Set operations printed (small ints keep CPython's iteration order deterministic)
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [8, 9]), a.intersection(b, {5}), a.difference(b, {1}), a.symmetric_difference([1, 10]))
print(a <= a | b, a < a, a >= {1, 2}, a > {1, 2}, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({0}))
c = set(a)
c |= {10}; print(c)
c &= {1, 2, 10, 11}; print(c)
c -= {1}; print(c)
c ^= {2, 3}; print(c)
c.update([4], (5,), {6}); print(c)
c.intersection_update(range(5)); print(c)
c.difference_update({3}); print(c)
c.symmetric_difference_update({4, 7}); print(c)
c.add(0); c.discard(99); c.remove(0); print(c)
print(c.pop(), c)
try:
    c.remove(42)
except KeyError as e:
    print("KeyError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
f = frozenset([3, 1, 2])
print(f, f | {4}, {4} | f, type(f | {4}).__name__, type({4} | f).__name__, f & a, frozenset())
print({frozenset({1}): "a", frozenset(): "e"}, {f, frozenset([1, 2, 3])}, hash(f) == hash(frozenset({1, 2, 3})))
print({x % 4 for x in range(20)}, {x * x for x in range(-3, 4)}, set(range(0, 30, 7)))
print(set([1, 1.0, True]), {0, False, 0.0}, len({(1, 2), (1, 2), (2, 1)}))
print(sorted({-5, 3, -1, 8}), min({4, 2, 9}), max({4, 2, 9}), sum({1, 2, 3}), len(set()), bool(set()))
s = {1, 2, 3}
print(s == {3, 2, 1}, s == frozenset(s), s != {1, 2}, {1, 2} < s, [1, 2] == s)
try:
    s < [1, 2, 3]
except TypeError as e:
    print("TypeError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    s.add({})
except TypeError as e:
    print("TypeError:", e)
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
print(repr(set()), repr(frozenset()), str({1}), set("aaa"), frozenset("b"))
print({1, 2} - {2} == {1}, {1, 2}.copy(), s.__len__(), 2 in s, 20 not in s)
evens = {n for n in range(10) if n % 2 == 0}
odds = set(range(10)) - evens
print(evens, odds, evens | odds == set(range(10)), evens.isdisjoint(odds))
print(list({7, 3, 11, 2}), [n for n in {100, 5, 64, 32}])
