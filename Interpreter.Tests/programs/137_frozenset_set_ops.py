a = frozenset([1, 2, 3])
b = frozenset([3, 4])
print(a | b, a & b, a - b, a ^ b, type(a | b).__name__)
print(a.union([9]), a.issuperset({1}), b.isdisjoint({1}))
s = {a, b, frozenset([1, 2, 3])}
print(len(s))
d = {frozenset({1, 2}): "pair"}
print(d[frozenset([2, 1])])
x = {1, 2, 3, 4, 5}
x.intersection_update({2, 3, 4, 9})
print(x)
x.difference_update([3])
print(x)
x.symmetric_difference_update({4, 7})
print(x)
print({1, 2}.union({3}, [4], (5,)), {1, 2, 3}.intersection([2, 3], {3}))
print(set("abc") == frozenset("cba"), {1} | frozenset([2]))
y = set()
y.add((1, 2))
y.add((1, 2))
print(y, len(y))
try:
    {1}.remove(2)
except KeyError as e:
    print("KeyError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
print(sorted({-3, 5, -1, 0}), min({4, 2, 8}), sum({1, 2, 3}))
print({i for i in range(6)} - {0, 5}, set(range(3)) < set(range(4)))
