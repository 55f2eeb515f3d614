# Sets of ints: the exact-int lookup and add paths, and what must leave them (keys of other kinds
# with the same hash, int subclasses, big ints, hash collisions, deleted slots, __eq__ side effects).

# hash() of ints around the fast path's bounds (2**61 - 1 is the modulus)
P = (1 << 61) - 1
for v in [0, 1, -1, -2, 2, 7, -7, P - 1, P, P + 1, -(P - 1), -P, -P - 1, 2**62, -2**62,
          2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**64 + 5, -(2**100), 10**30]:
    print(v, hash(v), hash(v) == hash(float(v)) if abs(v) < 2**53 else "-")
print(hash(True), hash(False), hash(-1.0), hash(2.0**61))

# membership and add of small ints, with deletions leaving dummy slots behind
s = set(range(0, 200, 3))
for k in range(0, 30):
    if k in s:
        s.discard(k)
    else:
        s.add(k)
print(sorted(s)[:30], len(s))
print([k for k in range(-5, 40) if k in s])
s.add(-1); s.add(-2)
print(-1 in s, -2 in s, -3 in s, len(s))

# keys of other kinds that equal an int: True, 1.0, Fraction-like objects
t = {True, 2.0, 3}
print(1 in t, 2 in t, 3.0 in t, 0 in t, t)
t.add(1); t.add(2)
print(sorted(t), len(t))
u = {1, 2}
u.add(True); u.add(2.0)
print(u, [type(x).__name__ for x in sorted(u)])

# ints that collide in hash: -1 and -2, P+3 and 3, 2**61+5 and 5
c = {-1}
print(-2 in c, -1 in c)
c.add(-2)
print(sorted(c))
d = {3, 5}
print(P + 3 in d, 3 in d, (1 << 61) + 4 in d, P + 5 in d)
d.add(P + 3)
print(P + 3 in d, len(d))

# an int subclass as the key or the stored key
class MyInt(int):
    def __eq__(self, other):
        print("MyInt.__eq__", int(self), other)
        return int(self) == other
    __hash__ = int.__hash__

e = {MyInt(4), 9}
print(4 in e)
print(9 in e)
e.add(4)
print(len(e))
f = {4, 9}
print(MyInt(4) in f)

# an object whose hash equals an int's and whose __eq__ changes the set
class Evil:
    def __init__(self, h, target):
        self.h, self.target = h, target
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        print("Evil.__eq__", other)
        self.target.clear()
        return False

g = set()
g.add(Evil(10, g))
g.add(11)
print(10 in g, len(g))
g2 = {10}
g2.add(Evil(10, g2))
print(len(g2))

# unhashable keys still raise; big ints work as keys
try:
    [] in {1}
except TypeError as ex:
    print("TypeError", ex)
big = {2**70, -(2**70), 10**20}
print(2**70 in big, 2**70 + 1 in big, sorted(big))

# a set built and grown in a loop (go's group(): {p}, add, in)
def group(nbrs, start):
    seen = {start}
    todo = [start]
    i = 0
    while i < len(todo):
        for n in nbrs[todo[i]]:
            if n not in seen:
                seen.add(n)
                todo.append(n)
        i += 1
    return todo, seen

nbrs = [[(p + 1) % 50, (p * 7) % 50, (p + 13) % 50] for p in range(50)]
todo, seen = group(nbrs, 0)
print(todo)
print(len(seen), list(seen)[:10])

# functions made in a loop (comprehensions, closures): __module__, __builtins__, globals rebound
def make(n):
    return [lambda: k for k in range(n)], [c for c in range(n) if c % 2]

fs, odd = make(4)
print([fn() for fn in fs], odd, fs[0].__module__, fs[0].__builtins__ is __builtins__.__dict__)
__name__ = "renamed"
fs2, _ = make(2)
print(fs2[0].__module__, fs[0].__module__)
import types
ns = {"__name__": "modx", "__builtins__": {"len": len, "range": range}}
exec("def mk():\n    return [lambda: 1 for _ in range(2)]\nfns = mk()\n", ns)
print(ns["fns"][0].__module__, sorted(ns["fns"][0].__builtins__))
ns["__builtins__"] = {"range": range}
ns["__name__"] = "mody"
exec("fns = mk()", ns)
print(ns["fns"][0].__module__, sorted(ns["fns"][0].__builtins__))
del ns["__name__"]
exec("fns = mk()", ns)
print(ns["fns"][0].__module__)
