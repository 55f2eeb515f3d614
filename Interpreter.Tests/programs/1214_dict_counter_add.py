# `d[k] += c` on dicts: exact dicts with str and int keys and exact int values take one lookup;
# everything else (missing keys, subclasses, __missing__, other key and value types, overflow past
# 64 bits, other operators and constants, class and module dicts, hooks) must behave as before.
import sys

stats = {"finally": 0, "ok": 0, 7: 0, -1: 10}
for i in range(1000):
    stats["finally"] += 1
    stats[7] += 1
    stats[-1] += -3
    if i % 3 == 0:
        stats["ok"] += 2
print(stats)

# Missing key: KeyError with its traceback line, the dict unchanged.
d = {"a": 1}
try:
    d["b"] += 1
except KeyError as e:
    print("KeyError", e, sorted(d.items()))

# Values that are not exact ints.
class I(int):
    def __add__(self, o):
        return "I.__add__(%d, %d)" % (int(self), o)

d = {"b": True, "f": 1.5, "s": "x", "i": I(4), "l": [1], "n": None}
d["b"] += 1
d["f"] += 1
d["i"] += 1
try:
    d["s"] += 1
except TypeError as e:
    print("TypeError", e)
try:
    d["l"] += 1
except TypeError as e:
    print("TypeError", e)
try:
    d["n"] += 1
except TypeError as e:
    print("TypeError", e)
print(d["b"], type(d["b"]).__name__, d["f"], d["i"])

# Overflow past 64 bits, and back.
d = {"big": 2 ** 63 - 2, "neg": -2 ** 63 + 1}
d["big"] += 1
print(d["big"], type(d["big"]).__name__)
d["big"] += 1
print(d["big"])
d["big"] += 1
print(d["big"])
d["neg"] += -1
d["neg"] += -1
print(d["neg"])
big = {"x": 2 ** 70}
big["x"] += 1
print(big["x"])

# Subclasses, __missing__, defaultdict, Counter.
class D(dict):
    def __getitem__(self, k):
        print("D.__getitem__", k)
        return dict.__getitem__(self, k)

    def __setitem__(self, k, v):
        print("D.__setitem__", k, v)
        dict.__setitem__(self, k, v)

class Miss(dict):
    def __missing__(self, k):
        return 100

sd = D(a=1)
sd["a"] += 1
m = Miss()
m["z"] += 1
print(sd, m)
from collections import defaultdict, Counter, OrderedDict
dd = defaultdict(int)
for w in "the cat the hat the end".split():
    dd[w] += 1
c = Counter()
for w in "a b a c a".split():
    c[w] += 1
od = OrderedDict(x=1)
od["x"] += 1
print(sorted(dd.items()), sorted(c.items()), od)

# Keys with their own hash/eq, str subclasses, tuples, floats.
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        print("K.__hash__")
        return hash(self.v)
    def __eq__(self, o):
        print("K.__eq__")
        return isinstance(o, K) and o.v == self.v

class S(str):
    def __hash__(self):
        print("S.__hash__")
        return str.__hash__(self)

k1 = K(1)
d = {k1: 0, S("s"): 0, (1, 2): 0, 1.0: 0}
d[k1] += 1
d[K(1)] += 1
d[S("s")] += 1
d["s"] += 1
d[(1, 2)] += 1
d[1.0] += 1
d[1] += 1
d[True] += 1
print(sorted(d.values()))
d = {5: 0, K(5): 0, "k": 0}
d[5] += 1
d["k"] += 1
d[K(5)] += 1
print(sorted(d.values()))

# Other operators and non-constant increments take the general path.
d = {"a": 10}
n = 5
d["a"] -= 1
d["a"] *= 3
d["a"] += n
d["a"] += 2.5
d["a"] += -0
print(d)

# The module's globals and a class's __dict__ through a mappingproxy-free path.
counter = 0
g = globals()
for _ in range(3):
    g["counter"] += 1
print(counter)

def read_counter():
    return counter

for _ in range(3):
    g["counter"] += 1
    print(read_counter(), end=" ")
print()

class C:
    x = 1
vars_c = {"x": 1}
vars_c["x"] += 1
print(C.x, vars_c)

# Iteration sees values change, but not the size.
d = {i: 0 for i in range(5)}
for k in d:
    d[k] += k
print(d)

# A dict changed by a key's __eq__ during the lookup (general path: str/int keys only take the fast one).
d = {1: 0}
d[1] += 1
d[1] += 1
print(d)

# Tracing sees the lines as before (the traced loop runs each instruction).
events = []

def tracer(frame, event, arg):
    if frame.f_code.co_name == "traced":
        events.append((event, frame.f_lineno))
    return tracer

def traced(d):
    d["a"] += 1
    d["a"] += 1
    return d["a"]

sys.settrace(tracer)
r = traced({"a": 0})
sys.settrace(None)
print(r, events)

# A counter in a hot function, with a failure mid-way.
def count(words):
    counts = {}
    for w in words:
        if w not in counts:
            counts[w] = 0
        counts[w] += 1
    return counts

print(sorted(count("x y z x y x".split() * 100).items()))
def count2(words):
    counts = {"a": 0}
    for w in words:
        counts[w] += 1
    return counts
try:
    count2(["a", "a", "b"])
except KeyError as e:
    print("count2 KeyError", e)
