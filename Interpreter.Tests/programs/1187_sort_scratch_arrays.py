# conformance: own-process
# list.sort / sorted with scratch arrays from a pool (4096+ elements): every key kind, reverse,
# errors from __lt__ and key functions leave the list as it was, list modified during a sort,
# no sorted object kept alive by a pooled array, sorts nested in a key function.
import random, gc, weakref
random.seed(5)
for n in (0, 1, 5, 4095, 4096, 5000, 70000):
    a = [random.randrange(-1000, 1000) for _ in range(n)]
    assert sorted(a) == sorted(a, key=lambda v: (v,)), n
    b = [float(x) / 3 for x in a]
    s = [str(x) for x in a]
    print(n, sorted(a)[:3], sorted(a, reverse=True)[:3], sorted(b)[-2:], sorted(s, key=len)[-3:], sorted(range(n), key=lambda v: a[v])[:3])
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 77: raise ValueError("boom")
        return self.v < o.v
xs = [K(i % 100) for i in range(6000)]
try:
    xs.sort()
except ValueError as e:
    print("err", e, len(xs), [k.v for k in xs[:5]])
def bad(v):
    if v == 4500: raise KeyError(v)
    return -v
ys = list(range(5000))
try:
    ys.sort(key=bad)
except KeyError as e:
    print("keyerr", e, ys[:3], len(ys))
class W: pass
objs = [W() for _ in range(5000)]
refs = [weakref.ref(o) for o in objs]
sorted(objs, key=id)
objs.sort(key=lambda o: -id(o))
del objs
gc.collect()
print("alive", sum(r() is not None for r in refs))
def nested(v):
    return sorted(range(v % 7 + 4096))[-1]
print(sorted(range(5000), key=nested)[:5])
l = list(range(5000))
def mut(v):
    if v == 10: l.append(1)
    return v
try:
    l.sort(key=mut)
except ValueError as e:
    print(e)
