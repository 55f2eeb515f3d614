# Instances of classes with one to five __slots__ (the 56-byte slot-sized instance holds up to
# three; four and more live in the dict-sized instance and its fourth inline value), read and
# written through specialised sites that turn polymorphic and megamorphic, deleted, reassigned
# through __class__, inherited, and seen through gc, copy, pickle, vars() and __dict__.
import copy
import gc
import pickle


class S1:
    __slots__ = ("a",)


class S2:
    __slots__ = ("a", "b")


class S3:
    __slots__ = ("a", "b", "c")


class S4:
    __slots__ = ("a", "b", "c", "d")


class S5:
    __slots__ = ("a", "b", "c", "d", "e")


class T3:
    __slots__ = ("a", "b", "c")


class S3d:
    __slots__ = ("a", "b", "c", "__dict__")


class S3w:
    __slots__ = ("a", "b", "__weakref__")


class Base2:
    __slots__ = ("a", "b")


class Sub4(Base2):
    __slots__ = ("c", "d")


class Sub3(Base2):
    __slots__ = ("c",)


class D4:
    def __init__(self, a, b, c, d):
        self.a = a
        self.b = b
        self.c = c
        self.d = d


class F(float):
    pass


def fill(o, names, base):
    for k, n in enumerate(names):
        setattr(o, n, base + k)
    return o


def make_all():
    out = []
    for cls in (S1, S2, S3, S4, S5, T3, S3d, S3w, Sub4, Sub3):
        o = cls()
        names = [n for c in cls.__mro__ for n in getattr(c, "__slots__", ()) if n not in ("__dict__", "__weakref__")]
        out.append((cls.__name__, fill(o, names, 10 * len(out)), names))
    return out


objs = make_all()
for name, o, names in objs:
    print(name, [getattr(o, n) for n in names])


def read_a(o):
    return o.a


def read_last(o, n):
    return getattr(o, n)


# One site: monomorphic on S3, then polymorphic, then megamorphic over every layout.
total = 0
for i in range(200):
    total += read_a(objs[0 if i < 50 else (i % 3 if i < 100 else i % len(objs))][1])
print("a total", total)

# Stores through one site on every layout, float values and float subclasses.
def store_all(o, v):
    o.a = v
    o.b = v * 2 if hasattr(type(o), "b") or not hasattr(o, "__slots__") else None
    return o.a


for name, o, names in objs:
    if "b" in names:
        store_all(o, 1.5)
        store_all(o, F(2.25))
        print(name, type(o.a).__name__, o.a, type(o.b).__name__, o.b)

# id() and `is` of floats kept in slots: the object stored is the object read back.
s3 = S3()
x = 1.0 / 3.0
s3.a = x
s3.b = x
s3.c = F(7.5)
print(s3.a is x, s3.b is s3.a, id(s3.a) == id(x), s3.c is s3.c, type(s3.c).__name__)
y = s3.a
s3.a += 1.0
print(y is x, s3.a == x + 1.0, s3.a is x)

# Deleting slot values: AttributeError, then set again.
for cls in (S1, S3, S4, S5):
    o = cls()
    names = cls.__slots__
    fill(o, names, 100)
    last = names[-1]
    delattr(o, last)
    try:
        getattr(o, last)
    except AttributeError as e:
        print(cls.__name__, "deleted:", e)
    try:
        delattr(o, last)
    except AttributeError as e:
        print(cls.__name__, "deleted twice:", e)
    setattr(o, last, "back")
    print(cls.__name__, [getattr(o, n) for n in names])

# Unset slots read through a specialised site after being set elsewhere.
def read_c(o):
    return o.c


full = fill(S3(), S3.__slots__, 1)
for _ in range(30):
    read_c(full)
empty = S3()
try:
    read_c(empty)
except AttributeError as e:
    print("unset:", e)

# No __dict__ on slot-only instances; vars() refuses; attributes outside the slots refused.
o = fill(S3(), S3.__slots__, 0)
for probe in (lambda: o.__dict__, lambda: vars(o)):
    try:
        probe()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
try:
    o.zz = 1
except AttributeError as e:
    print("outside slots:", e)
d = fill(S3d(), ("a", "b", "c"), 0)
d.extra = "x"
print(vars(d), d.__dict__ is vars(d), d.a, d.c)

# __class__ assignment: between equal layouts, refused between different ones.
t = fill(S3(), S3.__slots__, 5)
t.__class__ = T3
print(type(t).__name__, t.a, t.b, t.c)
t.__class__ = S3
print(type(t).__name__, t.c)
for other in (S4, S2, S3d):
    try:
        t.__class__ = other
    except TypeError as e:
        print("refused", other.__name__, ":", e)

# A slot descriptor of one class applied to another.
try:
    S4.d.__get__(fill(S3(), S3.__slots__, 0))
except TypeError as e:
    print("descriptor:", e)
print(S4.d.__get__(fill(S4(), S4.__slots__, 40)), S5.e.__get__(fill(S5(), S5.__slots__, 50)))

# Subclasses adding slots (2 + 2 = 4 and 2 + 1 = 3) read through the base's descriptors.
s4 = fill(Sub4(), ("a", "b", "c", "d"), 60)
s3b = fill(Sub3(), ("a", "b", "c"), 70)
print(Base2.a.__get__(s4), Base2.b.__get__(s3b), s4.d, s3b.c)

# A dict instance with four attributes (the fourth inline value) beside the slot instances.
d4s = [D4(i, i + 1.5, str(i), (i,)) for i in range(5)]
print([(q.a, q.b, q.c, q.d) for q in d4s])
d4s[2].d = "changed"
del d4s[3].c
print(vars(d4s[2]), vars(d4s[3]))

# gc, copy and pickle see every slot value.
r = fill(S3(), S3.__slots__, 0)
r.b = ["inner"]
print(sorted(map(repr, gc.get_referents(r)))[:4])
c = copy.copy(r)
dc = copy.deepcopy(r)
print(c.b is r.b, dc.b == r.b, dc.b is r.b, c.a, dc.c)
for obj in (r, fill(S4(), S4.__slots__, 1), fill(S5(), S5.__slots__, 2)):
    back = pickle.loads(pickle.dumps(obj))
    print(type(back).__name__, [getattr(back, n) for n in type(obj).__slots__])

# Many slot-sized instances kept alive across collections, then checked.
keep = [fill(S3(), S3.__slots__, i) for i in range(20000)]
gc.collect()
print(sum(p.a + p.b + p.c for p in keep), keep[-1].c)
