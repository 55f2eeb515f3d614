# Slotted instances: the semantics a slot-sized instance layout must keep (slots + __dict__,
# slots + __weakref__, subclasses adding slots, __class__ assignment between slotted classes,
# deleting a slot, the unset slot's AttributeError, copy/pickle, gc.get_referents).
import copy
import gc
import pickle
import weakref


class P3:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

    def __repr__(self):
        vals = []
        for n in ("x", "y", "z"):
            try:
                vals.append(f"{n}={getattr(self, n)!r}")
            except AttributeError:
                vals.append(f"{n}=<unset>")
        return f"{type(self).__name__}({', '.join(vals)})"


def err(f):
    try:
        r = f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
    return f"ok {r!r}"


# plain slots: no __dict__, no __weakref__, unset and deleted slots
p = P3(1.0, 2.0, 3.0)
print(p, hasattr(p, "__dict__"), hasattr(p, "__weakref__"))
print(err(lambda: p.w))
print(err(lambda: setattr(p, "w", 1)))
print(err(lambda: weakref.ref(p)))
del p.y
print(p, err(lambda: p.y))
print(err(lambda: delattr(p, "y")))
p.y = "back"
print(p)
e = P3.__new__(P3)
print(e, err(lambda: e.x), err(lambda: e.z))
e.z = 9
print(e)
print(P3.x, type(P3.x).__name__, P3.x.__get__(p), P3.y.__name__, P3.z.__objclass__.__name__)
print(err(lambda: P3.x.__get__(object())))
print(err(lambda: P3.x.__set__(object(), 1)))
P3.z.__set__(p, "via descriptor")
print(p.z)
P3.z.__delete__(p)
print(p)
print(sorted(n for n in dir(p) if not n.startswith("__")))
print(P3.__slots__)

# the same attributes re-stored many times keep their values (a slot takes any store)
q = P3(0, 0, 0)
for i in range(1000):
    q.x = i
    q.y = q.x * 2.5
    q.z = (q.y, q.x)
print(q)


# slots + __dict__ and slots + __weakref__
class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
w.c = 3
print(w.a, w.__dict__, sorted(vars(w)))
del w.a
print(err(lambda: w.a), w.__dict__)
w.__dict__ = {"only": "new"}
print(w.only, err(lambda: w.b), err(lambda: w.a))


class WithRef:
    __slots__ = ("a", "__weakref__")


r = WithRef()
r.a = [1]
ref = weakref.ref(r)
print(ref() is r, hasattr(r, "__dict__"), err(lambda: setattr(r, "b", 1)))
del r
gc.collect()
print(ref())


# subclasses adding slots, and a subclass without __slots__ (which has a __dict__)
class P4(P3):
    __slots__ = ("w",)

    def __init__(self, x, y, z, w):
        super().__init__(x, y, z)
        self.w = w


class P5(P4):
    __slots__ = ("v", "u")


class Loose(P3):
    pass


a = P4(1, 2, 3, 4)
print(a, a.w, hasattr(a, "__dict__"), P4.__slots__)
b = P5(1, 2, 3, 4)
print(err(lambda: b.v), err(lambda: b.u))
b.u = "u"
b.v = "v"
print(b.u, b.v, b.w, b.x)
del b.x
print(b, err(lambda: b.x))
lo = Loose(1, 2, 3)
lo.extra = "e"
lo.more = "m"
print(lo, lo.__dict__, lo.extra)
print(isinstance(a, P3), isinstance(b, P4), type(b).__mro__[1:3])


# __class__ assignment between slotted classes with the same layout
class Q3:
    __slots__ = ("x", "y", "z")

    def total(self):
        return self.x + self.y + self.z


class Other:
    __slots__ = ("a", "b", "c")


s = P3(1, 2, 3)
s.__class__ = Q3
print(type(s).__name__, s.total(), s.x)
s.__class__ = P3
print(s)
print(err(lambda: setattr(s, "__class__", Other)))
print(err(lambda: setattr(s, "__class__", P4)))
print(err(lambda: setattr(s, "__class__", Loose)))
lo2 = Loose(4, 5, 6)
print(err(lambda: setattr(lo2, "__class__", P3)))


class Loose2(P3):
    pass


lo2.__class__ = Loose2
print(type(lo2).__name__, lo2, lo2.__dict__)


# copy and pickle of slotted instances (copyreg's __reduce_ex__(2) reads the slots)
c = copy.copy(P3(1, [2], 3))
d = copy.deepcopy(c)
print(c, d, c.y is d.y, c.y == d.y)
half = P3.__new__(P3)
half.y = "only y"
print(copy.copy(half), pickle.loads(pickle.dumps(half)))
for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
    u = pickle.loads(pickle.dumps(P4(1.5, "two", (3,), [4]), proto))
    print(proto, u, u.w)
wd = WithDict()
wd.a = 1
wd.k = "k"
wd2 = pickle.loads(pickle.dumps(wd, 2))
print(wd2.a, wd2.__dict__)
print(P3(1, 2, 3).__reduce_ex__(2)[0].__name__, P3(1, 2, 3).__getstate__() if hasattr(P3, "__getstate__") else "-")
print(err(lambda: pickle.dumps(P3(1, 2, 3), 0)))
print(err(lambda: pickle.dumps(P3(1, 2, 3), 1)))


# gc.get_referents sees the slot values (and the type); is_tracked
marker = ["m"]
g = P3(marker, "s", None)
refs = gc.get_referents(g)
print(any(x is marker for x in refs), any(x is P3 for x in refs), gc.is_tracked(g))
g.x = 5
print(any(x is marker for x in gc.get_referents(g)))


# a cycle through slots is collected
class Node:
    __slots__ = ("other", "__weakref__")


n1, n2 = Node(), Node()
n1.other, n2.other = n2, n1
wr = weakref.ref(n1)
del n1, n2
gc.collect()
print(wr())

# many slotted objects, kept and dropped
pts = [P3(i, i * 0.5, -i) for i in range(20000)]
print(sum(p.x for p in pts), sum(p.y for p in pts), pts[-1])
pts = None
print("done")
