# LOAD_METHOD's cached method: the method replaced on the class (and on the base) mid-loop,
# shadowed by an instance attribute, and a subclass's own override added later.
class Base:
    def __init__(self):
        self.count = 0

    def bump(self, k):
        self.count += k
        return self.count


class Derived(Base):
    pass


def run(d, n, swap_at):
    out = []
    for i in range(n):
        if i == swap_at:
            Base.bump = lambda self, k: -k
        out.append(d.bump(1))
    return out


d = Derived()
print(run(d, 6, 3))
del Base.bump
try:
    d.bump(1)
except AttributeError as e:
    print("AttributeError:", e)


def bump(self, k):
    self.count += 2 * k
    return self.count


Base.bump = bump
print(run(d, 2, -1))
d.bump = lambda k: ("instance", k)           # an instance attribute shadows the method
print(run(d, 2, -1))
del d.bump
print(run(d, 2, -1))
Derived.bump = lambda self, k: ("derived", k)  # the subclass overrides it
print(run(d, 2, -1))
e = Derived.__new__(Derived)                   # an instance with no attributes at all
print(e.bump(5))
e.__dict__["bump"] = lambda k: ("dict", k)      # the dict layout shadows it
print(e.bump(6))


class Many:
    def m(self):
        return "m"


objs = [Many() for _ in range(3)]
for i, o in enumerate(objs):
    setattr(o, "a%d" % i, i)                  # key tables grow per instance
objs[1].m = lambda: "own"
print([o.m() for o in objs for _ in range(3)])
