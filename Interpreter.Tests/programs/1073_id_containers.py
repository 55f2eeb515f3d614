# id() of lists and dicts (kept in the object) and of everything else (the general table): stable,
# unique among live objects, multiples of 16, usable as memo keys, and json's circular-reference
# checks (pure-Python markers for indent, C# markers otherwise) that depend on them.
import copy
import json

a = [1]
b = {}
c = object()
d = [2]
ids = [id(a), id(b), id(c), id(d), id("s"), id(a)]
print(len(set(ids)), ids[0] == ids[5], id(b) == ids[1], all(i % 16 == 0 for i in ids))


class L(list):
    pass


class D(dict):
    pass


x = L()
y = D()
print(id(x) == id(x), id(y) == id(y), id(x) != id(y))
objs = [[i] for i in range(1000)] + [{i: i} for i in range(1000)] + [L() for _ in range(10)] + [D() for _ in range(10)]
memo = {}
for o in objs:
    memo[id(o)] = o
print(len(memo), all(memo[id(o)] is o for o in objs))
print(len({id(o) for o in objs} | {id(v) for v in (a, b, c, d)}))

r = []
r.append(r)
dd = {}
dd["k"] = [dd]
for kw in ({"indent": 1}, {}, {"indent": 2, "sort_keys": True}, {"separators": (",", ":")}):
    for obj in (r, dd, [[r]], {"x": {"y": dd}}):
        try:
            json.dumps(obj, **kw)
        except ValueError as e:
            print(kw, type(obj).__name__, e)
shared = [1, 2]
print(json.dumps({"a": shared, "b": shared, "c": [shared, {"d": shared}]}, indent=1, sort_keys=True))
print(json.dumps({"a": shared, "b": [shared]}, check_circular=False))

# deepcopy's memo keys are ids: shared and recursive structures keep their shape
s = {"l": shared, "m": shared}
s2 = copy.deepcopy(s)
print(s2["l"] is s2["m"], s2["l"] is not shared, s2 == s)
rr = copy.deepcopy(r)
print(rr[0] is rr, rr is not r)
