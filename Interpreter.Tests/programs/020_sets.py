s = {3, 1, 2}
print(s, len(s), 2 in s, 5 in s)
s.add(4)
s.add(1)
print(s)
s.discard(10)
s.remove(3)
print(s)
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < a, a >= {1}, a.issubset(b), a.isdisjoint({9}))
print(set(), set([1, 1, 2, 2, 3]), set(range(5)))
print(sorted({"pear", "apple", "fig"}))
print({x % 4 for x in range(20)})
fs = frozenset([1, 2, 3])
print(fs, fs | {4}, 2 in fs)
print(len(set("mississippi")), sorted(set("mississippi")))
t = {10, 20}
t.update([30, 40])
print(sorted(t))
print(t.pop() in {10, 20, 30, 40}, len(t))
u = {1, 2, 3}
u -= {1}
u |= {7}
u &= {2, 7, 8}
print(u)
print(set() == set(), {1} == {1.0}, {0} == {False})
