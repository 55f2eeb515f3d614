# Subclasses of slotted classes without __slots__ get a __dict__ beside the inherited slots;
# attribute reads, stores and deletes find the right one in hot loops and in vars().


class Base:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1
        self.b = 2


class Free(Base):
    def __init__(self):
        super().__init__()
        self.c = 3
        self.d = 4


f = Free()
print(f.a, f.b, f.c, f.d, vars(f), f.__dict__)
del f.a
print(hasattr(f, "a"), vars(f))
f.a = "again"
f.__dict__["a"] = "in dict"
print(f.a, vars(f))
objs = [Free() for _ in range(10)]
total = 0
for k in range(3):
    for o in objs:
        o.b = o.b + 1
        o.c = o.c + o.a
        total += o.b + o.c
print(total, vars(objs[0]), objs[0].b)


class Five:
    __slots__ = ("p", "q", "r", "s", "t")


class FreeFive(Five):
    pass


ff = FreeFive()
ff.t = "t"
ff.u = "u"
ff.p = "p"
print(ff.p, ff.t, ff.u, vars(ff), hasattr(ff, "q"))
