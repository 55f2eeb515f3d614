# Instantiating classes whose __init__ is Python code: positional, keyword, default and starred
# arguments, closures over self, __init__ that raises (traceback through the class call) or
# returns a value, subclasses with super().__init__, __slots__, __new__ overrides, metaclasses.
import sys
import traceback


class Point:
    def __init__(self, x, y=0, *, label="p"):
        self.x = x
        self.y = y
        self.label = label

    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.label!r})"


print(Point(1), Point(1, 2), Point(x=3, y=4), Point(5, label="q"), Point(*(6, 7)), Point(**{"x": 8}))

pts = [Point(i, i * i) for i in range(5)]
print(sum(p.y for p in pts), pts[-1])


class Counter:
    made = 0

    def __init__(self, start):
        Counter.made += 1
        self.value = start
        # a closure over self made inside __init__
        self.bump = lambda n=1: setattr(self, "value", self.value + n)


c = Counter(10)
c.bump()
c.bump(5)
print(c.value, Counter.made)


class Base:
    def __init__(self, name):
        self.name = name
        self.trail = ["Base"]


class Child(Base):
    def __init__(self, name, extra):
        super().__init__(name)
        self.trail.append("Child")
        self.extra = extra


k = Child("kid", [1, 2])
print(k.name, k.trail, k.extra, type(k).__name__)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


s = Slotted(1, "two")
print(s.a, s.b)


class Picky:
    def __init__(self, n):
        if n < 0:
            raise ValueError(f"negative: {n}")
        self.n = n


def make_all(values):
    out = []
    for v in values:
        try:
            out.append(Picky(v).n)
        except ValueError as e:
            out.append(str(e))
            tb = traceback.extract_tb(e.__traceback__)
            out.append([(fr.name, fr.line) for fr in tb])
    return out


print(make_all([1, -2, 3]))


class ReturnsValue:
    def __init__(self):
        return 42


try:
    ReturnsValue()
except TypeError as e:
    print("TypeError:", e)
    print([fr.name for fr in traceback.extract_tb(e.__traceback__)])


class BadArgs:
    def __init__(self, a, b):
        self.a = a


for args, kw in [((1,), {}), ((1, 2, 3), {}), ((1,), {"c": 2}), ((), {"a": 1, "b": 2})]:
    try:
        print(BadArgs(*args, **kw).a)
    except TypeError as e:
        print("TypeError:", e)


class WithNew:
    def __new__(cls, v):
        inst = super().__new__(cls)
        inst.order = ["new"]
        return inst

    def __init__(self, v):
        self.order.append("init")
        self.v = v


w = WithNew(3)
print(w.order, w.v)


class Meta(type):
    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args, **kwargs)


class Managed(metaclass=Meta):
    def __init__(self, v):
        self.v = v


print(Managed(9).v)


class Tree:
    def __init__(self, depth):
        self.kids = [Tree(depth - 1) for _ in range(2)] if depth else []

    def size(self):
        return 1 + sum(k.size() for k in self.kids)


print(Tree(6).size())


class Frames:
    def __init__(self):
        f = sys._getframe()
        self.where = (f.f_code.co_name, f.f_back.f_code.co_name)


def build():
    return Frames().where


print(build())


class Deep:
    def __init__(self, n):
        self.child = Deep(n - 1) if n else None


try:
    Deep(10 ** 5)
except RecursionError as e:
    print("RecursionError:", e)
print(Deep(50).child is not None)
