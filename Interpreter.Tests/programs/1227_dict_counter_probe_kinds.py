# `d[k] += c` (one probe in Herthon for an exact str or int key holding an exact int) next to
# stored keys of other kinds with the same hash: the general path decides, with CPython's
# __eq__ calls and results.


def bump(d, k, n, c=1):
    for _ in range(n):
        d[k] += c
    return d


class Key:
    def __init__(self, h, name):
        self.h = h
        self.name = name

    def __hash__(self):
        return self.h

    def __eq__(self, o):
        print("Key.__eq__", self.name, "with", repr(o))
        return isinstance(o, Key) and o.h == self.h

    def __repr__(self):
        return "Key(%s)" % self.name


# A str key beside an int key of the same hash (the int first, so the probe meets it).
s = "word"
d = {hash(s): 0, s: 10}
print(bump(d, s, 3)[s], d[hash(s)])
d = {hash(s): 0}
try:
    bump(d, s, 1)
except KeyError as e:
    print("KeyError", e)
# An int key beside a str key of the same hash.
d = {s: 0, hash(s): 10}
print(bump(d, hash(s), 3)[hash(s)], d[s])

# Keys whose __eq__ runs: once per probe, as CPython's two lookups.
class Quiet(Key):
    calls = 0

    def __eq__(self, o):
        Quiet.calls += 1
        return isinstance(o, Key) and o.h == self.h

    __hash__ = Key.__hash__


d = {Quiet(hash("x"), "kx"): 0, "x": 5}
Quiet.calls = 0
bump(d, "x", 2)
print(d["x"], Quiet.calls > 0)   # how many calls depends on the str hash's probe order
d = {Key(7, "k7"): 0, 7: 5}
bump(d, 7, 2)
print(d[7])


# A str subclass key equal to the str.
class S(str):
    def __eq__(self, o):
        print("S.__eq__", repr(o))
        return str.__eq__(self, o)

    __hash__ = str.__hash__


d = {S("y"): 1}
bump(d, "y", 2)
print(d, type(list(d)[0]).__name__)

# float and bool keys equal to the int: the stored key stays.
d = {1.0: 1}
bump(d, 1, 3)
print(d)
d = {True: 1}
bump(d, 1, 2)
print(d)
d = {2: 1}
bump(d, 2.0, 2)
print(d)

# Values of other kinds, overflow past 64 bits and back.
d = {"a": 2 ** 63 - 2, 5: -2 ** 63 + 1}
bump(d, "a", 3)
bump(d, 5, 2, -1)
print(d)
bump(d, "a", 3, -1)
print(d, type(d["a"]).__name__)
d = {"f": 0.5, "b": False, "l": [1]}
bump(d, "f", 2)
bump(d, "b", 2)
try:
    bump(d, "l", 1)
except TypeError as e:
    print("TypeError", e)
print(d)

# Many colliding small ints and strs in one dict.
d = {}
for i in range(200):
    d[i] = 0
    d["s%d" % i] = 0
for r in range(3):
    for i in range(0, 200, 7):
        bump(d, i, 1, r + 1)
        bump(d, "s%d" % i, 1, -r)
print(sum(v for k, v in d.items() if isinstance(k, int)), sum(v for k, v in d.items() if isinstance(k, str)))
print(list(d.items())[:6])
