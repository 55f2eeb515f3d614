# Attribute sites must notice when classes change under them: methods replaced, class attributes
# rebound, data descriptors / __getattr__ / __getattribute__ / __setattr__ added later, bases changed.

class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def describe(self):
        return f"{self.name} with {self.sides} sides"


class Square(Shape):
    sides = 4


def show(objs):
    return [o.describe() for o in objs]


shapes = [Shape("blob"), Square("sq")]
for round_ in range(3):
    print(round_, show(shapes), [s.sides for s in shapes])
    if round_ == 0:
        Shape.describe = lambda self: f"<{self.name}>"
    elif round_ == 1:
        Square.sides = 5
        del Shape.describe
        Shape.describe = lambda self: f"{self.name}:{self.sides}"

# An instance attribute shadows a method, then stops shadowing it.
sq = Square("s2")
print(sq.describe())
sq.describe = lambda: "instance lambda"
print(sq.describe())
del sq.describe
print(sq.describe())

# A property added to the class later wins over the instance attribute.
class Account:
    def __init__(self, balance):
        self.balance = balance

def read_all(accounts):
    return [a.balance for a in accounts]

def write_all(accounts, v):
    for a in accounts:
        a.balance = v

accs = [Account(10), Account(20)]
for _ in range(3):
    print(read_all(accs))
write_all(accs, 1)
Account.balance = property(lambda self: "hidden by property")
print(read_all(accs))
try:
    write_all(accs, 5)
except AttributeError as e:
    print("AttributeError:", e)
del Account.balance
print(read_all(accs))

# A user descriptor class gains __set__ after sites saw it as non-data.
class Desc:
    def __get__(self, obj, objtype=None):
        return "from Desc"

class Holder:
    d = Desc()

h = Holder()
h.__dict__["d"] = "from instance"
print(h.d)
Desc.__set__ = lambda self, obj, value: print("Desc.__set__", value)
print(h.d)
h.d = 99
print(vars(h))

# __getattr__ added after a site failed and succeeded.
class Lazy:
    def __init__(self):
        self.real = 1

def get(o, n=2):
    out = []
    for _ in range(n):
        out.append(o.real)
        try:
            out.append(o.missing)
        except AttributeError as e:
            out.append(str(e))
    return out

lz = Lazy()
print(get(lz))
Lazy.__getattr__ = lambda self, name: f"computed {name}"
print(get(lz))

# __getattribute__ added later intercepts every read.
Lazy.__getattribute__ = lambda self, name: f"intercepted {name}"
print(get(lz))
del Lazy.__getattribute__
del Lazy.__getattr__
print(get(lz, 1))

# __setattr__ added later intercepts writes, including from already-run sites.
class Logged:
    def __init__(self, v):
        self.v = v

def bump(o):
    o.v = o.v + 1

lg = Logged(0)
for _ in range(3):
    bump(lg)
print(lg.v)

def logging_setattr(self, name, value):
    print("set", name, value)
    object.__setattr__(self, name, value)

Logged.__setattr__ = logging_setattr
bump(lg)
del Logged.__setattr__
bump(lg)
print(lg.v)

# A method defined on a base class after a site cached the subclass's lookup.
class A:
    def who(self):
        return "A"

class C(A):
    pass

c = C()
seen = []
for i in range(4):
    seen.append(c.who())
    if i == 1:
        A.who = lambda self: "A2"
    if i == 2:
        C.who = lambda self: "C"
print(seen)

# Class attributes read through the class, and module attributes read through the module.
class Config:
    level = 1

levels = []
for i in range(4):
    levels.append(Config.level)
    Config.level += 10
print(levels)

import types
mod = types.ModuleType("settings")
mod.value = 1
vals = []
for i in range(4):
    vals.append(mod.value)
    if i == 1:
        mod.value = "changed"
print(vals)
del mod.value
try:
    mod.value
except AttributeError as e:
    print("AttributeError:", e)
