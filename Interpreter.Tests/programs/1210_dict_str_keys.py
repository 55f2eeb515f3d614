# dict lookups and stores with exact str keys (the str probe) beside keys that are not exact strs:
# str subclasses with their own __eq__/__hash__, objects hashing as a str, deleted entries, growth.

d = {}
words = ["alpha", "beta", "gamma", "delta", "epsilon"]
for i in range(200):
    w = words[i % 5].upper().lower()      # a new str object each time, equal text
    d[w] = d.get(w, 0) + 1
print(sorted(d.items()))
print(d["alpha"], d.get("zeta"), d.get("zeta", -1), "beta" in d, "zeta" in d)

# replace keeps the first key object and the order
k1 = "".join(["k", "ey"])
k2 = "".join(["ke", "y"])
e = {k1: 1, "other": 2}
e[k2] = 3
print(list(e.items()), next(iter(e)) is k1, next(iter(e)) is k2)

# growth through many str keys, then deletes and re-inserts over the dummies
g = {}
for i in range(1000):
    g["k%d" % i] = i
for i in range(0, 1000, 3):
    del g["k%d" % i]
for i in range(0, 1000, 6):
    g["k%d" % i] = -i
print(len(g), g["k6"], g["k1"], g.get("k3"), sum(g.values()), list(g)[:5], list(g)[-3:])


class Loud(str):
    def __eq__(self, other):
        print("Loud.__eq__", str.__repr__(self), repr(other))
        return str.__eq__(self, other)
    __hash__ = str.__hash__


class Never(str):
    # How many times a lookup asks depends on the hash seed (a probe of a small table can come
    # back to the same slot), so each line says whether it was asked and with what.
    asked = set()
    def __eq__(self, other):
        Never.asked.add(repr(other))
        return False
    __hash__ = str.__hash__


def never_asked():
    print("Never.__eq__ asked with", sorted(Never.asked))
    Never.asked.clear()


# a str-subclass key in the dict: an exact-str lookup of the same text asks its __eq__
s = {Loud("x"): 1}
print(s.get("x"), s["x"], "x" in s)
s["x"] = 2
print(list(s.items()), [type(k).__name__ for k in s])

n = {Never("y"): 1}
print(n.get("y"), "y" in n)
never_asked()
n["y"] = 5
never_asked()
print(sorted((str(k), v) for k, v in n.items()), len(n))
try:
    n["z"]
except KeyError as ex:
    print("KeyError", ex)
never_asked()


class Hashes:
    """Hashes as the str 'h' and equals it."""
    def __init__(self, tag):
        self.tag = tag
    def __hash__(self):
        return hash("h")
    def __eq__(self, other):
        print("Hashes.__eq__", self.tag, repr(other))
        return other == "h"
    def __repr__(self):
        return "Hashes(%s)" % self.tag


h = {Hashes(1): "obj"}
print(h.get("h"), "h" in h)
h["h"] = "str"
print(h)


class Mutator:
    """Equal hash to 'm'; its __eq__ clears the dict under the lookup."""
    def __init__(self, d):
        self.d = d
    def __hash__(self):
        return hash("m")
    def __eq__(self, other):
        self.d.clear()
        return False


m = {}
m[Mutator(m)] = 1
m["m"] = 2
print(m)

# an exact-str lookup in a dict of int keys and of mixed keys
ints = {1: "a", 2: "b"}
print(ints.get("1"), "1" in ints)
mixed = {1: "int", "1": "str", (1,): "tuple", 1.5: "float"}
print(mixed["1"], mixed[1], mixed.get("1.5"), mixed[1.5])

# unhashable and error messages unchanged
try:
    d[[1]] = 2
except TypeError as ex:
    print("TypeError", ex)
try:
    d["nope"]
except KeyError as ex:
    print("KeyError", ex)

# dict subclasses (own __missing__/__setitem__) keep their paths
class Counting(dict):
    def __missing__(self, k):
        return "missing " + k
    def __setitem__(self, k, v):
        print("set", k, v)
        dict.__setitem__(self, k, v)


c = Counting()
c["a"] = 1
print(c["a"], c["b"], c.get("b"))

# empty strs, non-ASCII and astral keys
u = {"": 0, "é": 1, "\U0001F600": 2, "x" * 100: 3}
for key in ["", "é", "\U0001F600", "x" * 100, "e\u0301"]:
    print(repr(key[:5]), u.get(key))
u["é"] += 10
print(u["é"])
