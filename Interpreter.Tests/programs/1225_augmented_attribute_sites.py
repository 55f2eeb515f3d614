# `o.x op= v` on instance values and slots (LOAD_FAST DUP_TOP LOAD_ATTR ... ROT_TWO STORE_ATTR):
# ints, floats, strs, lists (in-place __iadd__ returning the same object), a user class whose
# __iadd__ returns another object, sites that see several classes, the right-hand side changing
# or deleting the attribute or the object's class before the store, a property / __setattr__ /
# __getattr__ on the class, slots set and unset, and the errors of a missing attribute.


class Counter:
    def __init__(self):
        self.n = 0
        self.f = 0.5
        self.s = "a"
        self.items = []


c = Counter()
for i in range(20):
    c.n += i
    c.f *= 1.5
    c.s += "b"
    c.items += [i]
    c.n -= 1
    c.n |= 4
print(c.n, c.f, c.s, len(c.items), c.items[-3:])


class Slotted:
    __slots__ = ("n", "m")

    def __init__(self):
        self.n = 1


sl = Slotted()
for i in range(10):
    sl.n <<= 1
print(sl.n)
try:
    sl.m += 1
except AttributeError as e:
    print("AttributeError:", e)


class Acc:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, other):
        return Acc(self.v + other)   # a new object

    def __repr__(self):
        return "Acc(%r)" % self.v


class Holder:
    def __init__(self):
        self.a = Acc(0)


h = Holder()
first = h.a
for i in range(5):
    h.a += i
print(h.a, first, h.a is first)


# several classes through one site
class B1:
    def __init__(self):
        self.k = 1


class B2(B1):
    def __init__(self):
        self.pad = None
        self.k = 10


class B3:
    __slots__ = ("k",)

    def __init__(self):
        self.k = 100


def bump(objs):
    for o in objs:
        o.k += 1
        o.k *= 2


objs = [B1(), B2(), B3(), B1(), B2()]
for _ in range(3):
    bump(objs)
print([o.k for o in objs])


# the right-hand side deletes the attribute, changes it, or changes the class
class Victim:
    def __init__(self):
        self.x = 1


def deleter(o):
    del o.x
    return 5


def changer(o):
    o.x = 1000
    return 5


class Other:
    pass


def reclass(o):
    o.__class__ = Other
    return 5


v = Victim()
for _ in range(5):
    v.x += 1
v.x += deleter(v)
print(v.x, vars(v))
v.x += changer(v)
print(v.x)
v.x += reclass(v)
print(type(v).__name__, v.x, vars(v))


# a property, __setattr__ and __getattr__ on the class after the site specialised
class P:
    def __init__(self):
        self.x = 1


def inc(o):
    o.x += 1
    return o.x


p = P()
for _ in range(5):
    inc(p)
print(inc(p))
P.x = property(lambda self: self.__dict__["x"] * 100, lambda self, v: self.__dict__.__setitem__("x", v))
print(inc(p), p.__dict__)
del P.x
print(inc(p))


def loud_setattr(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value)


P.__setattr__ = loud_setattr
print(inc(p))
del P.__setattr__
print(inc(p))


class G:
    def __getattr__(self, name):
        return 50


g = G()
for _ in range(3):
    print(inc(g), g.__dict__)

q = P()
del q.x
try:
    inc(q)
except AttributeError as e:
    print("AttributeError:", e)
try:
    q.y -= 1
except AttributeError as e:
    print("AttributeError:", e)
q.x = "s"
try:
    inc(q)
except TypeError as e:
    print("TypeError:", e)
print(q.x)
