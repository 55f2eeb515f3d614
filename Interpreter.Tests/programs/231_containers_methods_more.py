l = list(range(10))
print(l[::2], l[1::3], l[::-1], l[-3:], l[8:2:-2], l[100:], l[-100:2])
l[2:5] = ["a", "b"]
print(l)
l[::3] = [0] * len(l[::3])
print(l)
del l[::2]
print(l)
l[1:1] = [9, 9]
l[-1:] = []
print(l, l.count(9), l.index(9), l.index(9, 2))
try:
    l[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
d = {"b": 2, "a": 1}
d.update(c=3)
d |= {"d": 4}
print(d, d | {"a": 0}, list(d.keys() & {"a", "z"}), sorted(d.keys() - {"a"}), d.get("zz", "dflt"), d.setdefault("e", 5))
print(d.pop("e"), d.pop("nope", None), d.popitem(), sorted(d.items(), key=lambda kv: -kv[1]))
k, v, it = d.keys(), d.values(), d.items()
d["new"] = 10
print(len(k), list(v)[-1], ("new", 10) in it, dict.fromkeys("ab", 0), {**d, "b": 0})
s = {3, 1, 2}
s2 = frozenset({2, 3, 4})
print(sorted(s | s2), sorted(s & s2), sorted(s - s2), sorted(s ^ s2), s <= {1, 2, 3, 4}, s.isdisjoint({9}), s2.union([7]))
s.add(5); s.discard(99); s.symmetric_difference_update({1, 6}); s.intersection_update({2, 3, 5, 6, 7})
print(sorted(s), {frozenset({1}): "ok"}[frozenset([1])], len(set("mississippi")))
t = (1, [2, 3], "x")
t[1].append(4)
print(t, t.index("x"), t.count(1), t + (5,), t * 2, tuple(reversed(t)), (1, 2) < (1, 2, 0), (2,) > (1, 9))
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(data, key=lambda p: p[1]), sorted(data), sorted(data, key=lambda p: p[0], reverse=True))
data.sort(key=lambda p: (p[1], p[0]))
print(data, min(data, key=lambda p: p[0]), max(data, key=lambda p: (p[1], p[0])))
nested = [[1, 2], [3, 4]]
copy = [row[:] for row in nested]
copy[0][0] = 99
print(nested, copy, [x for row in nested for x in row], list(zip(*nested)), [[0] * 2] * 2)
from collections import deque, Counter, OrderedDict, defaultdict, ChainMap
dq = deque([1, 2, 3], maxlen=4)
dq.appendleft(0); dq.append(4); dq.rotate(1); dq.extendleft([7])
print(dq, dq.maxlen, dq.count(4), list(reversed(dq)))
c = Counter("abracadabra")
print(c.most_common(3), c["z"], sorted((c + Counter("aaz")).items()), sorted((c - Counter("aaaaa")).items()), c.total())
od = OrderedDict.fromkeys("abc")
od.move_to_end("a"); od.move_to_end("c", last=False)
print(list(od), od.popitem(last=False))
dd = defaultdict(list)
for w in "apple avocado banana blueberry cherry".split():
    dd[w[0]].append(w)
print(dict(dd), dd["z"], len(dd))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], sorted(cm), cm.maps[1]["a"])
