# __slots__ values live in the instance: unset slots, del, __dict__/__weakref__ in __slots__,
# inherited and extended slots, classes with more slots than fit in the object itself.
import weakref


class P:
    __slots__ = ("x", "y", "z")

    def __init__(self, x):
        self.x = x


p = P(1)
print(p.x)
for name in ("y", "z"):
    try:
        getattr(p, name)
    except AttributeError as e:
        print("AttributeError:", e)
p.y = 2
print(p.x, p.y)
del p.y
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.w = 5
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"), hasattr(p, "__weakref__"))
try:
    weakref.ref(p)
except TypeError as e:
    print("TypeError:", e)


class Many:
    __slots__ = tuple("s%d" % i for i in range(11))

    def __init__(self):
        for i in range(0, 11, 2):
            setattr(self, "s%d" % i, i * i)


m = Many()
print([getattr(m, "s%d" % i, None) for i in range(11)])
m.s9 = "nine"
m.s10 += 1
del m.s4
print([getattr(m, "s%d" % i, "-") for i in range(11)])


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
w.c = 3
print(w.a, w.b, w.c, w.__dict__, vars(w))
w.__dict__ = {"q": 9}
print(w.a, w.q, hasattr(w, "b"))


class WithRef:
    __slots__ = ("a", "__weakref__")


r = WithRef()
r.a = "alive"
ref = weakref.ref(r)
print(ref() is r, ref().a, hasattr(r, "__dict__"))


class Base:
    __slots__ = ("a", "b")


class Mid(Base):
    __slots__ = ("c", "d", "e")


class Leaf(Mid):
    __slots__ = ("f",)


leaf = Leaf()
for i, n in enumerate("abcdef"):
    setattr(leaf, n, i)
print([getattr(leaf, n) for n in "abcdef"])
print(Base.a.__get__(leaf), Mid.e.__get__(leaf))
Base.b.__set__(leaf, "B")
Mid.d.__delete__(leaf)
print(leaf.b, hasattr(leaf, "d"))
print(Leaf.__slots__, Mid.c, type(Mid.c).__name__, Mid.c.__objclass__.__name__)

for d, target in ((P.x, Many()), (Many.s3, Base()), (Leaf.f, Mid())):
    for what, call in (("get", lambda: d.__get__(target)), ("set", lambda: d.__set__(target, 1)),
                       ("delete", lambda: d.__delete__(target))):
        try:
            call()
            print(what, "ok")
        except TypeError as e:
            print(what, "TypeError:", e)


class Plain:
    pass


Plain.x = P.x
q = Plain()
q.other = 1
for call in (lambda: q.x, lambda: setattr(q, "x", 5)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(vars(q))

# Hot loops over slotted objects keep working after the sites specialise.
pts = [P(i) for i in range(50)]
for k in range(3):
    for pt in pts:
        pt.y = pt.x * 2
        pt.z = pt.y + k
print(sum(pt.z for pt in pts), sum(pt.x for pt in pts))
