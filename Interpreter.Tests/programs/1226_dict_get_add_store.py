# The counter idiom `d[k] = d.get(k, c0) + c1` (one probe in Herthon when the dict, key and
# value are exact dict, str and int): every way out of the fast path gives CPython's result.
import sys


def count(words, start=0):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, start) + 1
    return counts


words = "the quick brown fox jumps over the lazy dog the end".split()
for _ in range(3):
    c = count(words * 50)
print(sorted(c.items()))
print(list(c))                       # insertion order kept
print(count([]), count(["a"]), count(["a"], 10))

# Many distinct keys: inserts that resize the dict under the fast path.
big = count(["k%d" % (i % 700) for i in range(5000)])
print(len(big), big["k0"], big["k699"], list(big)[:3], list(big)[-2:])
del big["k5"]
for _ in range(2):
    for w in ["k5", "k6", "new"]:
        big[w] = big.get(w, 0) + 1
print(big["k5"], big["k6"], big["new"], list(big)[-2:], len(big))


def steps(d, k, n):
    for _ in range(n):
        d[k] = d.get(k, 0) + 1
    return d


# Values that are not exact ints: the general path.
print(steps({"x": 1.5}, "x", 3))
print(steps({"x": True}, "x", 3))
try:
    steps({"x": "s"}, "x", 2)
except TypeError as e:
    print("TypeError", e)
try:
    steps({"x": None}, "x", 2)
except TypeError as e:
    print("TypeError", e)
print(steps({"x": 2 ** 70}, "x", 2))
print(steps({"x": 2 ** 63 - 2}, "x", 3))          # past 64 bits: a big int
print(steps({"x": -2 ** 63}, "x", 1))


class I(int):
    def __add__(self, o):
        return "I.__add__(%d, %r)" % (int(self), o)


print(steps({"x": I(5)}, "x", 1))


def other_defaults(words):
    d = {}
    for w in words:
        d[w] = d.get(w, False) + 1
    e = {}
    for w in words:
        e[w] = e.get(w, 0.5) + 1
    f = {}
    for w in words:
        f[w] = f.get(w, -3) + -2
    g = {}
    for w in words:
        g[w] = g.get(w, 0) - 1
    h = {}
    for w in words:
        h[w] = h.get(w, 0) + 2 ** 62
    return d, e, f, g, h


for r in other_defaults(["a", "b", "a", "a"]):
    print(r)
try:
    other_defaults(["a", "a", "a", "a"])
except Exception as e:
    print(type(e).__name__, e)


# Another dict or another key in the store.
def cross(words):
    a, b = {}, {}
    for w in words:
        a[w] = b.get(w, 0) + 1
    return a, b


print(cross(["p", "q", "p"]))


def shifted(words):
    d = {}
    for i in range(len(words) - 1):
        w, v = words[i], words[i + 1]
        d[v] = d.get(w, 0) + 1
    return d


print(shifted(["p", "q", "p", "q", "r"]))


def equal_not_same(n):
    d = {}
    for i in range(n):
        k1 = "key" + str(i % 2)
        k2 = "key" + str(i % 2)
        d[k2] = d.get(k1, 0) + 1
    return d


print(equal_not_same(7))


# Keys of other kinds.
class S(str):
    def __hash__(self):
        return str.__hash__(self)

    def __eq__(self, o):
        print("S.__eq__", str.__str__(self), o)
        return str.__eq__(self, o)


print(steps({}, S("s"), 3))
print(steps({}, 7, 3), steps({}, (1, "a"), 2), steps({}, 2.5, 2))


class H:
    def __init__(self, s):
        self.s = s

    def __hash__(self):
        return hash(self.s)

    def __eq__(self, o):
        print("H.__eq__ with", o)
        return o == self.s

    def __repr__(self):
        return "H(%r)" % self.s


d = {H("x"): 10}
print(steps(d, "x", 2))
try:
    steps({}, [1], 1)
except TypeError as e:
    print("TypeError", e)


# Dict subclasses: their own get/__setitem__ run.
class Logged(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        dict.__setitem__(self, k, v)


print(steps(Logged(), "a", 2))


class Dflt(dict):
    def get(self, k, d=None):
        return dict.get(self, k, 100)


print(steps(Dflt(), "a", 2))


# globals() as a local: LOAD_GLOBAL sees every insert and update.
def globals_counter(n):
    g = globals()
    for _ in range(n):
        g["zz"] = g.get("zz", 0) + 1
        read_zz()


seen = []


def read_zz():
    seen.append(zz)


globals_counter(4)
print(seen, zz)

# A dict changed while the loop runs (a str key with the same hash as another kind of key).
mixed = {"a": 1, 1: 2}
print(steps(mixed, "a", 3), steps(mixed, 1, 2))
print({hash("q"): 5} == steps({hash("q"): 5}, "q", 0))

# Line events are unchanged under settrace.
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "steps":
        events.append((event, frame.f_lineno - steps.__code__.co_firstlineno))
    return tracer


sys.settrace(tracer)
steps({}, "t", 2)
sys.settrace(None)
print(events)

# The error of an unbound local: raised at the LOAD_FAST, not hidden.
def unbound(words):
    for w in words:
        if w == "stop":
            del d
        d = {} if w == "a" else d
        d[w] = d.get(w, 0) + 1
    return d


try:
    print(unbound(["a", "b", "stop"]))
except UnboundLocalError as e:
    print("UnboundLocalError", e)
