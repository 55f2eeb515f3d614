# A local and a local's attribute (`total + p.x`, `f(a, p.x)`): the pair LOAD_FAST LOAD_FAST (or
# LOAD_CONST / LOAD_DEREF / LOAD_GLOBAL) and LOAD_ATTR on warmed-up sites, with the attribute
# changed, deleted, shadowed or computed after warm-up, objects of other kinds in the same site,
# the operation that follows raising, and traceback lines.
import sys, traceback

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Sub(Point):
    pass

class Slotted:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class WithClassAttr:
    x = 100
    def __init__(self):
        self.y = 1

class Prop:
    def __init__(self):
        self._x = 5
        self.y = 6
    @property
    def x(self):
        return self._x * 2

class Dyn:
    def __getattr__(self, name):
        return len(name) * 10

def add_x(total, p):
    return total + p.x

def pair_sum(p, n):
    total = 0
    for i in range(n):
        total = total + p.x
        total += p.y
    return total

def pair_args(a, p):
    return (a, p.x)

def pair_cmp(a, p):
    return a < p.x

def pair_sub(a, p):
    r = a - p.x
    return r

for o in (Point(1, 2), Sub(3, 4), Slotted(5, 6), Point(1.5, 2.5), Point(7, 8)):
    print(pair_sum(o, 40))

p = Point(2, 3)
for i in range(60):
    add_x(i, p)
print(add_x(10, p))
p.x = 40                      # changed after warm-up
print(add_x(10, p))
p.x = 2.5                     # another type
print(add_x(10, p))
p.x = "s"                     # the operation raises
try:
    add_x(10, p)
except TypeError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print("TypeError", e, [(t.name, t.lineno - add_x.__code__.co_firstlineno) for t in tb[1:]])
del p.x                       # deleted after warm-up
try:
    add_x(10, p)
except AttributeError as e:
    print("AttributeError", e)
p.x = 7                       # added back (a new layout position for x)
print(add_x(10, p), p.__dict__)

# a class attribute shadowed by an instance attribute after warm-up
w = WithClassAttr()
for i in range(60):
    add_x(0, w)
print(add_x(1, w))
w.x = 5
print(add_x(1, w))
del w.x
print(add_x(1, w))
WithClassAttr.x = 200
print(add_x(1, w))

# other kinds in the same site
print(add_x(1, Prop()), add_x(1, Dyn()), add_x(1, Slotted(9, 9)), add_x(1, Sub(11, 0)))
import types
print(add_x(1, types.SimpleNamespace(x=12)))
try:
    add_x(1, 5)
except AttributeError as e:
    print("AttributeError", e)
try:
    add_x(1, None)
except AttributeError as e:
    print("AttributeError", e)

# the class changed under the instance after warm-up
q = Point(1, 1)
for i in range(60):
    pair_args(i, q)
q.__class__ = Sub
print(pair_args(1, q))
Sub.x = property(lambda self: "prop")
print(pair_args(1, q))
del Sub.x
print(pair_args(1, q))

# compares and subtractions after the pair
r = Point(5, 0)
for i in range(60):
    pair_cmp(i, r)
    pair_sub(i, r)
print(pair_cmp(4, r), pair_cmp(6, r), pair_sub(4, r))
r.x = 10 ** 30
print(pair_cmp(4, r), pair_sub(4, r))
r.x = [1]
try:
    pair_sub(4, r)
except TypeError as e:
    print("TypeError", e)

# a constant, a free variable and a global as the pair's first
G = 1000
def outer(o):
    k = 3
    def inner():
        return k + o.x, G + o.x, 7 - o.x
    return inner
fn = outer(Point(2, 0))
for i in range(60):
    fn()
print(fn())

# the attribute's value is the only reference: a weakref sees it go after the call
import weakref, gc
class Box:
    pass
def keep(a, b):
    return [a, b.v]
b = Box()
b.v = Box()
for i in range(60):
    keep(i, b)
wr = weakref.ref(b.v)
res = keep(0, b)
del b.v
print(wr() is res[1])
del res
gc.collect()
print(wr())
