# What a class's instantiation and operators run is looked up again after the class, a base
# class or the metaclass changes: __init__ replaced, __new__ added, __iadd__ added to a
# base after the in-place form ran, __add__ deleted from a subclass (the base's then applies), a
# staticmethod __new__, __init__ that is a generator, a base's __init__ replaced.
class Base:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return ("Base.__add__", self.v, o)


class C(Base):
    def __add__(self, o):
        return ("C.__add__", self.v, o)


out = []
for i in range(8):
    if i == 1:
        def init2(self, v):
            self.v = v * 10
        Base.__init__ = init2
    if i == 2:
        def init3(self, v):
            self.v = -v
        C.__init__ = init3
    if i == 3:
        def new(cls, v):
            o = object.__new__(cls)
            o.made_by_new = True
            return o
        C.__new__ = staticmethod(new)
    if i == 4:
        del C.__init__
    if i == 5:
        del C.__add__
    if i == 6:
        Base.__iadd__ = lambda self, o: ("Base.__iadd__", self.v, o)
    if i == 7:
        del Base.__add__
    c = C(i)
    row = [c.v, getattr(c, "made_by_new", False)]
    try:
        row.append(c + 1)
    except TypeError as exc:
        row.append(str(exc))
    d = c
    try:
        d += 2
        row.append(d)
    except TypeError as exc:
        row.append(str(exc))
    out.append(row)
for row in out:
    print(row)


class Gen:
    def __init__(self):
        yield 1


try:
    Gen()
except TypeError as exc:
    print("TypeError:", exc)


class Meta(type):
    pass


class M(metaclass=Meta):
    def __init__(self, x):
        self.x = x


print(M(1).x)
Meta.__call__ = lambda cls, *a: ("Meta.__call__", a)
print(M(2))
del Meta.__call__
print(M(3).x)


class K:
    def __init__(self, a, b=5, *rest, **kw):
        self.t = (a, b, rest, kw)

    def __sub__(self, o, extra=7, *more):
        return ("sub", o, extra, more)


print(K(1).t, K(1, 2, 3, z=4).t, K(1) - 9)


class Cell:
    def __init__(self, v):
        self.f = lambda: v

    def __mul__(self, k):
        return lambda: (self.f(), k)


print(Cell(3).f(), (Cell(4) * 5)())
