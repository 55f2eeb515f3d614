# Empty dicts share one read-only index until their first key (CPython's Py_EMPTY_KEYS): every
# operation on a dict that never held a key, one that was cleared, emptied by deletes, refilled,
# copied and compared; a key whose __eq__ mutates the dict during a lookup (the lookup starts
# again, as CPython's lookdict does); many empty dicts that must stay independent.
import sys

e = {}
print(e, len(e), bool(e), e.get("a"), e.get("a", 1), "a" in e, 1 in e, None in e)
print(list(e), list(e.keys()), list(e.values()), list(e.items()), repr(e), str(e))
for k in ("x", 0, 1.5, (1, 2), None, True, frozenset()):
    try:
        e[k]
    except KeyError as exc:
        print("KeyError", repr(exc))
    try:
        del e[k]
    except KeyError as exc:
        print("del KeyError", repr(exc))
try:
    e[[]]
except TypeError as exc:
    print("TypeError", exc)
try:
    e[[]] = 1
except TypeError as exc:
    print("TypeError", exc, e)
try:
    e.popitem()
except KeyError as exc:
    print("popitem", exc)
print(e.pop("q", "default"), e.setdefault("s"), e)
try:
    {}.pop("q")
except KeyError as exc:
    print("pop KeyError", exc)

# Many empty dicts: each gets its own arrays at its first key.
ds = [{} for _ in range(50)]
for i, d in enumerate(ds):
    if i % 3 == 0:
        d[i] = i * i
    if i % 5 == 0:
        d["k%d" % i] = [i]
print(sum(len(d) for d in ds), ds[0], ds[1], ds[3], ds[5], ds[15], ds[49])
print(all(d == {} for d in ds[1::3] if not d))

# == and != with every kind of empty mapping.
a, b = {}, dict()
print(a == b, a != b, a == {}, {} == {}, a is b, a == {1: 2}, {1: 2} == a, a == [], a == set())
print(dict(a), a.copy(), {**a}, a | {}, {} | {"k": 1}, dict.fromkeys([]), dict.fromkeys("ab"))
a |= {}
print(a, a == b)
c = a.copy()
c["new"] = 1
print(a, c, a == c)

# Emptied by clear, by deletes, by popitem; then refilled.
d = {"a": 1, "b": 2, "c": 3}
d.clear()
print(d, len(d), d.get("a"), "a" in d)
d["a"] = 10
d["z"] = 26
print(d, list(d))
for k in list(d):
    del d[k]
print(d, len(d))
d.update({"p": 1}, q=2)
print(d)
while d:
    print("popitem", d.popitem())
print(d)
for round_ in range(3):
    for i in range(40):
        d[i] = i
    print(len(d), sum(d.values()), list(d)[:3], list(d)[-3:])
    d.clear()
d.setdefault("x", []).append(1)
print(d)

# Iterating an empty dict, and a dict emptied during iteration.
for k in {}:
    print("never")
it = iter({})
print(next(it, "done"), list(reversed({})), sorted({}))
d = {1: 1}
try:
    for k in d:
        d.clear()
except RuntimeError as exc:
    print("RuntimeError", exc)
d = {}
it = iter(d)
d["late"] = 1
try:
    next(it)
except RuntimeError as exc:
    print("RuntimeError", exc)

# A key whose __eq__ clears the dict while it is being looked up.
class Clearing:
    def __init__(self, h, target):
        self.h = h
        self.target = target
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        self.target.clear()
        return False
    def __repr__(self):
        return "Clearing(%d)" % self.h

x = {}
x[Clearing(1, x)] = "first"
x[Clearing(1, x)] = "second"
print(len(x), list(x.values()))
y = {}
y[Clearing(7, y)] = 1
try:
    del y[Clearing(7, y)]
except KeyError as exc:
    print("KeyError", exc)
print(len(y))
z = {}
z[Clearing(3, z)] = 1
print(z.get(Clearing(3, z)), len(z))
w = {}
w[Clearing(5, w)] = 1
print(Clearing(5, w) in w, len(w))

# A key whose __eq__ adds keys (the dict grows during the lookup).
class Growing:
    def __init__(self, target):
        self.target = target
    def __hash__(self):
        return 11
    def __eq__(self, other):
        for i in range(100, 120):
            self.target[i] = i
        return other is self
g = {}
k1 = Growing(g)
g[k1] = "k1"
g[Growing(g)] = "k2"
print(len(g), g[k1])

# Dict subclasses and the empty state.
class D(dict):
    def __missing__(self, key):
        return "missing:" + repr(key)
sd = D()
print(sd, sd["a"], len(sd), type(sd).__name__)
sd["b"] = 1
print(sd, sd["b"], sd["c"])
sd.clear()
print(sd, sd["b"])

# Instance and class dicts, kwargs dicts, globals() copies.
class P:
    pass
p = P()
print(p.__dict__, vars(p))
p.x = 1
print(p.__dict__)
def kw(**k):
    return k
print(kw(), kw(a=1), kw() is kw())
print(sys.getsizeof({}) == sys.getsizeof(dict()), sys.getsizeof({}) <= sys.getsizeof({"a": 1}))
