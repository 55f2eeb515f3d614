# Attribute reads through one site while the class or the instance changes mid-loop: a class
# attribute added or shadowing, __getattr__/__getattribute__ defined later, descriptors, __slots__,
# __dict__ replaced, an attribute deleted, subclass instances, __class__ assigned; `a.x * b.x` and
# `total += p.x + p.y` with both attributes read in one step; the same site on many types.

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def total_of(ps):
    total = 0
    for p in ps:
        total += p.x + p.y
    return total

def dot(a, b):
    return a.x * b.x + a.y * b.y

def read_x(p):
    return p.x

ps = [P(i, 2 * i) for i in range(6)]
print(total_of(ps), dot(ps[1], ps[2]))

# A class attribute added: the instance value still wins.
P.x = 1000
print(total_of(ps), dot(ps[1], ps[2]))
del ps[3].x          # now the class attribute shows through
print(total_of(ps), read_x(ps[3]))
del P.x
try:
    total_of(ps)
except AttributeError as e:
    print("AttributeError", e)
ps[3].x = 3

# A data descriptor on the class now decides.
P.y = property(lambda self: -1)
print(total_of(ps), dot(ps[1], ps[2]))
del P.y
print(total_of(ps), dot(ps[1], ps[2]))

# __getattr__ added later: only for missing attributes.
P.__getattr__ = lambda self, name: 50
q = P(1, 2)
del q.y
print(total_of([q] + ps), dot(q, q))
del P.__getattr__

# __getattribute__ defined later: every read goes through it.
def ga(self, name):
    v = object.__getattribute__(self, name)
    return v * 10 if isinstance(v, int) else v
P.__getattribute__ = ga
print(total_of(ps), dot(ps[1], ps[2]))
del P.__getattribute__
print(total_of(ps), dot(ps[1], ps[2]))

# __dict__ replaced, and a value of another type raising midway (the traceback's line).
ps[2].__dict__ = {"x": 7, "y": 8}
print(total_of(ps), dot(ps[2], ps[2]))
ps[4].y = "s"
try:
    total_of(ps)
except TypeError as e:
    print("TypeError", e, e.__traceback__.tb_next.tb_lineno)
try:
    dot(ps[4], ps[4])
except TypeError as e:
    print("TypeError", e, e.__traceback__.tb_next.tb_lineno)
ps[4].y = 8

# Subclasses and slots through the same sites.
class Q(P):
    pass

class S:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class S4:
    __slots__ = ("a", "b", "x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Many:
    def __init__(self, x, y):
        self.a = self.b = self.c = self.d = self.e = 0
        self.x = x
        self.y = y

mixed = [P(1, 1), Q(2, 2), S(3, 3), S4(4, 4), Many(5, 5), P(6, 6), Q(7, 7)]
for _ in range(3):
    print(total_of(mixed), [dot(a, b) for a, b in zip(mixed, mixed[1:])])
s = S(1, 2)
del s.y
try:
    total_of([s])
except AttributeError as e:
    print("AttributeError", e)

# __class__ assigned between compatible classes.
class R:
    def __init__(self, x, y):
        self.x = x
        self.y = y
class R2:
    y = 99
    @property
    def x(self):
        return -5
r = R(1, 2)
print(total_of([r, r]))
r.__class__ = R2
print(total_of([r, r]), dot(r, r))

# The class of the same instances changed through a base.
class Base:
    pass
class D(Base):
    def __init__(self):
        self.x = 1
        self.y = 2
ds = [D() for _ in range(4)]
print(total_of(ds))
Base.x = property(lambda self: 40)
print(total_of(ds))
del Base.x
print(total_of(ds))
