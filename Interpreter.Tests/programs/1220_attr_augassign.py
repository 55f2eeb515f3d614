# Augmented assignment to an attribute (`o.x op= v`) in warmed-up sites: DUP_TOP LOAD_ATTR and
# BINARY_OP ROT_TWO STORE_ATTR on an instance value or slot, with operands that change the object's
# layout or class while the operation runs, class attributes shadowed by the first store,
# properties, __getattribute__ and __setattr__ on subclasses, errors and their traceback lines.
import sys

class P:
    def __init__(self):
        self.count = 0
        self.name = "a"
        self.f = 1.5
    def bump(self, k):
        self.count += k
        return self.count

class D(P):
    pass

class S:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
        self.b = 2

def warm(o, n):
    for i in range(n):
        o.count += i
        o.name += "b"
        o.f *= 1.0
    return o.count, len(o.name), o.f

print(warm(P(), 50))
print(warm(D(), 50))
d = D()
for i in range(100):
    d.bump(2)
print(d.count)

# slots
s = S()
for i in range(60):
    s.a += i
    s.b -= 1
print(s.a, s.b)

# operand with __radd__ that changes the object's layout while the += runs
class Weird:
    def __init__(self, target):
        self.target = target
    def __radd__(self, other):
        del self.target.count
        self.target.other = 5
        return other + 100

def add(o, v):
    o.count += v
    return o

objs = [P() for _ in range(3)]
for o in objs:
    for i in range(40):
        add(o, 1)
o = add(objs[0], Weird(objs[0]))
print(o.count, o.other, sorted(vars(o)))

# __radd__ that swaps the class
class Q(P):
    def __setattr__(self, k, v):
        print("setattr", k, v)
        object.__setattr__(self, k, v)

class Swap:
    def __init__(self, target):
        self.target = target
    def __radd__(self, other):
        self.target.__class__ = Q
        return other + 1
o = add(objs[1], Swap(objs[1]))
print(type(o).__name__, o.count)
add(o, 1)
print(o.count)

# class attribute shadowed: first += reads the class attr and stores on the instance
class C:
    count = 10
def incr(o):
    o.count += 1
c1 = C()
for i in range(30):
    incr(c1)
print(c1.count, C.count)

# property and data descriptor
class Prop:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, x):
        print("set v", x) if x % 10 == 0 else None
        self._v = x
p = Prop()
for i in range(25):
    p.v += 1
print(p.v)

# __getattribute__ on a subclass
class G(P):
    def __getattribute__(self, name):
        if name == "count":
            return object.__getattribute__(self, name) + 1000
        return object.__getattribute__(self, name)
g = G()
for i in range(3):
    g.count += 1
print(object.__getattribute__(g, "count"))

# errors: TypeError in the op, traceback line; unbound local after DUP_TOP LOAD_ATTR
def bad(o, v):
    o.count += v
try:
    for v in [1, 2, 3, "x"]:
        bad(P(), v)
except TypeError as e:
    print("TypeError", e, e.__traceback__.tb_next.tb_lineno - bad.__code__.co_firstlineno)

def unb(o, flag):
    if flag:
        k = 1
    o.count += k
for i in range(20):
    unb(P(), True)
try:
    unb(P(), False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)

# attribute missing
def miss(o):
    o.missing += 1
try:
    miss(P())
except AttributeError as e:
    print("AttributeError", e)

# big ints and floats, strings and lists
class H:
    def __init__(self):
        self.i = 2 ** 62
        self.l = []
h = H()
for i in range(5):
    h.i += 2 ** 62
    h.l += [i]
print(h.i, h.l)

# the object expression is not a local
class Holder:
    pass
hold = Holder()
hold.p = P()
for i in range(30):
    hold.p.count += 3
print(hold.p.count)

# in-place operator on an instance with __iadd__ (inline frame)
class Acc:
    def __init__(self):
        self.n = 0
    def __iadd__(self, v):
        self.n += v
        return self
class Box:
    def __init__(self):
        self.acc = Acc()
b = Box()
for i in range(30):
    b.acc += i
print(b.acc.n)

# recursion in the operand's __add__ through the same site
class R:
    def __init__(self, n):
        self.count = n
    def __add__(self, o):
        return R(self.count + (o if isinstance(o, int) else o.count))
def addr(o, v):
    o.count += v
r = P()
for i in range(30):
    addr(r, 1)
r.count = R(5)
addr(r, 2)
print(type(r.count).__name__, r.count.count)
