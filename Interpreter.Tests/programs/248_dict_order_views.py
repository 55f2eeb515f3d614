# Dict ordering and live views after deletions, reinsertion, updates
d = {k: i for i, k in enumerate("abcdefgh")}
del d["c"], d["a"]
d["a"] = 100
d["b"] = 200            # update keeps position
print(d, list(d), list(d.values())[:3])
keys, vals, items = d.keys(), d.values(), d.items()
d["z"] = 26
d.pop("e")
print(keys, vals, items, len(keys))
print("z" in keys, ("z", 26) in items, ("z", 0) in items, 26 in vals)
print(sorted(keys & {"a", "b", "q"}), sorted(keys | {"q"}), sorted(keys - {"a"}), sorted(keys ^ {"a", "q"}))
print(items & {("a", 100), ("b", 1)}, keys == {"b", "d", "f", "g", "h", "a", "z"}, keys.isdisjoint(["x"]))
print(list(reversed(d)), list(reversed(d.items()))[:2], list(reversed(d.values()))[:2])
print(d.popitem(), d.popitem(), d)
d.setdefault("new", []).append(1)
d.setdefault("new", []).append(2)
print(d)
for k in list(d):
    if k in "bdf":
        del d[k]
print(d)
try:
    for k in d:
        d["added"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
d2 = dict.fromkeys("xyz", 0)
d2 |= {"y": 5, "w": 9}
print(d2, {"a": 1} | {"a": 2, "b": 3}, dict(d2, x=7))
e = {}
for i in range(20):
    e[i] = i * i
for i in range(0, 20, 3):
    del e[i]
for i in range(0, 20, 6):
    e[i] = -i
print(e)
print(list(e.items())[-4:], next(iter(e)), next(reversed(e)))
print({1: "a", 2: "b"} == {2: "b", 1: "a"}, list({1: "a", 2: "b"}) == list({2: "b", 1: "a"}))
print(dict(zip("abc", range(3))), dict([("k", 1), ("k", 2)]), dict(a=1, **{"b": 2}))
v = {"x": 1}.keys()
print(type(v).__name__, type({}.values()).__name__, type({}.items()).__name__, repr({}.keys()))
m = {"b": 1, "a": 2}
print(sorted(m), sorted(m.items()), max(m, key=m.get), min(m.values()))
print({**m, "c": 3, **{"a": 9}})
try:
    {}.popitem()
except KeyError as err:
    print("KeyError:", err)
try:
    d["missing"]
except KeyError as err:
    print("KeyError:", err)
class Missing(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]
mm = Missing()
print(mm["hello"], mm["hi"], mm, mm.get("nope"), "nope" in mm)
nums = {i * 7 % 20: i for i in range(12)}
other = {i * 3 % 17: i for i in range(9)}
k, k2 = nums.keys(), other.keys()
print(k & k2, k | k2, k - k2, k ^ k2)
print(k & {1, 4, 14, 100}, {1, 4, 14, 100} & k, k | {50, 1}, {50, 1, 7} - k, k ^ {7, 99})
print(k & [7, 14, 2], k | [55], k - range(5), k ^ (1, 2, 3), [14, 0] & k)
print(nums.items() & {(7, 1), (0, 0)}, sorted(nums.items() - other.items()), k.isdisjoint({99}), nums.items().isdisjoint([(7, 1)]))
