# set.add and `in` with int keys: the probe for ints with the hash inline and the free-slot rule,
# keys sharing hashes with bools, floats, big ints and objects whose __hash__/__eq__ is Python
# (raising midway), deleted slots reused, -1/-2 hashes, 2**61 residues, iteration order as CPython.
import sys


class H:
    def __init__(self, h, eq=True):
        self.h = h
        self.eq = eq

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        print("H.__eq__", self.h, other)
        if self.eq == "raise":
            raise RuntimeError("eq raised")
        return self.eq

    def __repr__(self):
        return "H(%d)" % self.h


def run():
    s = set()
    for n in (5, 13, 21, 29, 5, -1, -2, 2**61 - 1, 2**61, 2**61 + 1, -(2**61), 2**63 - 1, -(2**63)):
        s.add(n)
    print(sorted(s), len(s))
    print(list(s))
    print([n in s for n in (5, 6, 13, -1, -2, 0, 2**61, 1, 2**63 - 1, -(2**63), 2**64)])
    t = {1}
    t.add(True)
    t.add(1.0)
    t.add(2)
    print(t, True in t, 2.0 in t, 3 in t)
    u = {True, 2.0}
    u.add(1)
    u.add(2)
    print(u, 1 in u, 2 in u)
    v = {H(7), H(3)}
    v.add(7)
    print(sorted(v, key=repr))
    print(7 in v, 3 in v, 11 in v)
    w = {H(4, "raise")}
    try:
        w.add(4)
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        print(4 in w)
    except RuntimeError as e:
        print("RuntimeError", e)
    d = set(range(20))
    for n in range(0, 20, 2):
        d.discard(n)
    for n in (2, 4, 100, 36, 68):
        d.add(n)
    print(list(d), len(d))
    print([n in d for n in range(0, 40, 3)])
    g = set()
    for i in range(200):
        g.add(i * 37 % 101)
        if i % 3 == 0:
            g.discard(i % 50)
    print(len(g), list(g)[:20])
    seen = {3}
    stones = [3]
    nb = {3: [2, 4, 10], 2: [3, 9], 4: [3, 11], 9: [2], 10: [3], 11: [4]}
    i = 0
    while i < len(stones):
        for n in nb[stones[i]]:
            if n not in seen:
                seen.add(n)
                stones.append(n)
        i += 1
    print(stones, seen)

    class S(set):
        def __contains__(self, x):
            print("S.__contains__", x)
            return x == 99

        def add(self, x):
            print("S.add", x)
            set.add(self, x)

    ss = S([1, 2])
    ss.add(3)
    print(1 in ss, 99 in ss, 1 not in ss, sorted(ss))
    fs = frozenset([1, 2, 3])
    print(2 in fs, 5 in fs, [k in fs for k in range(5)])


run()
sys.settrace(lambda *a: None)
q = set()
q.add(8)
print(8 in q, 9 in q)
sys.settrace(None)
