class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x, p.y, Point.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"))
del p.y
try:
    print(p.y)
except AttributeError as e:
    print("AttributeError:", e)
p.y = 5
print(p.y)
print(type(Point.x).__name__)

class Point3(Point):
    __slots__ = ("z",)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
q = Point3(1, 2, 3)
print(q.x, q.y, q.z, hasattr(q, "__dict__"))

class Loose(Point):
    pass
l = Loose(1, 2)
l.extra = "ok"
print(l.extra, hasattr(l, "__dict__"), l.__dict__)

class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, w.__dict__)

class Single:
    __slots__ = "only"
s = Single()
s.only = "yes"
print(s.only)
try:
    s.other = 1
except AttributeError as e:
    print("AttributeError:", e)

class Default:
    __slots__ = ("v",)
    kind = "class attr readable"
d = Default()
print(d.kind)
try:
    d.kind = "x"
except AttributeError as e:
    print("AttributeError:", e)

# slots with properties
class Temp:
    __slots__ = ("_c",)
    def __init__(self, c):
        self._c = c
    @property
    def f(self):
        return self._c * 9 / 5 + 32
    @f.setter
    def f(self, value):
        self._c = (value - 32) * 5 / 9
t = Temp(100)
print(t.f)
t.f = 32
print(t._c)
print([type(x).__name__ for x in (Temp.__dict__["_c"], Temp.__dict__["f"])])
