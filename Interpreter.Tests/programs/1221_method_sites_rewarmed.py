# Method calls through a subclass at warmed-up LOAD_METHOD / CALL_METHOD sites: a method
# overridden on the class or shadowed by an instance attribute after the site warmed up,
# class attributes shadowed by instance attributes, __getattribute__ on a subclass, bound
# method identity, super() calls, `self.x op= v` inside the callee, and tracebacks through
# inlined calls.
import sys, traceback

class Base:
    def __init__(self):
        self.count = 0
    def bump(self, k):
        self.count += k
        return self.count
    def who(self):
        return "base"

class Derived(Base):
    pass

def drive(o, n):
    t = 0
    for i in range(n):
        t += o.bump(1)
    return t

d = Derived()
print(drive(d, 100))
# overridden on the subclass after warm-up
def bump2(self, k):
    self.count -= k
    return -self.count
Derived.bump = bump2
print(drive(d, 10), d.count)
del Derived.bump
print(drive(d, 10), d.count)
# overridden on the base class
Base.bump = lambda self, k: 7
print(drive(d, 10), d.count)
del Base.bump
def bump3(self, k):
    self.count += 2 * k
    return self.count
Base.bump = bump3
print(drive(d, 10), d.count)
# shadowed by an instance attribute
d.bump = lambda k: 1000
print(drive(d, 3))
del d.bump
print(drive(d, 3))

# class attribute shadowed by an instance attribute
class K:
    limit = 5
    def get(self):
        return self.limit
def reads(o, n):
    return [o.get() for _ in range(n)]
k = K()
print(reads(k, 3))
k.limit = 9
print(reads(k, 3))
K.limit = 1
print(reads(k, 2), reads(K(), 2))

# __getattribute__ on a subclass
class Logged(Base):
    def __getattribute__(self, name):
        if name == "bump":
            print("getattribute bump")
        return object.__getattribute__(self, name)
lg = Logged()
print(drive(lg, 2))
class Plain(Base):
    pass
p = Plain()
print(drive(p, 50))
Plain.__getattribute__ = lambda self, name: (lambda k: "hooked") if name == "bump" else object.__getattribute__(self, name)
print(drive.__name__, [p.bump(1) for _ in range(2)])

# bound method identity
b1 = d.bump
b2 = d.bump
print(b1 == b2, b1 is b2, b1.__self__ is d, b1.__func__ is Base.bump, type(b1).__name__)

# super() calls
class A:
    def f(self, x):
        return ("A", x)
class B(A):
    def f(self, x):
        return ("B",) + super().f(x + 1)
class C(B):
    def f(self, x):
        return ("C",) + super().f(x * 2)
def sup(o, n):
    r = None
    for i in range(n):
        r = o.f(i)
    return r
print(sup(C(), 50), sup(B(), 50))
B.f = lambda self, x: ("B2", x)
print(sup(C(), 3))

# tracebacks through inlined calls
class T:
    def __init__(self, depth):
        self.depth = depth
    def down(self, n):
        if n == 0:
            return self.fail()
        return self.down(n - 1) + 1
    def fail(self):
        self.depth += 1
        return 1 // 0
def deep(n):
    t = T(0)
    for i in range(n):
        t.down(0) if False else None
    return t.down(3)
try:
    deep(40)
except ZeroDivisionError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print([(fr.name, fr.line) for fr in tb])

# recursion through a subclass method with self.x += inside
class Node(Base):
    def walk(self, n):
        self.count += 1
        if n <= 1:
            return 1
        return self.walk(n - 1) + self.walk(n - 2)
nd = Node()
print(nd.walk(15), nd.count)
