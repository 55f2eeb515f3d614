# Attribute and method reads at one call site while classes change underneath: the inline caches
# of LOAD_ATTR / LOAD_METHOD must notice every change (class dicts, bases, __class__, hooks).


class Base:
    kind = "base"

    def greet(self):
        return "hello from Base"


class Child(Base):
    def __init__(self, n):
        self.n = n


def read(o):
    return o.kind


def read_n(o):
    return o.n


def call_greet(o):
    return o.greet()


c = Child(1)
print([read(c) for _ in range(3)])
Base.kind = "changed on base"
print(read(c))
Child.kind = "own on child"
print(read(c))
c.kind = "in instance dict"
print(read(c))
del c.kind
del Child.kind
print(read(c))

print([call_greet(c) for _ in range(3)])
Base.greet = lambda self: "patched greet"
print(call_greet(c))
c.greet = lambda: "instance attribute wins"
print(call_greet(c))
del c.greet
print(call_greet(c))


# A property added later takes precedence over the instance dict.
print([read_n(c) for _ in range(3)])
Child.n = property(lambda self: "property n")
print(read_n(c))
del Child.n
print(read_n(c))


# __getattr__ added later answers missing names only; __getattribute__ answers all.
class Plain:
    pass


p = Plain()
p.n = 5
print(read_n(p))
Plain.__getattr__ = lambda self, name: f"getattr {name}"
print(read_n(p), read(p))
Plain.__getattribute__ = lambda self, name: f"getattribute {name}"
print(read_n(p), read(p))
del Plain.__getattribute__
del Plain.__getattr__
print(read_n(p))
try:
    read(p)
except AttributeError as e:
    print("AttributeError:", e)


# __class__ assignment and __bases__ assignment.
class Other:
    kind = "other"

    def greet(self):
        return "hello from Other"


class Root:
    pass


class Swap(Root):
    pass


s = Swap()
s.n = 0
print([read_n(s) for _ in range(2)])
try:
    read(s)
except AttributeError as e:
    print("AttributeError:", e)
s.__class__ = Other
print(read(s), call_greet(s))
s.__class__ = Swap
try:
    read(s)
except AttributeError as e:
    print("AttributeError:", e)
Root.kind = "set on Root"
print(read(s))
for bad in (5, int):
    try:
        s.__class__ = bad
    except TypeError as e:
        print("TypeError:", e)



# __slots__ members, unset and set, and a class whose slot is shadowed later.
class Slotted:
    __slots__ = ("n", "kind")


z = Slotted()
try:
    read_n(z)
except AttributeError as e:
    print("AttributeError:", e)
z.n = 42
print(read_n(z))
try:
    s.__class__ = Slotted
except TypeError as e:
    print("TypeError:", e)


# A polymorphic site: different classes in turn.
objs = [Child(1), Slotted(), Plain(), Other()]
objs[1].n = 2
objs[2].n = 3
objs[3].n = 4
print([read_n(o) for o in objs * 3])


# Methods of builtin types seen through a subclass instance; a data descriptor from a Python
# class whose __set__ is added after the site specialised.
class MyList(list):
    pass


ml = MyList([3, 1, 2])
for _ in range(3):
    ml.sort()
print(ml)


class Descr:
    def __get__(self, obj, owner):
        return "descr get"


class HasDescr:
    d = Descr()


h = HasDescr()
h.__dict__["d"] = "instance value"


def read_d(o):
    return o.d


print([read_d(h) for _ in range(2)])
Descr.__set__ = lambda self, obj, value: None
print(read_d(h))


# int and float arithmetic on the specialised paths, with subclasses and bools alongside.
class MyFloat(float):
    def __add__(self, other):
        return "MyFloat.__add__"


class MyInt(int):
    def __mul__(self, other):
        return "MyInt.__mul__"


def arith(a, b):
    return a + b, a - b, a * b, a / b, a // b, a % b, a < b, a == b


for a, b in [(7, 2), (7.5, 2.0), (7, 2.5), (2.5, 7), (True, True), (-7, 2), (2**62, 2**62), (1e308, 1e308)]:
    print(arith(a, b))
print(MyFloat(1.5) + 1.0, MyInt(3) * 2, 3 * MyInt(2))
nan = float("nan")
print(nan < 1.0, nan == nan, nan != nan, 1.0 >= nan)
x = 1.0
x += 2
x *= 0.5
x -= 3
print(x)
try:
    1.0 / 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
